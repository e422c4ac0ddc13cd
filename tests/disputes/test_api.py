"""Disputes over the API: every step, idempotency keys on money POSTs, strangers get 404."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from directcontracts.disputes.models import Dispute, DisputeState
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from tests.disputes.factories import STATEMENT, in_mediation, opened_by_client, submitted_milestone

pytestmark = pytest.mark.django_db


def _error(response) -> dict:
    return response.json()["error"]


def _open_path(contract, milestone) -> str:
    return f"/contracts/{contract.pk}/milestones/{milestone.pk}/disputes"


def test_a_dispute_runs_from_opening_to_a_decision_through_the_api(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    opened = api(
        client, "post", _open_path(contract, milestone), {"statement": STATEMENT}, key="open-1"
    )
    assert opened.status_code == 201, opened.content
    dispute_id = opened.json()["id"]
    assert opened.json()["state"] == "awaiting_response"
    assert opened.json()["time_left"] == "5 d 0 h"

    answered = api(
        freelancer, "post", f"/disputes/{dispute_id}/statements", {"body": "Done as asked."}
    )
    assert answered.json()["state"] == "in_mediation"

    queue = api(trust_safety_staff, "get", "/staff/disputes").json()
    assert [d["id"] for d in queue["items"]] == [dispute_id]
    assert api(trust_safety_staff, "post", f"/disputes/{dispute_id}/mediate").status_code == 200
    proposed = api(
        trust_safety_staff,
        "post",
        f"/disputes/{dispute_id}/proposal",
        {"to_freelancer_minor": 25_000, "to_client_minor": 25_000, "reason": "Half each."},
    )
    assert proposed.status_code == 201
    assert proposed.json()["proposal"]["to_client_minor"] == 25_000

    rejected = api(client, "post", f"/disputes/{dispute_id}/reject", {"note": "Not enough"})
    assert rejected.json()["state"] == "awaiting_decision"
    decided = api(
        second_staff,
        "post",
        f"/disputes/{dispute_id}/decision",
        {
            "to_freelancer_minor": 10_000,
            "to_client_minor": 40_000,
            "reason": "Little was usable.",
            "escrow_seen_minor": 50_000,
        },
        key="decide-1",
    )
    assert decided.status_code == 200, decided.content
    body = decided.json()
    assert (body["state"], body["to_client_minor"], body["fee_minor"]) == (
        "resolved_split",
        40_000,
        500,
    )
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == 0


def test_both_accepting_through_the_api_executes_the_proposal(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    api(
        trust_safety_staff,
        "post",
        f"/disputes/{dispute.pk}/proposal",
        {"to_freelancer_minor": 50_000, "to_client_minor": 0, "reason": "Delivered."},
    )
    first = api(client, "post", f"/disputes/{dispute.pk}/accept", {}, key="a-client")
    assert first.json()["state"] == "proposal_made"
    second = api(freelancer, "post", f"/disputes/{dispute.pk}/accept", {}, key="a-freelancer")
    assert second.json()["state"] == "resolved_release"
    replay = api(freelancer, "post", f"/disputes/{dispute.pk}/accept", {}, key="a-freelancer")
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert replay.json() == second.json()


@pytest.mark.parametrize(
    ("path", "who"),
    [("open", "client"), ("accept", "client"), ("decision", "staff")],
)
def test_money_posts_need_an_idempotency_key(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff, path, who
):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    url = {
        "open": _open_path(contract, milestone),
        "accept": f"/disputes/{dispute.pk}/accept",
        "decision": f"/disputes/{dispute.pk}/decision",
    }[path]
    body = {
        "open": {"statement": STATEMENT},
        "accept": {},
        "decision": {
            "to_freelancer_minor": 0,
            "to_client_minor": 50_000,
            "reason": "x",
            "escrow_seen_minor": 50_000,
        },
    }[path]
    response = api(client if who == "client" else trust_safety_staff, "post", url, body)
    assert response.status_code == 400
    assert _error(response)["code"] == "idempotency_key_required"


def test_a_replayed_opening_returns_the_first_answer_and_opens_once(
    api, freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    first = api(client, "post", _open_path(contract, milestone), {"statement": STATEMENT}, key="k")
    again = api(client, "post", _open_path(contract, milestone), {"statement": STATEMENT}, key="k")
    assert again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    assert Dispute.objects.count() == 1


def test_a_stranger_gets_404_on_every_dispute_operation(
    api, freelancer, monkeypatch, frozen_clock, stranger_client
):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    calls = [
        ("post", _open_path(contract, milestone), {"statement": STATEMENT}, "s1"),
        ("get", f"/disputes/{dispute.pk}", None, None),
        ("post", f"/disputes/{dispute.pk}/statements", {"body": "hi"}, None),
        ("post", f"/disputes/{dispute.pk}/accept", {}, "s2"),
        ("post", f"/disputes/{dispute.pk}/reject", {}, None),
        ("post", f"/disputes/{dispute.pk}/withdraw", {}, None),
        ("post", f"/disputes/{dispute.pk}/mediate", None, None),
        ("post", f"/contracts/{contract.pk}/dormant-escrow/release-request", None, None),
    ]
    for method, path, body, key in calls:
        response = api(stranger_client, method, path, body, key=key)
        assert response.status_code == 404, (path, response.content)
    listed = api(stranger_client, "get", "/disputes").json()
    assert listed["items"] == []


def test_parties_get_403_on_staff_steps(api, freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    shares = {"to_freelancer_minor": 0, "to_client_minor": 50_000, "reason": "Mine"}
    proposal = api(client, "post", f"/disputes/{dispute.pk}/proposal", shares)
    assert proposal.status_code == 403
    assert _error(proposal)["code"] == "not_trust_safety"
    assert api(client, "get", "/staff/disputes").status_code == 403
    assert api(client, "get", "/staff/chargebacks").status_code == 403


def test_an_illegal_step_is_409_naming_the_state(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    shares = {"to_freelancer_minor": 25_000, "to_client_minor": 25_000, "reason": "Early"}
    response = api(trust_safety_staff, "post", f"/disputes/{dispute.pk}/proposal", shares)
    assert response.status_code == 409
    assert _error(response)["code"] == "invalid_transition"
    assert _error(response)["details"]["current_state"] == DisputeState.AWAITING_RESPONSE


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"statement": ""},
        {"statement": "x" * 5001},
        {"statement": "ok", "claim_minor": 0},
        {"statement": "ok", "claim_minor": "lots"},
        {"statement": "ok", "message_ids": list(range(21))},
        {"statement": "bad\u0000byte"},
    ],
)
def test_bad_input_on_opening_is_422(api, freelancer, monkeypatch, frozen_clock, body):
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    response = api(client, "post", _open_path(contract, milestone), body, key="bad")
    assert response.status_code == 422
    assert _error(response)["code"] in {"validation_error", "control_characters"}
    assert not Dispute.objects.exists()


def test_evidence_files_go_up_as_multipart_and_come_down_to_parties_only(
    api, client, freelancer, monkeypatch, frozen_clock, stranger_client
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    response = api(
        freelancer,
        "post",
        f"/disputes/{dispute.pk}/evidence",
        {"body": "The files I sent"},
        files={"files": SimpleUploadedFile("proof.txt", b"Delivered on time.")},
    )
    assert response.status_code == 201, response.content
    item = response.json()["statements"][-1]["evidence"][0]
    assert item["name"] == "proof.txt"
    download = api(buyer, "get", item["download_url"].removeprefix("/api/v1"))
    assert b"".join(download.streaming_content) == b"Delivered on time."
    assert (
        api(stranger_client, "get", item["download_url"].removeprefix("/api/v1")).status_code == 404
    )


def test_parties_do_not_get_staff_notes_or_the_mediator(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    api(trust_safety_staff, "post", f"/disputes/{dispute.pk}/mediate")
    api(trust_safety_staff, "post", f"/disputes/{dispute.pk}/notes", {"body": "Internal only"})
    party = api(client, "get", f"/disputes/{dispute.pk}").json()
    assert party["staff_notes"] is None
    assert party["mediator"] is None
    assert all(not e["internal"] for e in party["events"])
    staff = api(trust_safety_staff, "get", f"/disputes/{dispute.pk}").json()
    assert staff["staff_notes"][0]["body"] == "Internal only"
    assert staff["mediator"] == trust_safety_staff.display_name


def test_chargebacks_through_the_staff_api(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from tests.disputes.factories import charged_back_after_release

    contract, client, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    listed = api(trust_safety_staff, "get", "/staff/chargebacks").json()
    assert listed["items"][0]["at_risk_minor"] == 47_500
    pack = api(trust_safety_staff, "get", f"/staff/chargebacks/{case.pk}/evidence.json").json()
    assert pack["chargeback"]["case_id"] == case.pk
    pdf = api(trust_safety_staff, "get", f"/staff/chargebacks/{case.pk}/evidence.pdf")
    assert b"".join(pdf.streaming_content).startswith(b"%PDF-")
    submitted = api(trust_safety_staff, "post", f"/staff/chargebacks/{case.pk}/submit", key="s")
    assert submitted.json()["state"] == "evidence_submitted"
    assert api(freelancer, "get", f"/staff/chargebacks/{case.pk}").status_code == 404


def test_finance_read_the_chargebacks_but_cannot_submit_evidence(
    api, freelancer, monkeypatch, frozen_clock, finance_staff
):
    from tests.disputes.factories import charged_back_after_release

    case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)[3]
    assert api(finance_staff, "get", "/staff/chargebacks").json()["items"][0]["id"] == case.pk
    assert api(finance_staff, "get", f"/staff/chargebacks/{case.pk}").status_code == 200
    submitted = api(finance_staff, "post", f"/staff/chargebacks/{case.pk}/submit", key="f")
    assert submitted.status_code == 403
    assert _error(submitted)["code"] == "not_trust_safety"
