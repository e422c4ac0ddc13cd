"""A bonus charged on a release is deleted when its charge is declined (it never held
money). A row pointing at the bonus milestone, such as a Trust & Safety freeze put on it
while its charge was on its way, made that delete raise (PROTECT) before December 2026: the
charge's answer could not be recorded and the recovery sweep failed on it for ever. Now the
freeze moves to the approved milestone (the approval the bonus was part of) and keeps
stopping its money; nothing else changes and the books verify."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.contracts import escrow, freezes
from directcontracts.contracts.freeze_models import EscrowFreeze, FreezeSource
from directcontracts.contracts.models import ContractEvent, Milestone, MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments import gateway_requests
from directcontracts.payments.models import GatewayRequestKind
from tests.contracts.factories import card, funded_milestone
from tests.payments.factories import process_dies

pytestmark = pytest.mark.django_db

DECLINED_CARD = "4000000000000002"


@pytest.fixture
def frozen_bonus_declined(freelancer, monkeypatch, frozen_clock, trust_safety_staff):
    """$500 submitted; the client approves $600 (a $100 bonus) with a card that is declined,
    the process dies before the answer, Trust & Safety freeze the bonus milestone, and the
    recovery sweep then gets the processor's refusal."""
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Done.")
    milestone.refresh_from_db()
    with process_dies("after the intent", GatewayRequestKind.CHARGE, monkeypatch):
        escrow.approve_milestone(
            milestone=milestone,
            by=client,
            amount_minor=60_000,
            method=card(client, DECLINED_CARD),
            request_key="approve-1",
        )
    bonus = Milestone.objects.get(bonus_for=milestone)
    freeze = freezes.freeze_escrow(
        contract=contract,
        milestone=bonus,
        source=FreezeSource.TRUST_SAFETY,
        reference="TS-BONUS01",
        reason="The contract is under review.",
        by=trust_safety_staff,
    )
    frozen_clock.advance(seconds=(gateway_requests.STALE_AFTER + timedelta(seconds=1)).seconds)
    answered = gateway_requests.resend_stale()
    milestone.refresh_from_db()
    freeze.refresh_from_db()
    return client, milestone, bonus, freeze, answered


def test_the_declined_answer_is_recorded_and_the_bonus_goes(frozen_bonus_declined):
    _, milestone, bonus, _, answered = frozen_bonus_declined
    assert answered == 1
    assert not Milestone.objects.filter(pk=bonus.pk).exists()
    assert (milestone.state, milestone.escrow_minor) == (MilestoneState.SUBMITTED, 50_000)
    assert verify_ledger() == []


def test_the_freeze_stays_active_on_the_approved_milestone(frozen_bonus_declined):
    _, milestone, _, freeze, _ = frozen_bonus_declined
    assert freeze.lifted_at is None
    assert freeze.milestone_id == milestone.pk
    assert ContractEvent.objects.filter(milestone=milestone, kind="escrow.freeze_moved").exists()


def test_the_moved_freeze_stops_the_approved_milestones_release(frozen_bonus_declined):
    client, milestone, _, _, _ = frozen_bonus_declined
    with pytest.raises(DomainError) as refused:
        escrow.approve_milestone(milestone=milestone, by=client)
    assert refused.value.code == "escrow_frozen"
    assert EscrowFreeze.objects.filter(milestone=milestone, lifted_at__isnull=True).count() == 1
