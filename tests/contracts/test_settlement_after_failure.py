"""A charge the processor reported failed, then settled after all (review, December 2026).

The failure ended the payment: the milestone waits for funding again, perhaps by a new
payment. Before, the later `charge.succeeded` was ignored (the payment was no longer pending)
and the money sat at the processor in no account. Now it is treated as an unapplied
settlement: recorded, refunded to the client in full through the gateway, finance alerted.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import Milestone, MilestoneState
from directcontracts.ledger import chart
from directcontracts.ledger.models import FinanceAlert, FinanceAlertKind, Transfer
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.models import Payment, PaymentState
from directcontracts.payments.reconciliation import reconcile
from tests.contracts.factories import card, funding_pending, settle_gateway
from tests.payments.factories import delivered, unapplied_refunds_at_gateway

pytestmark = pytest.mark.django_db


def _fails_then_settles(freelancer, monkeypatch, frozen_clock, *, funded_again=False):
    """A milestone's payment is reported failed, then the processor settles it after all
    (the sandbox's queued settlement). With `funded_again`, the client funds the milestone
    again with a new payment before the late settlement arrives."""
    contract, client, milestone, payment = funding_pending(freelancer, monkeypatch)
    delivered(
        "evt_failed", "charge.failed", payment.gateway_charge_id, failure_code="settlement_failed"
    )
    if funded_again:
        escrow.fund_milestone(
            milestone=Milestone.objects.get(pk=milestone.pk), by=client, method=card(client)
        )
    settle_gateway(frozen_clock)
    payment.refresh_from_db()
    return contract, client, milestone, payment


def test_a_settlement_after_a_reported_failure_is_refunded_in_full(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, _, payment = _fails_then_settles(freelancer, monkeypatch, frozen_clock)
    assert payment.state == PaymentState.SUCCEEDED
    assert unapplied_refunds_at_gateway(payment) == [-payment.total_minor]
    refundable = balance(account_id=chart.client_refundable(client.pk, payment.currency).pk)
    assert (refundable.debits_posted, refundable.credits_posted) == (
        payment.total_minor,
        payment.total_minor,
    )
    escrow_account = balance(account_id=chart.escrow(contract.pk, contract.currency).pk)
    assert (escrow_account.posted, escrow_account.pending) == (0, 0)
    assert verify_ledger() == []


def test_a_settlement_after_a_reported_failure_reconciles(freelancer, monkeypatch, frozen_clock):
    _fails_then_settles(freelancer, monkeypatch, frozen_clock)
    assert reconcile(day=frozen_clock.now().date()).mismatches == []


def test_a_settlement_after_a_reported_failure_alerts_finance(
    freelancer, monkeypatch, frozen_clock
):
    _, _, milestone, payment = _fails_then_settles(freelancer, monkeypatch, frozen_clock)
    alert = FinanceAlert.objects.get(kind=FinanceAlertKind.UNAPPLIED_SETTLEMENT)
    assert alert.details[0]["payment"] == payment.pk
    assert alert.details[0]["after_failure"] is True
    assert alert.details[0]["milestone_state"] == MilestoneState.AWAITING_FUNDING
    assert "reported it failed" in alert.details[0]["why"]


def test_the_client_is_told_their_payment_reported_failed_was_refunded(
    freelancer, monkeypatch, frozen_clock
):
    _, client, milestone, _ = _fails_then_settles(freelancer, monkeypatch, frozen_clock)
    assert client.notices.filter(title__contains="was refunded").count() == 1
    assert milestone.events.filter(kind="milestone.payment_returned").count() == 1


def test_a_redelivered_settlement_after_a_reported_failure_refunds_once(
    freelancer, monkeypatch, frozen_clock
):
    _, _, _, payment = _fails_then_settles(freelancer, monkeypatch, frozen_clock)
    delivered("evt_again", "charge.succeeded", payment.gateway_charge_id)
    assert unapplied_refunds_at_gateway(payment) == [-payment.total_minor]
    assert Transfer.objects.filter(key=chart.unapplied_refund_transfer_id(payment.pk)).count() == 1
    assert Transfer.objects.filter(key=chart.client_fee_transfer_id(payment.pk)).count() == 1
    assert FinanceAlert.objects.get().mismatch_count == 1
    assert verify_ledger() == []


def test_a_settlement_after_a_reported_failure_never_funds_the_milestone_a_new_payment_awaits(
    freelancer, monkeypatch, frozen_clock
):
    """The client funded the milestone again; the old payment's late settlement is refunded
    and the milestone is funded by the new one."""
    contract, _, milestone, payment = _fails_then_settles(
        freelancer, monkeypatch, frozen_clock, funded_again=True
    )
    assert unapplied_refunds_at_gateway(payment) == [-payment.total_minor]
    new = Payment.objects.filter(reference=f"milestone:{milestone.pk}").latest("id")
    assert new.pk != payment.pk
    assert new.state == PaymentState.SUCCEEDED
    assert Milestone.objects.get(pk=milestone.pk).state == MilestoneState.FUNDED
    assert balance(account_id=chart.escrow(contract.pk, contract.currency).pk).posted == (
        new.amount_minor
    )
    assert unapplied_refunds_at_gateway(new) == []
    assert verify_ledger() == []
    assert reconcile(day=frozen_clock.now().date()).mismatches == []
