"""A chargeback larger than what is left of the payment (review, 7 December 2026).

The processor's chargeback message says what it took (`disputed_minor`). When that is more
than is left of the payment (paid less refunded), the difference was booked against the
payment as if the bank had taken it from the milestone: the dispute reserve's loss for the
payment grew and, with it, what the case could claim. Now at most what is left is booked
against the payment; the excess is the platform's loss (`platform_losses`), and finance are
told (`chargeback_amount_differs`, with the excess).
"""

from __future__ import annotations

import pytest
from django.db.models import Sum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directcontracts.contracts import escrow
from directcontracts.core.errors import DomainError
from directcontracts.disputes.models import ChargebackCase, ChargebackState
from directcontracts.ledger import chart
from directcontracts.ledger.models import FinanceAlert, FinanceAlertKind, Transfer
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.models import Payment
from tests.contracts.factories import (
    funded_milestone,
    new_funded_milestone,
)
from tests.disputes.factories import NET, bank_takes_back, deliver

pytestmark = pytest.mark.django_db

EXTRA = 10_000  # what the processor takes beyond the payment ($100)


def _payment_of(milestone) -> Payment:
    return Payment.objects.get(reference=f"milestone:{milestone.pk}", state="succeeded")


def _platform_losses() -> int:
    found = balance(account_id=chart.platform_losses("USD").pk)
    return found.debits_posted - found.credits_posted


def _reserve_net() -> int:
    found = balance(account_id=chart.dispute_reserve("USD").pk)
    return found.credits_posted - found.debits_posted


def _excess_booked(payment) -> int:
    amount = (
        Transfer.objects.filter(key=chart.chargeback_excess_transfer_id(payment.pk))
        .values_list("amount", flat=True)
        .first()
    )
    return int(amount or 0)


def _released_then_taken_back_with_extra(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    payment = _payment_of(milestone)
    escrow.approve_milestone(milestone=milestone, by=client)
    bank_takes_back(payment, payment.total_minor + EXTRA)
    return contract, client, milestone, payment, ChargebackCase.objects.get(payment=payment)


def test_a_chargeback_beyond_the_payment_books_only_the_payment_against_it(
    freelancer, monkeypatch, frozen_clock
):
    _, _, _, payment, case = _released_then_taken_back_with_extra(
        freelancer, monkeypatch, frozen_clock
    )
    assert (case.amount_minor, case.loss_minor) == (payment.total_minor, payment.total_minor)


def test_what_the_processor_took_beyond_the_payment_is_a_platform_loss(
    freelancer, monkeypatch, frozen_clock
):
    _, _, _, payment, _ = _released_then_taken_back_with_extra(
        freelancer, monkeypatch, frozen_clock
    )
    assert _platform_losses() == EXTRA
    assert _reserve_net() == -payment.total_minor
    assert verify_ledger() == []


def test_platform_losses_read_as_a_loss_on_the_books(freelancer, monkeypatch, frozen_clock):
    _released_then_taken_back_with_extra(freelancer, monkeypatch, frozen_clock)
    losses = balance(account_id=chart.platform_losses("USD").pk)
    assert (losses.credit_normal, losses.posted) == (False, EXTRA)


def test_a_chargeback_beyond_the_payment_holds_no_more_than_the_freelancer_received(
    freelancer, monkeypatch, frozen_clock
):
    *_, case = _released_then_taken_back_with_extra(freelancer, monkeypatch, frozen_clock)
    assert case.at_risk_minor == NET
    assert case.payout_hold.amount_minor == NET


def test_a_chargeback_beyond_the_payment_tells_finance_the_excess(
    freelancer, monkeypatch, frozen_clock
):
    _, _, _, payment, _ = _released_then_taken_back_with_extra(
        freelancer, monkeypatch, frozen_clock
    )
    alert = FinanceAlert.objects.get(kind=FinanceAlertKind.CHARGEBACK_AMOUNT_DIFFERS)
    [item] = alert.details
    assert (item["booked_minor"], item["excess_minor"]) == (payment.total_minor, EXTRA)
    assert "the other $100.00 is booked as a platform loss" in item["why"]


def test_after_a_refund_a_chargeback_of_the_whole_payment_takes_only_what_escrow_holds(
    freelancer, monkeypatch, frozen_clock
):
    _, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    payment = _payment_of(milestone)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=20_000)
    bank_takes_back(payment, payment.total_minor)  # as if the refund had never been made
    case = ChargebackCase.objects.get(payment=payment)
    milestone.refresh_from_db()
    assert case.amount_minor == payment.total_minor - 20_000
    assert milestone.refunded_amount_minor == milestone.amount_minor
    assert _platform_losses() == 20_000
    assert verify_ledger() == []


def test_a_won_chargeback_beyond_the_payment_gives_the_platform_its_loss_back(
    freelancer, monkeypatch, frozen_clock
):
    _, _, _, payment, case = _released_then_taken_back_with_extra(
        freelancer, monkeypatch, frozen_clock
    )
    deliver("evt_won", "charge.dispute_won", payment)
    case.refresh_from_db()
    assert case.state == ChargebackState.WON
    assert (_platform_losses(), _reserve_net()) == (0, 0)
    assert verify_ledger() == []


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    refunds=st.lists(st.integers(min_value=1, max_value=30_000), max_size=2),
    released=st.sampled_from([0, 10_000, 50_000]),
    extra=st.integers(min_value=0, max_value=60_000),
)
def test_refunds_taken_back_and_paid_out_never_exceed_what_was_paid(
    freelancer, shared_contract, frozen_clock, refunds, released, extra
):
    contract, client = shared_contract
    milestone = new_funded_milestone(contract, client, frozen_clock, settle=10)
    payment = _payment_of(milestone)
    if released:
        escrow.approve_milestone(milestone=milestone, by=client, amount_minor=released)
        milestone.refresh_from_db()
    for amount in refunds:
        try:
            escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=amount)
        except DomainError:
            pass  # more than escrow holds (or nothing left): refused as a whole
        milestone.refresh_from_db()
    refunded = milestone.refunded_amount_minor
    left = payment.total_minor - refunded
    bank_takes_back(payment, left + extra, event_id=f"evt_cb_{payment.pk}")
    case = ChargebackCase.objects.get(payment=payment)

    # Against the payment: refunds, what the bank took back and what the freelancer was paid
    # (and may lose) never exceed what the client paid in.
    assert refunded + case.amount_minor <= payment.total_minor
    assert case.from_escrow_minor + refunded + released <= milestone.amount_minor
    assert case.at_risk_minor <= case.loss_minor
    paid_to_freelancer = milestone.releases.aggregate(net=Sum("net_minor"))["net"] or 0
    assert case.at_risk_minor <= paid_to_freelancer
    # Beyond the payment: the platform's loss, exactly the excess.
    assert _excess_booked(payment) == extra
    assert verify_ledger() == []
