"""A chargeback after a partial refund (red team, December 2026).

The processor disputes at most what was not refunded: a client who got $400 of a $517
payment back through the platform can have their bank take back $117, not $517. Before,
the platform booked the whole gross: escrow covered what it held and the dispute reserve
the rest, so the reserve lost the refunded part a second time and the ledger's processor
clearing disagreed with the processor's balance.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.disputes.models import ChargebackState
from directcontracts.ledger import chart
from directcontracts.ledger.models import FinanceAlert, Transfer
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.models import SandboxBalanceTransaction
from directcontracts.payments.reconciliation import reconcile
from tests.disputes.factories import (
    GROSS,
    bank_decides,
    charged_back,
    freelancer_available,
    funded_with_chargeback_card,
)

pytestmark = pytest.mark.django_db

REFUNDED = 40_000
NOT_REFUNDED = GROSS - REFUNDED  # 11,700: $100 of escrow and the client's $17 fee


def _reserve_posted() -> tuple[int, int]:
    b = balance(account_id=chart.dispute_reserve("USD").pk)
    return b.debits_posted, b.credits_posted


def _reserve_loss(before: tuple[int, int]) -> int:
    debits, credits = _reserve_posted()
    return (debits - before[0]) - (credits - before[1])


def test_a_chargeback_after_a_partial_refund_takes_only_what_was_not_refunded(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=REFUNDED)
    before = _reserve_posted()
    case = charged_back(milestone, frozen_clock)
    taken = Transfer.objects.get(key=chart.chargeback_transfer_id(case.payment_id))
    assert taken.amount == case.amount_minor == NOT_REFUNDED
    assert (case.from_escrow_minor, case.loss_minor) == (10_000, 1_700)
    # The reserve bears only the client's fee the bank took back, not the refunded $400 again.
    assert _reserve_loss(before) == 1_700
    assert verify_ledger() == []


def test_a_chargeback_after_a_partial_refund_reconciles_with_the_processor(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=REFUNDED)
    case = charged_back(milestone, frozen_clock)
    taken = SandboxBalanceTransaction.objects.get(type="chargeback")
    assert taken.amount_minor == -NOT_REFUNDED
    reconcile(day=frozen_clock.now().date())
    assert not FinanceAlert.objects.exists()
    assert case.state == ChargebackState.ACCEPTED  # refund + chargeback = what the client paid


def test_a_chargeback_after_a_partial_refund_leaves_the_clients_refund_and_milestone_whole(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=REFUNDED)
    charged_back(milestone, frozen_clock)
    milestone.refresh_from_db()
    assert (milestone.escrow_minor, milestone.refunded_amount_minor) == (0, 50_000)
    refundable = balance(account_id=chart.client_refundable(client.pk, "USD").pk)
    assert refundable.posted == 0  # the $400 went out once, through the refund


def test_a_chargeback_after_a_release_and_a_refund_holds_the_released_part_from_what_was_taken(
    freelancer, monkeypatch, frozen_clock
):
    """$200 released (net $190), $200 refunded, $100 in escrow: the bank takes $317; escrow
    covers $100, the reserve $217, and the freelancer's $190 is held against that loss."""
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=20_000)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=20_000)
    case = charged_back(milestone, frozen_clock)
    assert case.amount_minor == GROSS - 20_000
    assert (case.from_escrow_minor, case.loss_minor) == (10_000, 21_700)
    assert (case.state, case.at_risk_minor) == (ChargebackState.OPEN, 19_000)
    bank_decides(case, frozen_clock, won=False)
    assert case.recovered_minor == 19_000
    assert freelancer_available(freelancer) == 0
    reconcile(day=frozen_clock.now().date())
    assert not FinanceAlert.objects.exists()
    assert verify_ledger() == []


def test_a_won_chargeback_after_a_partial_refund_brings_back_only_what_was_taken(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=REFUNDED)
    before = _reserve_posted()
    case = charged_back(milestone, frozen_clock)
    bank_decides(case, frozen_clock, won=True)
    assert case.state == ChargebackState.WON
    assert Transfer.objects.get(key=chart.chargeback_won_transfer_id(case.payment_id)).amount == (
        NOT_REFUNDED
    )
    assert _reserve_loss(before) == 0
    reconcile(day=frozen_clock.now().date())
    assert not FinanceAlert.objects.exists()


def test_a_chargeback_after_a_full_refund_takes_only_the_clients_fee(
    freelancer, monkeypatch, frozen_clock
):
    """Refunded in full, only the client's fee is left on the payment for the bank to take."""
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer)
    before = _reserve_posted()
    case = charged_back(milestone, frozen_clock)
    assert (case.amount_minor, case.from_escrow_minor, case.loss_minor) == (1_700, 0, 1_700)
    assert _reserve_loss(before) == 1_700
    reconcile(day=frozen_clock.now().date())
    assert not FinanceAlert.objects.exists()
