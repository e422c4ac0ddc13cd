"""The amount of a chargeback is what the processor says it took (review, December 2026).

The processor's chargeback message carries the amount the bank took (`disputed_minor`).
Before, the platform booked its own figure (the gross less its own refunds), so a refund
made at the processor but not through the platform (from the processor's dashboard, say)
booked more than left the processor balance, and nobody was told until reconciliation.
Now the processor's amount is booked, and a difference from ours raises a finance alert.
"""

from __future__ import annotations

import pytest
from django.db.models import Sum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directcontracts.contracts import escrow
from directcontracts.core.errors import DomainError
from directcontracts.ledger import chart
from directcontracts.ledger.models import FinanceAlert, FinanceAlertKind, Transfer
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.gateway import GatewayError, get_gateway
from directcontracts.payments.models import GatewayEvent, Payment, SandboxObject
from tests.contracts.factories import settle_gateway
from tests.disputes.factories import (
    GROSS,
    funded_with_chargeback_card,
    new_milestone_funded_by_chargeback_card,
)
from tests.payments.factories import delivered

pytestmark = pytest.mark.django_db

OURS = st.lists(st.integers(min_value=1, max_value=30_000), max_size=3)
AT_THE_PROCESSOR = st.integers(min_value=0, max_value=20_000)


def _payment_of(milestone) -> Payment:
    return Payment.objects.get(reference=f"milestone:{milestone.pk}", state="charged_back")


def _taken(payment) -> int:
    amount = (
        Transfer.objects.filter(key=chart.chargeback_transfer_id(payment.pk))
        .values_list("amount", flat=True)
        .first()
    )
    return int(amount or 0)


def _refunded_at_the_processor(payment) -> int:
    total = SandboxObject.objects.filter(
        kind="refund", data__charge=payment.gateway_charge_id
    ).aggregate(total=Sum("amount_minor"))["total"]
    return int(total or 0)


def _refund_from_the_processors_dashboard(payment, amount: int) -> None:
    """A refund made at the processor, not through the platform: the ledger never hears."""
    get_gateway("sandbox").refund(
        charge_id=payment.gateway_charge_id,
        amount_minor=amount,
        currency=payment.currency,
        reference="dashboard",
        idempotency_key=f"dashboard:{payment.pk}",
    )


def _differences() -> list[dict]:
    alert = FinanceAlert.objects.filter(kind=FinanceAlertKind.CHARGEBACK_AMOUNT_DIFFERS).first()
    return alert.details if alert is not None else []


def test_a_chargeback_books_what_the_processor_says_it_took(freelancer, monkeypatch, frozen_clock):
    _, _, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    payment = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    _refund_from_the_processors_dashboard(payment, 5_000)
    settle_gateway(frozen_clock, seconds=120)  # the bank takes back what was not refunded
    assert _taken(payment) == GROSS - 5_000
    assert verify_ledger() == []


def test_a_chargeback_amount_unlike_ours_alerts_finance_with_both_figures(
    freelancer, monkeypatch, frozen_clock
):
    _, _, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    payment = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    _refund_from_the_processors_dashboard(payment, 5_000)
    settle_gateway(frozen_clock, seconds=120)
    [difference] = _differences()
    assert (difference["taken_minor"], difference["expected_minor"]) == (GROSS - 5_000, GROSS)
    assert "$467.00" in difference["why"]
    assert "$517.00" in difference["why"]


def test_a_chargeback_as_we_expected_raises_no_alert(freelancer, monkeypatch, frozen_clock):
    _, _, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    settle_gateway(frozen_clock, seconds=120)
    assert _taken(_payment_of(milestone)) == GROSS
    assert _differences() == []


def test_a_chargeback_message_without_an_amount_books_ours(freelancer, monkeypatch, frozen_clock):
    _, _, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    payment = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    delivered("evt_no_amount", "charge.disputed", payment.gateway_charge_id)
    assert _taken(payment) == GROSS
    assert _differences() == []


@pytest.mark.parametrize("amount", [-1, "517", 10**13, True])
def test_a_chargeback_message_with_a_malformed_amount_is_refused(
    freelancer, monkeypatch, frozen_clock, amount
):
    _, _, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    payment = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    with pytest.raises(GatewayError):
        delivered(
            "evt_bad_amount", "charge.disputed", payment.gateway_charge_id, disputed_minor=amount
        )
    assert _taken(payment) == 0
    assert GatewayEvent.objects.get(event_id="evt_bad_amount").processed_at is None


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ours=OURS, at_the_processor=AT_THE_PROCESSOR)
def test_refunds_and_the_amount_taken_add_up_to_what_was_paid(
    freelancer, shared_contract, frozen_clock, ours, at_the_processor
):
    contract, client = shared_contract
    milestone = new_milestone_funded_by_chargeback_card(contract, client, frozen_clock)
    payment = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    for amount in ours:
        try:
            escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=amount)
        except DomainError:
            pass  # more than escrow holds: refused as a whole
    at_the_processor = min(
        at_the_processor, payment.total_minor - _refunded_at_the_processor(payment)
    )
    if at_the_processor:
        _refund_from_the_processors_dashboard(payment, at_the_processor)
    differences_before = len(_differences())
    settle_gateway(frozen_clock, seconds=120)  # the bank takes the payment back

    assert _refunded_at_the_processor(payment) + _taken(payment) == payment.total_minor
    # Told exactly when the processor's amount is not ours.
    assert len(_differences()) == differences_before + (1 if at_the_processor else 0)
    assert verify_ledger() == []
