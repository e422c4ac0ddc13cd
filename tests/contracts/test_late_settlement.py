"""A settlement that arrives after the funding reservation expired (red team, December 2026).

The ledger reserves a card or bank-debit funding for `chart.FUNDING_TIMEOUT_SECONDS`
(14 days). A processor may settle later (a slow bank debit, a delayed webhook): the money
is then at the processor, so the platform must record it. Before, posting the expired
reservation was refused (`pending_transfer_expired`, or `..._already_voided` once the sweep
had voided it), the webhook failed on every delivery and the money was in no account.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.ledger import chart
from directcontracts.ledger.models import FinanceAlert, Transfer
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.services import expire_pending_transfers
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.models import GatewayEvent, Payment
from directcontracts.payments.reconciliation import reconcile
from tests.contracts.factories import active_contract, card, settle_gateway

pytestmark = pytest.mark.django_db

LATE = chart.FUNDING_TIMEOUT_SECONDS + 3600


def _funding_started(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    return contract, milestone


def _escrow_posted(contract) -> int:
    return balance(account_id=chart.escrow(contract.pk, contract.currency).pk).posted


def test_a_settlement_after_the_reservation_expired_funds_the_milestone(
    freelancer, monkeypatch, frozen_clock
):
    contract, milestone = _funding_started(freelancer, monkeypatch)
    settle_gateway(frozen_clock, seconds=LATE)  # the processor settles 14 days and an hour on
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert _escrow_posted(contract) == milestone.amount_minor
    assert GatewayEvent.objects.filter(type="charge.succeeded", processed_at__isnull=False)
    assert verify_ledger() == []


def test_a_settlement_after_the_sweep_voided_the_reservation_funds_the_milestone(
    freelancer, monkeypatch, frozen_clock
):
    contract, milestone = _funding_started(freelancer, monkeypatch)
    frozen_clock.advance(seconds=LATE)
    assert expire_pending_transfers() == 1
    settle_gateway(frozen_clock, seconds=1)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert _escrow_posted(contract) == milestone.amount_minor
    assert verify_ledger() == []


def test_a_late_settlement_is_recorded_under_its_own_id_and_reconciles(
    freelancer, monkeypatch, frozen_clock
):
    contract, milestone = _funding_started(freelancer, monkeypatch)
    settle_gateway(frozen_clock, seconds=LATE)
    payment = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    late = Transfer.objects.get(key=chart.settlement_transfer_id(milestone.pk, payment.pk))
    assert (late.amount, late.code) == (milestone.amount_minor, "milestone_funding_settled_late")
    reconcile(day=frozen_clock.now().date())
    assert not FinanceAlert.objects.exists()


def test_a_settlement_delivered_twice_after_expiry_records_it_once(
    freelancer, monkeypatch, frozen_clock
):
    contract, milestone = _funding_started(freelancer, monkeypatch)
    settle_gateway(frozen_clock, seconds=LATE)
    payment = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    escrow.on_payment_succeeded(payment)  # the handler again, as after a redelivery
    assert _escrow_posted(contract) == milestone.amount_minor
    assert verify_ledger() == []
