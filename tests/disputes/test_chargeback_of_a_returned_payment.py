"""A chargeback of a payment already refunded in full (review, 7 December 2026).

A payment that settled when its milestone no longer waited for it (here: reported failed,
then the milestone funded by a second payment) funds nothing and is refunded to the client
in full (`escrow._return_unapplied`). If the bank then takes it back too, the chargeback went
down the normal path: it took the milestone's escrow or the freelancer's balance for money
that was never theirs. Now it touches no milestone, case or freelancer: what the processor
took is a platform loss, and finance are told, with the refund's state at the processor.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts.freeze_models import PayoutHold
from directcontracts.contracts.models import MilestoneState
from directcontracts.disputes.models import ChargebackCase
from directcontracts.ledger import chart
from directcontracts.ledger.models import FinanceAlert, FinanceAlertKind
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.models import GatewayRequest, GatewayRequestKind
from tests.disputes.factories import (
    bank_takes_back,
    deliver,
    returned_payment_of_a_funded_milestone,
)
from tests.payments.factories import out_of_reach_for

pytestmark = pytest.mark.django_db


def _platform_losses() -> int:
    found = balance(account_id=chart.platform_losses("USD").pk)
    return found.debits_posted - found.credits_posted


def _alert_item() -> dict:
    [item] = FinanceAlert.objects.get(kind=FinanceAlertKind.CHARGEBACK_AFTER_REFUND).details
    return item


@pytest.fixture
def returned(freelancer, monkeypatch, frozen_clock):
    """The milestone, funded by the second payment, and the first payment, refunded."""
    contract, milestone, payment = returned_payment_of_a_funded_milestone(
        freelancer, monkeypatch, frozen_clock
    )
    assert milestone.state == MilestoneState.FUNDED
    return contract, milestone, payment


def test_a_chargeback_of_a_refunded_payment_leaves_the_milestone_and_its_escrow_alone(returned):
    contract, milestone, payment = returned
    bank_takes_back(payment, payment.total_minor)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == milestone.amount_minor
    assert not milestone.events.filter(kind="milestone.charged_back").exists()


def test_a_chargeback_of_a_refunded_payment_opens_no_case_and_holds_nothing(returned, freelancer):
    _, _, payment = returned
    bank_takes_back(payment, payment.total_minor)
    assert not ChargebackCase.objects.filter(payment=payment).exists()
    assert not PayoutHold.objects.filter(freelancer_id=freelancer.pk).exists()
    assert not freelancer.notices.filter(title__contains="took back").exists()


def test_a_chargeback_of_a_refunded_payment_is_a_platform_loss(returned):
    _, _, payment = returned
    bank_takes_back(payment, payment.total_minor)
    assert _platform_losses() == payment.total_minor
    assert verify_ledger() == []


def test_a_chargeback_of_a_refunded_payment_alerts_finance_naming_the_payment(returned):
    _, _, payment = returned
    bank_takes_back(payment, payment.total_minor)
    item = _alert_item()
    assert (item["payment"], item["taken_minor"]) == (payment.pk, payment.total_minor)
    assert f"payment {payment.pk}" in item["why"]


def test_the_alert_says_when_the_refund_had_gone_through(returned):
    _, _, payment = returned
    bank_takes_back(payment, payment.total_minor)
    item = _alert_item()
    assert item["refund_state"] == "settled"
    assert "had gone through" in item["why"]


def test_the_alert_says_when_the_refund_is_still_pending_at_the_processor(
    freelancer, monkeypatch, frozen_clock
):
    # The processor is out of reach when the refund is asked for: it stays pending.
    out_of_reach_for(GatewayRequestKind.REFUND, monkeypatch)
    _, _, payment = returned_payment_of_a_funded_milestone(freelancer, monkeypatch, frozen_clock)
    assert GatewayRequest.objects.get(idempotency_key=f"unapplied:{payment.pk}").state == "pending"
    bank_takes_back(payment, payment.total_minor)
    item = _alert_item()
    assert item["refund_state"] == "pending"
    assert "still pending at the processor" in item["why"]
    assert _platform_losses() == payment.total_minor


def test_a_won_chargeback_of_a_refunded_payment_gives_the_platform_its_loss_back(returned):
    _, _, payment = returned
    bank_takes_back(payment, payment.total_minor)
    deliver("evt_won", "charge.dispute_won", payment)
    assert _platform_losses() == 0
    assert verify_ledger() == []
