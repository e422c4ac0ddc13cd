"""Gateway events delivered out of order (processors do not promise an order, and a retried
delivery can overtake a later one): an event that arrives before the state it acts on is
not dropped. It stays unprocessed and is refused (409 `webhook_out_of_order`) so that the
processor delivers it again, and then it applies.

Found by the December 2026 money review: a chargeback (`charge.disputed`) delivered before
the charge's settlement was marked processed and did nothing, so the settlement then put
the money in escrow for good while the bank had already given it back to the client."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.payments.gateway import GatewayError
from directcontracts.payments.models import GatewayEvent, Payment, PaymentState
from tests.contracts.factories import active_contract, card, funding_pending, settle_gateway
from tests.payments.factories import delivered

pytestmark = pytest.mark.django_db


def test_a_chargeback_delivered_before_the_settlement_is_refused_and_left_to_redeliver(
    freelancer, monkeypatch, frozen_clock
):
    contract, _, part, payment = funding_pending(freelancer, monkeypatch)
    with pytest.raises(GatewayError) as refused:
        delivered("evt_early_dispute", "charge.disputed", payment.gateway_charge_id)
    assert refused.value.code == "webhook_out_of_order"
    assert GatewayEvent.objects.get(event_id="evt_early_dispute").processed_at is None
    payment.refresh_from_db()
    assert payment.state == PaymentState.PENDING


def test_a_chargeback_that_overtook_the_settlement_applies_when_delivered_again(
    freelancer, monkeypatch, frozen_clock
):
    contract, _, part, payment = funding_pending(freelancer, monkeypatch)
    with pytest.raises(GatewayError):
        delivered("evt_early_dispute", "charge.disputed", payment.gateway_charge_id)
    settle_gateway(frozen_clock)  # the settlement arrives
    delivered("evt_early_dispute", "charge.disputed", payment.gateway_charge_id)  # redelivered
    payment.refresh_from_db()
    part.refresh_from_db()
    assert payment.state == PaymentState.CHARGED_BACK
    assert part.state == MilestoneState.REFUNDED
    assert part.escrow_minor == 0
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == 0


def test_a_chargeback_decision_delivered_before_the_chargeback_is_left_to_redeliver(
    freelancer, monkeypatch, frozen_clock
):
    contract, _, part, payment = funding_pending(freelancer, monkeypatch)
    settle_gateway(frozen_clock)
    with pytest.raises(GatewayError) as refused:
        delivered("evt_early_decision", "charge.dispute_lost", payment.gateway_charge_id)
    assert refused.value.code == "webhook_out_of_order"
    assert GatewayEvent.objects.get(event_id="evt_early_decision").processed_at is None


def test_a_chargeback_of_a_failed_charge_is_recorded_and_changes_nothing(
    freelancer, monkeypatch, frozen_clock
):
    contract, client = active_contract(freelancer, monkeypatch)
    part = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=part, by=client, method=card(client, number="4000000000000341"))
    settle_gateway(frozen_clock)  # fails at settlement
    payment = Payment.objects.get(reference=f"milestone:{part.pk}")
    assert payment.state == PaymentState.FAILED
    delivered("evt_late_dispute", "charge.disputed", payment.gateway_charge_id)
    assert GatewayEvent.objects.get(event_id="evt_late_dispute").processed_at is not None
    payment.refresh_from_db()
    assert payment.state == PaymentState.FAILED


# --- Payout events that are neither paid nor failed ------------------------------------------


def _payout_on_its_way(freelancer, monkeypatch, frozen_clock):
    from directcontracts.contracts import paying
    from directcontracts.payments import payouts

    contract, client = active_contract(freelancer, monkeypatch)
    part = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=part, by=client, method=card(client))
    settle_gateway(frozen_clock)
    escrow.approve_milestone(milestone=part, by=client)
    frozen_clock.advance(days=30)  # past the security hold
    bank = payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="Fiona F", currency="USD"
    )
    return paying.withdraw(
        freelancer=freelancer, method=bank, amount_minor=20_000, idempotency_key="payout-1"
    )


@pytest.mark.parametrize("kind", ["payout.created", "payout.updated", "payout.in_transit"])
def test_a_payout_event_that_is_neither_paid_nor_failed_returns_no_money(
    freelancer, monkeypatch, frozen_clock, kind
):
    """Processors report more of a payout's life than its end: read as a failure, such an
    event gave the money back to the freelancer while the bank was paying it, so the same
    money could be withdrawn twice."""
    from directcontracts.payments import payouts
    from directcontracts.payments.models import PayoutState

    payout = _payout_on_its_way(freelancer, monkeypatch, frozen_clock)
    left = payouts.available_balance(freelancer, "USD")
    delivered(f"evt_{kind}", kind, payout.gateway_payout_id)
    payout.refresh_from_db()
    assert payout.state == PayoutState.PENDING
    assert payouts.available_balance(freelancer, "USD") == left
