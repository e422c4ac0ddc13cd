"""A settlement for a milestone that no longer waits for it (review, December 2026).

The processor may settle a milestone's payment after the milestone stopped waiting for it
(funded by another payment, its contract over): the money is at the processor and is the
client's. Before, the handler returned silently and the money sat there in no account.
Now it is recorded, refunded to the client in full through the gateway, and finance see an
`unapplied_settlement` alert.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import Milestone, MilestoneState
from directcontracts.ledger import chart
from directcontracts.ledger.models import FinanceAlert, FinanceAlertKind, Transfer
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.gateway_models import GatewayRequest
from directcontracts.payments.models import Payment
from directcontracts.payments.reconciliation import reconcile
from tests.contracts.factories import active_contract, card, funding_pending, settle_gateway
from tests.payments.factories import delivered, unapplied_refunds_at_gateway

pytestmark = pytest.mark.django_db


def _settles_after_the_milestone_moved_on(freelancer, monkeypatch, frozen_clock):
    """A payment is pending; meanwhile the milestone stops waiting for it (here set directly,
    as whatever moved it would); then the processor settles the payment."""
    contract, client, milestone, payment = funding_pending(freelancer, monkeypatch)
    Milestone.objects.filter(pk=milestone.pk).update(state=MilestoneState.FUNDED)
    settle_gateway(frozen_clock)
    payment.refresh_from_db()
    return contract, client, milestone, payment


def test_a_settlement_for_a_milestone_not_awaiting_it_is_refunded_in_full(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, _, payment = _settles_after_the_milestone_moved_on(
        freelancer, monkeypatch, frozen_clock
    )
    assert unapplied_refunds_at_gateway(payment) == [-payment.total_minor]
    refundable = balance(account_id=chart.client_refundable(client.pk, payment.currency).pk)
    assert (refundable.debits_posted, refundable.credits_posted) == (
        payment.total_minor,
        payment.total_minor,
    )
    escrow_account = balance(account_id=chart.escrow(contract.pk, contract.currency).pk)
    assert (escrow_account.posted, escrow_account.pending) == (0, 0)
    assert verify_ledger() == []


def test_a_settlement_for_a_milestone_not_awaiting_it_reconciles(
    freelancer, monkeypatch, frozen_clock
):
    _settles_after_the_milestone_moved_on(freelancer, monkeypatch, frozen_clock)
    assert reconcile(day=frozen_clock.now().date()).mismatches == []


def test_a_settlement_for_a_milestone_not_awaiting_it_alerts_finance(
    freelancer, monkeypatch, frozen_clock
):
    _, _, milestone, payment = _settles_after_the_milestone_moved_on(
        freelancer, monkeypatch, frozen_clock
    )
    alert = FinanceAlert.objects.get(kind=FinanceAlertKind.UNAPPLIED_SETTLEMENT)
    assert alert.mismatch_count == 1
    assert alert.details[0]["payment"] == payment.pk
    assert alert.details[0]["milestone_state"] == MilestoneState.FUNDED
    assert f"milestone {milestone.pk}" in alert.details[0]["why"]


def test_the_client_is_told_their_late_payment_was_refunded(freelancer, monkeypatch, frozen_clock):
    _, client, milestone, _ = _settles_after_the_milestone_moved_on(
        freelancer, monkeypatch, frozen_clock
    )
    assert client.notices.filter(title__contains="was refunded").count() == 1
    assert milestone.events.filter(kind="milestone.payment_returned").count() == 1


def test_a_redelivered_settlement_refunds_once(freelancer, monkeypatch, frozen_clock):
    _, _, _, payment = _settles_after_the_milestone_moved_on(freelancer, monkeypatch, frozen_clock)
    delivered("evt_again", "charge.succeeded", payment.gateway_charge_id)
    assert unapplied_refunds_at_gateway(payment) == [-payment.total_minor]
    assert Transfer.objects.filter(key=chart.unapplied_refund_transfer_id(payment.pk)).count() == 1
    assert FinanceAlert.objects.get().mismatch_count == 1
    assert verify_ledger() == []


def test_the_handler_called_again_after_the_refund_moves_nothing(
    freelancer, monkeypatch, frozen_clock
):
    _, _, _, payment = _settles_after_the_milestone_moved_on(freelancer, monkeypatch, frozen_clock)
    escrow.on_payment_succeeded(payment)
    assert unapplied_refunds_at_gateway(payment) == [-payment.total_minor]
    assert FinanceAlert.objects.get().mismatch_count == 1
    assert verify_ledger() == []


def test_a_refund_after_an_unapplied_settlement_goes_back_to_the_charge_that_funded_it(
    freelancer, monkeypatch, frozen_clock
):
    """The milestone is funded and settled; a second payment for it settles afterwards and is
    refunded in full as unapplied. A later refund of the milestone goes to the first charge,
    not to the later one already paid back (which the latest settled payment used to be)."""
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    settle_gateway(frozen_clock)
    first = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    Milestone.objects.filter(pk=milestone.pk).update(state=MilestoneState.AWAITING_FUNDING)
    escrow.fund_milestone(
        milestone=Milestone.objects.get(pk=milestone.pk), by=client, method=card(client)
    )
    Milestone.objects.filter(pk=milestone.pk).update(state=MilestoneState.FUNDED)
    settle_gateway(frozen_clock)
    later = Payment.objects.filter(reference=f"milestone:{milestone.pk}").latest("id")
    assert later.pk != first.pk
    assert unapplied_refunds_at_gateway(later) == [-later.total_minor]

    escrow.refund_milestone(milestone=Milestone.objects.get(pk=milestone.pk), by=freelancer)

    refund = GatewayRequest.objects.get(idempotency_key__startswith=f"refund:{milestone.pk}:")
    assert refund.arguments["charge_id"] == first.gateway_charge_id
    assert verify_ledger() == []
