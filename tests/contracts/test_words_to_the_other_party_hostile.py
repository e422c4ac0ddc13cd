"""Hostile review, 7 December 2026: words one party writes to the other outside the thread.

A thread message asking to pay outside the platform is held for its sender to edit. The same
words written as a change's note, a submission's message, a refund's reason, why a contract
ends, a feedback comment or why an invitation is declined reached the other party (on the
page, in a notice, by email) unscreened: each channel was a way round the check. Each is
screened as a message now, and nothing is saved or told when it is held.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import changes, escrow, invitations
from directcontracts.contracts.models import (
    Contract,
    ContractState,
    Feedback,
    MilestoneState,
    ProposalKind,
    RefundRequest,
    RefundRequestState,
)
from directcontracts.core.errors import DomainError
from directcontracts.notifications.models import Notice
from tests.contracts.factories import (
    active_contract,
    ended_contract,
    funded_milestone,
    proven_access,
    sent_invitation,
)

pytestmark = pytest.mark.django_db

OFF_PLATFORM = "Skip the fees: pay me directly by PayPal instead"


def _refused_as_held(call) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call()
    assert refused.value.code == "message_held"
    assert refused.value.status == 422
    return refused.value


def test_a_change_proposals_note_asking_to_pay_off_the_platform_is_held(freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    first = contract.milestones.order_by("position").first()
    refusal = _refused_as_held(
        lambda: changes.propose_change(
            contract=contract,
            by=freelancer,
            kind=ProposalKind.CHANGE_DUE_DATE,
            milestone=first,
            due_date=first.due_date,
            note=OFF_PLATFORM,
        )
    )
    assert refusal.message.startswith("Your note was not sent.")
    assert not contract.proposals.exists()
    assert not Notice.objects.filter(recipient=buyer, kind="contract.change_proposed").exists()


def test_a_submissions_message_asking_to_pay_off_the_platform_is_held(
    freelancer, monkeypatch, frozen_clock
):
    _, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    _refused_as_held(
        lambda: escrow.submit_work(milestone=milestone, by=freelancer, message=OFF_PLATFORM)
    )
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert not Notice.objects.filter(recipient=buyer, kind="milestone.submitted").exists()


def test_a_request_for_changes_asking_to_pay_off_the_platform_is_held(
    freelancer, monkeypatch, frozen_clock
):
    _, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="The first draft.")
    _refused_as_held(
        lambda: escrow.request_changes(
            milestone=milestone, by=buyer, message="Send me your WhatsApp number and we talk there"
        )
    )
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.SUBMITTED


def test_a_refund_requests_reason_asking_to_pay_off_the_platform_is_held(
    freelancer, monkeypatch, frozen_clock
):
    _, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    _refused_as_held(
        lambda: escrow.request_refund(milestone=milestone, by=buyer, reason=OFF_PLATFORM)
    )
    assert not RefundRequest.objects.exists()


def test_a_declined_refund_requests_note_asking_to_pay_off_the_platform_is_held(
    freelancer, monkeypatch, frozen_clock
):
    _, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    request = escrow.request_refund(milestone=milestone, by=buyer, reason="Not what we agreed.")
    _refused_as_held(
        lambda: escrow.answer_refund_request(
            request=request, by=freelancer, accept=False, note=OFF_PLATFORM
        )
    )
    request.refresh_from_db()
    assert request.state == RefundRequestState.PENDING


def test_the_freelancers_refund_reason_asking_to_pay_off_the_platform_is_held(
    freelancer, monkeypatch, frozen_clock
):
    _, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    _refused_as_held(
        lambda: escrow.refund_milestone(milestone=milestone, by=freelancer, reason=OFF_PLATFORM)
    )
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED


def test_the_reason_for_ending_a_contract_asking_to_pay_off_the_platform_is_held(
    freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    _refused_as_held(
        lambda: changes.end_contract(contract=contract, by=freelancer, reason=OFF_PLATFORM)
    )
    contract.refresh_from_db()
    assert contract.state == ContractState.ACTIVE


def test_a_feedback_comment_asking_to_pay_off_the_platform_is_held(
    freelancer, monkeypatch, frozen_clock
):
    contract, _ = ended_contract(freelancer, monkeypatch, frozen_clock)
    contract.refresh_from_db()
    _refused_as_held(
        lambda: changes.leave_feedback(
            contract=contract, by=freelancer, rating=5, comment=OFF_PLATFORM
        )
    )
    assert not Feedback.objects.exists()


def test_a_declined_invitations_reason_asking_to_work_off_the_platform_is_held(
    freelancer, monkeypatch
):
    contract, invitation, _ = sent_invitation(freelancer)
    access = proven_access(invitation, monkeypatch)
    _refused_as_held(
        lambda: invitations.decline_invitation(
            invitation=invitation, access=access, reason=OFF_PLATFORM
        )
    )
    assert Contract.objects.get(pk=contract.pk).state == ContractState.INVITED
    assert not Notice.objects.filter(recipient=freelancer, kind="contract.declined").exists()


def test_an_ordinary_note_still_reaches_the_other_party(freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    first = contract.milestones.order_by("position").first()
    changes.propose_change(
        contract=contract,
        by=freelancer,
        kind=ProposalKind.CHANGE_DUE_DATE,
        milestone=first,
        due_date=first.due_date,
        note="The fonts arrive a week late, so I need the extra days.",
    )
    notice = Notice.objects.get(recipient=buyer, kind="contract.change_proposed")
    assert "The fonts arrive a week late" in notice.body
