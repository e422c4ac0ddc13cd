"""Party words outside the thread, round two: what a party writes in a dispute.

A dispute's statement (with or without evidence files), the note answering the mediator's
proposal and the reason a dispute is withdrawn reach the other party on the dispute page, in
a notice and by email. They went through unscreened, a way round the thread's check; each is
screened as a thread message now (`422 message_held`), and nothing is saved or told when it
is held. The mediator's and the decider's words are staff's and are not screened.
"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from directcontracts.disputes.models import Dispute, DisputeState, Proposal, Statement
from directcontracts.notifications.models import Notice
from tests.disputes.factories import (
    STATEMENT,
    in_mediation,
    opened_by_client,
    submitted_milestone,
    with_proposal,
)

pytestmark = pytest.mark.django_db

OFF_PLATFORM = "Skip the fees: pay me directly by PayPal instead"


def _held(response) -> dict:
    assert response.status_code == 422, response.content
    error = response.json()["error"]
    assert error["code"] == "message_held"
    return error


def test_an_opening_statement_asking_to_pay_off_the_platform_is_held(
    api, freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    path = f"/contracts/{contract.pk}/milestones/{milestone.pk}/disputes"
    error = _held(api(client, "post", path, {"statement": OFF_PLATFORM}, key="open-held"))
    assert error["message"].startswith("Your statement was not sent.")
    assert not Dispute.objects.exists()
    assert not Notice.objects.filter(recipient=freelancer, kind__startswith="dispute.").exists()


def test_a_further_statement_asking_to_pay_off_the_platform_is_held(
    api, freelancer, monkeypatch, frozen_clock
):
    _, client, _, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    _held(api(freelancer, "post", f"/disputes/{dispute.pk}/statements", {"body": OFF_PLATFORM}))
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_RESPONSE
    assert not Statement.objects.filter(author=freelancer).exists()


def test_a_statement_sent_with_evidence_files_giving_contact_details_is_held(
    api, freelancer, monkeypatch, frozen_clock
):
    _, _, _, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    response = api(
        freelancer,
        "post",
        f"/disputes/{dispute.pk}/evidence",
        {"body": "The proof is attached. WhatsApp me on +1 555 010 2030 to settle this"},
        files={"files": SimpleUploadedFile("proof.txt", b"Delivered on time.")},
    )
    _held(response)
    assert not Statement.objects.filter(author=freelancer).exists()


def test_a_note_accepting_the_proposal_asking_to_pay_off_the_platform_is_held(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    _, client, _, dispute = with_proposal(freelancer, monkeypatch, frozen_clock, trust_safety_staff)
    path = f"/disputes/{dispute.pk}/accept"
    _held(api(client, "post", path, {"note": OFF_PLATFORM}, key="accept-held"))
    assert Proposal.objects.get(dispute=dispute).client_answer == ""


def test_a_note_rejecting_the_proposal_asking_to_pay_off_the_platform_is_held(
    api, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    _, client, _, dispute = with_proposal(freelancer, monkeypatch, frozen_clock, trust_safety_staff)
    _held(api(client, "post", f"/disputes/{dispute.pk}/reject", {"note": OFF_PLATFORM}))
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.PROPOSAL_MADE


def test_a_withdrawal_reason_asking_to_pay_off_the_platform_is_held(
    api, freelancer, monkeypatch, frozen_clock
):
    _, client, _, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    _held(api(client, "post", f"/disputes/{dispute.pk}/withdraw", {"reason": OFF_PLATFORM}))
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_RESPONSE
    assert not Notice.objects.filter(recipient=freelancer, kind="dispute.withdrawn").exists()


def test_the_dispute_page_says_why_a_statement_was_held(
    client, freelancer, monkeypatch, frozen_clock
):
    _, _, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    page = client.post(
        reverse("disputes:statement", args=[dispute.pk]), {"body": OFF_PLATFORM}
    ).content.decode()
    assert "Your statement was not sent." in page
    assert Statement.objects.filter(dispute=dispute).count() == 2


def test_an_ordinary_statement_is_still_added(api, freelancer, monkeypatch, frozen_clock):
    _, _, _, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    response = api(freelancer, "post", f"/disputes/{dispute.pk}/statements", {"body": STATEMENT})
    assert response.status_code == 201, response.content
    assert Statement.objects.filter(author=freelancer, body=STATEMENT).exists()
