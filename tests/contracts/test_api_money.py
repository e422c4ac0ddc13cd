"""Milestones and money through the API: the fixed-price path, idempotent money POSTs,
strangers (404), the wrong party (403), bad input (422) and illegal transitions (409).
"""

from __future__ import annotations

import io

import pytest
import schemathesis
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from directcontracts.contracts.models import ContractState, FileView, MilestoneState
from directcontracts.core.models import IdempotentRequest
from directcontracts.payments.models import Payment, PaymentMethod, Payout
from tests.contracts.factories import active_contract, card, funded_milestone, settle_gateway
from tests.contracts.helpers import money_api_caller

pytestmark = pytest.mark.django_db

GOOD_CARD = "4242 4242 4242 4242"
DECLINED_CARD = "4000 0000 0000 0002"
PAYOUT_ACCOUNT = "000123456789"


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def api(client):
    return money_api_caller(client)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 400), (30, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def _error(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}
    return body["error"]


def _milestone_path(contract, milestone) -> str:
    return f"/contracts/{contract.pk}/milestones/{milestone.pk}"


def _first(contract):
    return contract.milestones.order_by("position").first()


# --- The whole path ---------------------------------------------------------------------------


def test_the_fixed_price_path_from_card_to_payout_runs_through_the_api(
    api, freelancer, monkeypatch, frozen_clock, settings, django_capture_on_commit_callbacks
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = _first(contract)
    base = _milestone_path(contract, milestone)

    # 1. The client adds a card for this contract and funds the first milestone with a key.
    added = api(
        client,
        "post",
        f"/contracts/{contract.pk}/payment-methods",
        {"kind": "card", "number": GOOD_CARD, "holder_name": "Nora Newclient"},
    )
    assert added.status_code == 201, added.content
    method_id = added.json()["id"]
    assert added.json()["last4"] == "4242"
    listed = api(client, "get", "/payment-methods")
    assert [m["id"] for m in listed.json()] == [method_id]

    funded = api(client, "post", f"{base}/fund", {"payment_method_id": method_id}, key="fund-1")
    assert funded.status_code == 200, funded.content
    assert funded.json()["state"] == MilestoneState.FUNDING_PENDING

    # 2. The sandbox settles the payment: the money is in escrow.
    settle_gateway(frozen_clock)
    now = api(freelancer, "get", base).json()
    assert now["state"] == MilestoneState.FUNDED
    assert now["in_escrow_minor"] == milestone.amount_minor

    # 3. The freelancer submits a file (multipart); the client sees a preview, not the file.
    picture = _png()
    with django_capture_on_commit_callbacks(execute=True):  # the worker makes the preview
        submitted = api(
            freelancer,
            "post",
            f"{base}/submit",
            {"message": "The homepage design."},
            files={"files": [SimpleUploadedFile("homepage.png", picture, "image/png")]},
        )
    assert submitted.status_code == 200, submitted.content
    assert submitted.json()["state"] == MilestoneState.SUBMITTED
    assert submitted.json()["auto_release_in"] == "14 d 0 h"

    delivered = api(client, "get", f"{base}/deliverables").json()
    [file] = delivered[0]["files"]
    assert file["name"] == "homepage.png"
    assert file["size"] == len(picture)
    assert file["locked"] is True
    assert file["download_url"] is None
    preview = api(client, "get", file["preview_url"].removeprefix("/api/v1"))
    assert preview.status_code == 200
    assert preview["Content-Type"] == "image/jpeg"
    locked = api(client, "get", f"/deliverable-files/{file['id']}/download")
    assert locked.status_code == 403
    assert _error(locked)["code"] == "file_locked_until_release"

    # 4. The client approves with a key; a retry of the same request replays the answer.
    approved = api(client, "post", f"{base}/approve", {}, key="approve-1")
    assert approved.status_code == 200, approved.content
    assert approved.json()["state"] == MilestoneState.RELEASED
    replay = api(client, "post", f"{base}/approve", {}, key="approve-1")
    assert replay.status_code == 200
    assert replay.content == approved.content
    assert replay["Idempotent-Replayed"] == "true"

    # 5. The full file unlocks; the views were recorded; receipt and statement download.
    [file] = api(client, "get", f"{base}/deliverables").json()[0]["files"]
    downloaded = api(client, "get", file["download_url"].removeprefix("/api/v1"))
    assert downloaded.status_code == 200
    assert b"".join(downloaded.streaming_content) == picture
    assert set(FileView.objects.values_list("kind", flat=True)) == {"preview", "full"}
    receipt = api(client, "get", f"{base}/receipt.pdf")
    assert receipt["Content-Type"] == "application/pdf"
    assert receipt.content.startswith(b"%PDF")
    statement = api(freelancer, "get", f"/contracts/{contract.pk}/statement.pdf")
    assert statement.content.startswith(b"%PDF")

    # 6. The freelancer's earnings are on hold; a payout before the hold ends is refused.
    [usd] = api(freelancer, "get", "/earnings").json()
    net = usd["released_total_minor"]
    assert net == milestone.amount_minor * (10_000 - settings.FREELANCER_FEE_BPS) // 10_000
    assert (usd["on_hold_minor"], usd["withdrawable_minor"]) == (net, 0)
    bank = api(
        freelancer,
        "post",
        "/payout-methods",
        {"account_number": PAYOUT_ACCOUNT, "holder_name": "Fiona Freelancer", "currency": "USD"},
    )
    assert bank.status_code == 201, bank.content
    payout_in = {"payout_method_id": bank.json()["id"], "amount_minor": net}
    early = api(freelancer, "post", "/payouts", payout_in, key="payout-early")
    assert early.status_code == 400
    assert _error(early)["code"] == "amount_too_large"

    # 7. After the hold the freelancer withdraws; the sandbox pays the payout.
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    assert api(freelancer, "get", "/earnings").json()[0]["withdrawable_minor"] == net
    paid_out = api(freelancer, "post", "/payouts", payout_in, key="payout-1")
    assert paid_out.status_code == 201, paid_out.content
    assert paid_out.json()["state"] == "pending"
    assert api(freelancer, "get", "/earnings").json()[0]["pending_payouts_minor"] == net
    settle_gateway(frozen_clock)
    payouts = api(freelancer, "get", "/payouts").json()
    assert [p["state"] for p in payouts["items"]] == ["paid"]
    [usd] = api(freelancer, "get", "/earnings").json()
    assert (usd["available_minor"], usd["withdrawable_minor"]) == (0, 0)


# --- Idempotency on the money POSTs ---------------------------------------------------------


def test_a_declined_card_is_402_and_its_replay_is_402_again_without_a_second_charge(
    api, freelancer, monkeypatch
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = _first(contract)
    method = api(
        client,
        "post",
        f"/contracts/{contract.pk}/payment-methods",
        {"kind": "card", "number": DECLINED_CARD},
    ).json()
    fund = f"{_milestone_path(contract, milestone)}/fund"

    declined = api(client, "post", fund, {"payment_method_id": method["id"]}, key="fund-d")
    assert declined.status_code == 402
    assert _error(declined)["code"] == "payment_declined"
    again = api(client, "post", fund, {"payment_method_id": method["id"]}, key="fund-d")
    assert again.status_code == 402
    assert again.content == declined.content
    assert again["Idempotent-Replayed"] == "true"
    assert Payment.objects.count() == 1
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.AWAITING_FUNDING


def test_the_same_key_with_a_different_body_is_refused_as_reused(
    api, freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    approve = f"{_milestone_path(contract, milestone)}/approve"
    first = api(client, "post", approve, {"amount_minor": 30_000}, key="approve-x")
    assert first.status_code == 200
    reused = api(client, "post", approve, {"amount_minor": 20_000}, key="approve-x")
    assert reused.status_code == 422
    assert _error(reused)["code"] == "idempotency_key_reused"
    milestone.refresh_from_db()
    assert milestone.released_amount_minor == 30_000


@pytest.mark.parametrize("action", ["fund", "approve", "refund", "payouts"])
def test_a_money_post_without_an_idempotency_key_is_400_and_moves_nothing(
    api, freelancer, monkeypatch, frozen_clock, action
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    base = _milestone_path(contract, milestone)
    calls = {
        "fund": (client, f"{_milestone_path(contract, milestone)}/fund", {"payment_method_id": 1}),
        "approve": (client, f"{base}/approve", {}),
        "refund": (freelancer, f"{base}/refund", {"reason": "Dropped."}),
        "payouts": (freelancer, "/payouts", {"payout_method_id": 1, "amount_minor": 5_000}),
    }
    user, where, body = calls[action]
    response = api(user, "post", where, body)
    assert response.status_code == 400
    assert _error(response)["code"] == "idempotency_key_required"
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert not IdempotentRequest.objects.exists()


def test_a_partial_refund_then_the_rest_each_with_a_key(api, freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    refund = f"{_milestone_path(contract, milestone)}/refund"
    part = api(freelancer, "post", refund, {"amount_minor": 20_000, "reason": "Less"}, key="r1")
    assert part.status_code == 200, part.content
    assert part.json()["refunded_amount_minor"] == 20_000
    assert part.json()["state"] == MilestoneState.FUNDED
    again = api(freelancer, "post", refund, {"amount_minor": 20_000, "reason": "Less"}, key="r1")
    assert again.json()["refunded_amount_minor"] == 20_000
    rest = api(freelancer, "post", refund, {"reason": "Cancelled"}, key="r2")
    assert rest.json()["state"] == MilestoneState.REFUNDED
    assert rest.json()["refunded_amount_minor"] == milestone.amount_minor


# --- Review: changes and extension ------------------------------------------------------------


def test_the_client_asks_for_changes_then_extends_the_next_review_once(
    api, freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    base = _milestone_path(contract, milestone)
    files = {"files": [SimpleUploadedFile("notes.txt", b"First draft", "text/plain")]}
    api(freelancer, "post", f"{base}/submit", {"message": "Draft"}, files=files)
    changed = api(client, "post", f"{base}/request-changes", {"message": "Darker blue, please."})
    assert changed.json()["state"] == MilestoneState.CHANGES_REQUESTED
    assert changed.json()["review_deadline"] is None

    early = api(client, "post", f"{base}/extend", {"days": 3})
    assert early.status_code == 409
    assert _error(early)["details"]["current_state"] == MilestoneState.CHANGES_REQUESTED

    files = {"files": [SimpleUploadedFile("notes.txt", b"Second draft", "text/plain")]}
    api(freelancer, "post", f"{base}/submit", {"message": "Again"}, files=files)
    extended = api(client, "post", f"{base}/extend", {"days": 7})
    assert extended.json()["review_extended"] is True
    assert extended.json()["auto_release_in"] == "21 d 0 h"
    twice = api(client, "post", f"{base}/extend", {"days": 1})
    assert twice.status_code == 409
    assert _error(twice)["code"] == "review_already_extended"
    numbers = [d["number"] for d in api(client, "get", f"{base}/deliverables").json()]
    assert numbers == [1, 2]


# --- Proposals, ending, feedback ---------------------------------------------------------------


def test_a_proposed_milestone_is_accepted_by_the_other_party(api, freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    proposed = api(
        freelancer,
        "post",
        f"/contracts/{contract.pk}/proposals",
        {"kind": "add_milestone", "title": "Logo variations", "amount_minor": 30_000},
    )
    assert proposed.status_code == 201, proposed.content
    proposal = proposed.json()
    assert proposal["state"] == "pending"

    own = api(freelancer, "post", f"/proposals/{proposal['id']}/accept")
    assert own.status_code == 403
    listed = api(client, "get", f"/contracts/{contract.pk}/proposals").json()
    assert [p["id"] for p in listed["items"]] == [proposal["id"]]
    accepted = api(client, "post", f"/proposals/{proposal['id']}/accept")
    assert accepted.json()["state"] == "accepted"
    assert contract.milestones.count() == 3
    again = api(client, "post", f"/proposals/{proposal['id']}/decline")
    assert again.status_code == 409
    assert _error(again)["code"] == "invalid_transition"


def test_a_change_of_due_date_can_be_declined(api, freelancer, monkeypatch, frozen_clock):
    contract, client = active_contract(freelancer, monkeypatch)
    proposed = api(
        client,
        "post",
        f"/contracts/{contract.pk}/proposals",
        {"kind": "change_due_date", "milestone_id": _first(contract).pk, "due_date": "2026-12-01"},
    ).json()
    declined = api(freelancer, "post", f"/proposals/{proposed['id']}/decline")
    assert declined.json()["state"] == "declined"


def test_a_contract_ends_then_each_party_leaves_feedback_once(api, freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    ended = api(
        client,
        "post",
        f"/contracts/{contract.pk}/end",
        {"reason": "Plans changed.", "confirm": True},
    )
    assert ended.status_code == 200, ended.content
    assert ended.json()["state"] == ContractState.ENDED
    given = api(freelancer, "post", f"/contracts/{contract.pk}/feedback", {"rating": 5})
    assert given.status_code == 201
    assert given.json()["rating"] == 5
    twice = api(freelancer, "post", f"/contracts/{contract.pk}/feedback", {"rating": 4})
    assert twice.status_code == 409
    assert _error(twice)["code"] == "feedback_already_given"


def test_feedback_without_a_rating_is_refused_and_records_nothing(api, freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    api(
        client,
        "post",
        f"/contracts/{contract.pk}/end",
        {"reason": "Plans changed.", "confirm": True},
    )
    refused = api(freelancer, "post", f"/contracts/{contract.pk}/feedback", {"comment": "Fine."})
    assert refused.status_code == 422
    assert not contract.feedback.exists()


def test_a_contract_with_money_in_escrow_cannot_end(api, freelancer, monkeypatch, frozen_clock):
    contract, client, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    response = api(freelancer, "post", f"/contracts/{contract.pk}/end", {"confirm": True})
    assert response.status_code == 409
    assert _error(response)["code"] == "money_in_escrow"


def test_ending_through_the_api_with_confirm_false_is_refused_and_changes_nothing(
    api, freelancer, monkeypatch
):
    contract, client = active_contract(freelancer, monkeypatch)
    refused = api(client, "post", f"/contracts/{contract.pk}/end", {"confirm": False})
    assert refused.status_code == 400
    assert _error(refused)["code"] == "end_not_confirmed"
    assert _error(refused)["details"]["fields"][0]["field"] == "confirm"
    contract.refresh_from_db()
    assert contract.state == ContractState.ACTIVE


def test_ending_through_the_api_without_confirm_still_ends_as_before(api, freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    ended = api(client, "post", f"/contracts/{contract.pk}/end", {"reason": "Done."})
    assert ended.status_code == 200, ended.content
    assert ended.json()["state"] == ContractState.ENDED


def test_ending_an_ended_contract_through_the_api_says_it_has_ended_confirmed_or_not(
    api, freelancer, monkeypatch
):
    contract, client = active_contract(freelancer, monkeypatch)
    api(client, "post", f"/contracts/{contract.pk}/end", {"confirm": True})
    again = api(freelancer, "post", f"/contracts/{contract.pk}/end", {})
    assert again.status_code == 409
    assert _error(again)["code"] == "invalid_transition"


# --- Refusals: strangers, the wrong party, bad input, illegal transitions ------------------------


def _everything(contract, milestone, file_id, proposal_id):
    base = _milestone_path(contract, milestone)
    c = f"/contracts/{contract.pk}"
    return [
        ("post", f"{c}/payment-methods", {"kind": "card", "number": GOOD_CARD}),
        ("get", base, None),
        ("post", f"{base}/fund", {"payment_method_id": 1}),
        ("post", f"{base}/submit", {"message": "Work"}),
        ("post", f"{base}/approve", {}),
        ("post", f"{base}/request-changes", {"message": "More"}),
        ("post", f"{base}/extend", {"days": 2}),
        ("post", f"{base}/refund", {"reason": "x"}),
        ("get", f"{base}/deliverables", None),
        ("get", f"/deliverable-files/{file_id}/preview", None),
        ("get", f"/deliverable-files/{file_id}/download", None),
        ("get", f"{base}/receipt.pdf", None),
        ("get", f"{c}/statement.pdf", None),
        ("post", f"{c}/proposals", {"kind": "add_milestone", "title": "x", "amount_minor": 9000}),
        ("get", f"{c}/proposals", None),
        ("post", f"/proposals/{proposal_id}/accept", None),
        ("post", f"/proposals/{proposal_id}/decline", None),
        ("post", f"{c}/end", {"confirm": True}),
        ("post", f"{c}/feedback", {"rating": 5}),
    ]


def test_a_stranger_gets_404_on_every_contract_operation(
    api, freelancer, monkeypatch, frozen_clock, stranger_client, stranger_freelancer
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    base = _milestone_path(contract, milestone)
    files = {"files": [SimpleUploadedFile("shot.png", _png(), "image/png")]}
    api(freelancer, "post", f"{base}/submit", {"message": "Done"}, files=files)
    file_id = api(client, "get", f"{base}/deliverables").json()[0]["files"][0]["id"]
    proposal_id = api(
        freelancer,
        "post",
        f"/contracts/{contract.pk}/proposals",
        {"kind": "change_due_date", "milestone_id": milestone.pk, "due_date": "2026-12-01"},
    ).json()["id"]

    for stranger in (stranger_client, stranger_freelancer):
        for n, (method, where, body) in enumerate(
            _everything(contract, milestone, file_id, proposal_id)
        ):
            files = {} if where.endswith("/submit") else None  # multipart
            response = api(stranger, method, where, body, key=f"{stranger.pk}-{n}", files=files)
            assert response.status_code == 404, (stranger.email, method, where, response.content)
            assert _error(response)["code"].endswith("not_found")
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.SUBMITTED


def test_a_stranger_cannot_use_or_remove_another_persons_methods(
    api, freelancer, monkeypatch, frozen_clock, stranger_client, stranger_freelancer
):
    contract, client = active_contract(freelancer, monkeypatch)
    clients_card = card(client)
    removed = api(stranger_client, "delete", f"/payment-methods/{clients_card.pk}")
    assert removed.status_code == 404
    assert api(stranger_client, "get", "/payment-methods").json() == []
    bank = api(
        freelancer,
        "post",
        "/payout-methods",
        {"account_number": PAYOUT_ACCOUNT, "holder_name": "Fiona", "currency": "USD"},
    ).json()
    taken = api(
        stranger_freelancer,
        "post",
        "/payouts",
        {"payout_method_id": bank["id"], "amount_minor": 5_000},
        key="steal",
    )
    assert taken.status_code == 404
    assert api(stranger_freelancer, "get", "/payout-methods").json() == []
    assert Payout.objects.count() == 0
    own = api(client, "delete", f"/payment-methods/{clients_card.pk}")
    assert own.status_code == 204
    assert not PaymentMethod.objects.filter(removed_at__isnull=True).exists()


def test_the_wrong_party_gets_403(api, freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    base = _milestone_path(contract, milestone)
    refused = [
        api(
            freelancer,
            "post",
            f"/contracts/{contract.pk}/payment-methods",
            {"kind": "card", "number": GOOD_CARD},
        ),
        api(freelancer, "post", f"{base}/fund", {"payment_method_id": 1}, key="f"),
        api(client, "post", f"{base}/submit", {"message": "x"}, files={}),
        api(freelancer, "post", f"{base}/approve", {}, key="a"),
        api(client, "post", f"{base}/refund", {}, key="r"),
        api(freelancer, "post", f"{base}/extend", {"days": 2}),
        api(client, "post", "/payouts", {"payout_method_id": 1, "amount_minor": 5_000}, key="p"),
        api(client, "get", "/earnings"),
    ]
    assert [r.status_code for r in refused] == [403] * len(refused)
    assert {_error(r)["code"] for r in refused} <= {"wrong_party", "not_a_freelancer"}


def test_an_illegal_transition_is_409_naming_the_state(api, freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = _first(contract)
    response = api(client, "post", f"{_milestone_path(contract, milestone)}/approve", {}, key="k")
    assert response.status_code == 409
    error = _error(response)
    assert error["code"] == "invalid_transition"
    assert error["details"]["current_state"] == MilestoneState.AWAITING_FUNDING
    assert "awaiting funding" in error["message"]


@pytest.mark.parametrize(
    ("where", "body"),
    [
        ("/extend", {"days": 0}),
        ("/approve", {"amount_minor": -5}),
        ("/request-changes", {"message": ""}),
        ("/fund", {"payment_method_id": "card"}),
    ],
)
def test_bad_input_on_a_milestone_is_422(api, freelancer, monkeypatch, frozen_clock, where, body):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    response = api(client, "post", f"{_milestone_path(contract, milestone)}{where}", body, key="k")
    assert response.status_code == 422
    assert _error(response)["code"] == "validation_error"


def test_bad_input_elsewhere_is_422(api, freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    c = f"/contracts/{contract.pk}"
    responses = [
        api(client, "post", f"{c}/payment-methods", {"kind": "cheque", "number": GOOD_CARD}),
        api(client, "post", f"{c}/proposals", {"kind": "bonus"}),
        api(client, "post", f"{c}/feedback", {"rating": 6}),
        api(freelancer, "post", "/payout-methods", {"account_number": "1", "holder_name": ""}),
    ]
    assert [r.status_code for r in responses] == [422] * len(responses)


# --- The OpenAPI document ---------------------------------------------------------------------

MONEY_POSTS = {
    "/api/v1/contracts/{contract_id}/milestones/{milestone_id}/fund",
    "/api/v1/contracts/{contract_id}/milestones/{milestone_id}/approve",
    "/api/v1/contracts/{contract_id}/milestones/{milestone_id}/refund",
    "/api/v1/payouts",
}


def test_every_operation_is_documented_and_money_posts_require_the_key(client):
    schema = client.get("/api/v1/openapi.json").json()
    schemathesis.openapi.from_dict(schema).validate()  # raises on an invalid document
    operations = [
        (where, method, op)
        for where, ops in schema["paths"].items()
        for method, op in ops.items()
        if "milestones and money" in op.get("tags", [])
    ]
    assert len(operations) == 29
    for where, method, op in operations:
        assert op["summary"], (where, method)
        assert op["description"], (where, method)
        headers = [p["name"] for p in op.get("parameters", []) if p["in"] == "header"]
        needs_key = method == "post" and where in MONEY_POSTS
        assert ("Idempotency-Key" in headers) is needs_key, (where, method)
    submit = schema["paths"]["/api/v1/contracts/{contract_id}/milestones/{milestone_id}/submit"]
    assert "multipart/form-data" in submit["post"]["requestBody"]["content"]
    fund_body = schema["components"]["schemas"]["FundIn"]
    assert fund_body["properties"]["payment_method_id"]["examples"] == [7]


def test_a_refund_request_through_the_api_is_answered_by_the_freelancer(
    api, freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    base = f"/contracts/{contract.pk}/milestones/{milestone.pk}"
    created = api(client, "post", f"{base}/refund-requests", data={"reason": "Plans changed"})
    assert created.status_code == 201
    request_id = created.json()["id"]
    assert api(client, "post", f"/refund-requests/{request_id}/accept", data={}).status_code == 403
    answered = api(freelancer, "post", f"/refund-requests/{request_id}/accept", data={})
    assert answered.json()["state"] == "accepted"


def test_releasing_more_through_the_api_charges_the_difference(
    api, freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    method = client.payment_methods.first()
    response = api(
        client,
        "post",
        f"/contracts/{contract.pk}/milestones/{milestone.pk}/approve",
        data={"amount_minor": 55_000, "payment_method_id": method.pk},
        key="more-1",
    )
    assert response.status_code == 200
    assert contract.milestones.get(release_on_funding=True).amount_minor == 5_000


# --- Approving what the client saw --------------------------------------------------------


def _refunded_part_after_the_client_looked(freelancer, monkeypatch, frozen_clock):
    from directcontracts.contracts import escrow

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    seen = milestone.escrow_minor
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=20_000)
    return contract, client, milestone, seen


def test_approving_with_the_escrow_seen_refuses_when_escrow_changed_and_moves_nothing(
    api, freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone, seen = _refunded_part_after_the_client_looked(
        freelancer, monkeypatch, frozen_clock
    )
    response = api(
        client,
        "post",
        f"{_milestone_path(contract, milestone)}/approve",
        {"escrow_seen_minor": seen},
        key="approve-seen",
    )
    assert response.status_code == 409, response.content
    error = _error(response)
    assert error["code"] == "escrow_changed"
    assert error["details"]["escrow_minor"] == 30_000
    assert "Nothing was released or charged" in error["message"]
    milestone.refresh_from_db()
    assert (milestone.released_amount_minor, milestone.escrow_minor) == (0, 30_000)


def test_approving_with_the_escrow_seen_releases_when_escrow_is_unchanged(
    api, freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    response = api(
        client,
        "post",
        f"{_milestone_path(contract, milestone)}/approve",
        {"escrow_seen_minor": milestone.escrow_minor},
        key="approve-seen",
    )
    assert response.status_code == 200, response.content
    assert response.json()["state"] == MilestoneState.RELEASED


def test_approving_without_the_escrow_seen_releases_what_escrow_holds_now(
    api, freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone, _ = _refunded_part_after_the_client_looked(
        freelancer, monkeypatch, frozen_clock
    )
    response = api(
        client, "post", f"{_milestone_path(contract, milestone)}/approve", {}, key="approve"
    )
    assert response.status_code == 200, response.content
    milestone.refresh_from_db()
    assert milestone.released_amount_minor == 30_000


@pytest.mark.parametrize("seen", [-1, 1.5, True, "5e4", "five hundred"])
def test_an_escrow_seen_that_is_not_a_whole_non_negative_amount_is_422(
    api, freelancer, monkeypatch, frozen_clock, seen
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    response = api(
        client,
        "post",
        f"{_milestone_path(contract, milestone)}/approve",
        {"escrow_seen_minor": seen},
        key="k",
    )
    assert response.status_code == 422
    assert _error(response)["code"] == "validation_error"
