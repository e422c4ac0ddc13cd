"""A payout the processor reported paid, then the freelancer's bank sent back (a closed or
wrong account, days later; processors report it as `payout.failed` after `payout.paid`).

Before 7 December 2026 only a pending payout could end, so the late failure was ignored:
the payout read "paid" for good and the returned money reached no account."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directcontracts.contracts import paying
from directcontracts.ledger import chart
from directcontracts.ledger.models import Transfer
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.notifications.models import Notice, WebhookEvent
from directcontracts.payments import payouts
from directcontracts.payments.gateway import GatewayError
from directcontracts.payments.models import (
    GatewayEvent,
    Payout,
    PayoutState,
    SandboxBalanceTransaction,
)
from directcontracts.payments.reconciliation import reconcile
from tests.accounts.factories import FreelancerFactory
from tests.contracts.factories import settle_gateway
from tests.payments.factories import (
    WITHDRAWABLE,
    bank_that_returns_payouts,
    delivered,
    money_to_withdraw,
    paid_out_of_processor,
    withdraw,
)

pytestmark = pytest.mark.django_db


def _paid(freelancer, monkeypatch, frozen_clock, settings) -> Payout:
    """All of the freelancer's $475 withdrawn, and reported paid."""
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank)
    delivered("evt_paid", "payout.paid", payout.gateway_payout_id)
    payout.refresh_from_db()
    assert payout.state == PayoutState.PAID
    return payout


def _available(freelancer) -> int:
    return payouts.available_balance(freelancer, "USD")


def test_a_failure_reported_after_the_payment_returns_the_payout(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _paid(freelancer, monkeypatch, frozen_clock, settings)
    delivered("evt_back", "payout.failed", payout.gateway_payout_id, failure_code="account_closed")
    payout.refresh_from_db()
    assert payout.state == PayoutState.RETURNED
    assert payout.returned_at == frozen_clock.now()
    assert payout.failure_message == "account_closed"


def test_the_returned_money_is_available_to_the_freelancer_again(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _paid(freelancer, monkeypatch, frozen_clock, settings)
    assert _available(freelancer) == 0
    delivered("evt_back", "payout.failed", payout.gateway_payout_id)
    assert _available(freelancer) == WITHDRAWABLE
    assert paying.withdrawable(freelancer, "USD") == WITHDRAWABLE


def test_the_return_is_one_transfer_from_processor_clearing_to_available(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _paid(freelancer, monkeypatch, frozen_clock, settings)
    delivered("evt_back", "payout.failed", payout.gateway_payout_id)
    back = Transfer.objects.get(key=chart.payout_returned_transfer_id(payout.pk))
    assert back.amount == WITHDRAWABLE
    assert back.code == "payout_returned"
    assert back.reference == f"payout:{payout.pk}"
    assert back.credit_account_id == chart.freelancer_available(freelancer.pk, "USD").pk
    assert back.debit_account.code == chart.processor_clearing("USD").code


def test_a_return_delivered_again_changes_nothing(freelancer, monkeypatch, frozen_clock, settings):
    payout = _paid(freelancer, monkeypatch, frozen_clock, settings)
    delivered("evt_back", "payout.failed", payout.gateway_payout_id)
    GatewayEvent.objects.filter(event_id="evt_back").update(processed_at=None)  # redelivered
    delivered("evt_back", "payout.failed", payout.gateway_payout_id)
    delivered("evt_back_again", "payout.returned", payout.gateway_payout_id)
    assert _available(freelancer) == WITHDRAWABLE
    assert Transfer.objects.filter(reference=f"payout:{payout.pk}").count() == 3
    assert Notice.objects.filter(recipient=freelancer, kind="payout.returned").count() == 1


def test_a_payment_reported_after_the_return_changes_nothing(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _paid(freelancer, monkeypatch, frozen_clock, settings)
    delivered("evt_back", "payout.failed", payout.gateway_payout_id)
    delivered("evt_paid_late", "payout.paid", payout.gateway_payout_id)
    payout.refresh_from_db()
    assert payout.state == PayoutState.RETURNED
    assert _available(freelancer) == WITHDRAWABLE


def test_a_return_that_overtook_the_payment_records_the_payment_and_the_return(
    freelancer, monkeypatch, frozen_clock, settings
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank)
    delivered("evt_back", "payout.returned", payout.gateway_payout_id, failure_code="no_account")
    payout.refresh_from_db()
    assert payout.state == PayoutState.RETURNED
    assert payout.failure_message == "no_account"
    moved = set(Transfer.objects.filter(reference=f"payout:{payout.pk}").values_list("key"))
    assert moved == {
        (f"payout:{payout.pk}",),
        (chart.payout_paid_transfer_id(payout.pk),),
        (chart.payout_returned_transfer_id(payout.pk),),
    }
    assert _available(freelancer) == WITHDRAWABLE
    assert verify_ledger() == []


def test_the_payment_reported_after_a_return_that_overtook_it_changes_nothing(
    freelancer, monkeypatch, frozen_clock, settings
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank)
    delivered("evt_back", "payout.returned", payout.gateway_payout_id)
    delivered("evt_paid", "payout.paid", payout.gateway_payout_id)
    delivered("evt_back_2", "payout.returned", payout.gateway_payout_id)
    payout.refresh_from_db()
    assert payout.state == PayoutState.RETURNED
    assert Transfer.objects.filter(reference=f"payout:{payout.pk}").count() == 3
    assert _available(freelancer) == WITHDRAWABLE


def test_a_return_that_overtook_the_payment_tells_of_the_return_only(
    freelancer, monkeypatch, frozen_clock, settings
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank)
    delivered("evt_back", "payout.returned", payout.gateway_payout_id, failure_code="no_account")
    kinds = list(Notice.objects.filter(recipient=freelancer).values_list("kind", flat=True))
    assert "payout.returned" in kinds
    assert "payout.paid" not in kinds


def test_a_failure_before_the_payment_still_fails_the_payout(
    freelancer, monkeypatch, frozen_clock, settings
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank)
    delivered("evt_failed", "payout.failed", payout.gateway_payout_id)
    payout.refresh_from_db()
    assert payout.state == PayoutState.FAILED
    assert not Transfer.objects.filter(key=chart.payout_returned_transfer_id(payout.pk)).exists()
    assert _available(freelancer) == WITHDRAWABLE


def test_the_freelancer_is_told_in_plain_words_and_emailed(
    freelancer, monkeypatch, frozen_clock, settings, mailoutbox, django_capture_on_commit_callbacks
):
    payout = _paid(freelancer, monkeypatch, frozen_clock, settings)
    with django_capture_on_commit_callbacks(execute=True):
        delivered(
            "evt_back", "payout.failed", payout.gateway_payout_id, failure_code="account_closed"
        )
    notice = Notice.objects.get(recipient=freelancer, kind="payout.returned")
    assert notice.title == "Your bank returned your payout of $475.00"
    assert "account closed" in notice.body
    assert "in your available balance again" in notice.body
    assert "Check the bank account's details" in notice.body
    assert notice.url == "/earnings/"
    assert [m.subject for m in mailoutbox if freelancer.email in m.to][-1].startswith(
        "Your bank returned your payout of $475.00"
    )


def test_the_freelancers_endpoints_get_a_payout_returned_event(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _paid(freelancer, monkeypatch, frozen_clock, settings)
    delivered("evt_back", "payout.failed", payout.gateway_payout_id, failure_code="account_closed")
    event = WebhookEvent.objects.get(owner=freelancer, type="payout.returned")
    assert event.data["payout"] == {
        "id": payout.pk,
        "amount_minor": WITHDRAWABLE,
        "currency": "USD",
        "state": "returned",
        "reason": "account_closed",
    }


def test_the_sandbox_pays_then_returns_a_payout_and_reconciliation_matches(
    freelancer, monkeypatch, frozen_clock, settings
):
    money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank_that_returns_payouts(freelancer))
    settle_gateway(frozen_clock, seconds=settings.SANDBOX_PAYOUT_SECONDS)
    payout.refresh_from_db()
    assert payout.state == PayoutState.PAID
    settle_gateway(frozen_clock, seconds=settings.SANDBOX_PAYOUT_SECONDS)
    payout.refresh_from_db()
    assert payout.state == PayoutState.RETURNED
    assert _available(freelancer) == WITHDRAWABLE
    returned = SandboxBalanceTransaction.objects.get(type="payout_failure")
    assert returned.amount_minor == WITHDRAWABLE
    assert returned.reference == chart.payout_returned_transfer_id(payout.pk)
    days = {txn.created_at.date() for txn in SandboxBalanceTransaction.objects.all()}
    assert [m.describe() for day in days for m in reconcile(day=day).mismatches] == []


# --- Any order and repetition of the processor's reports ----------------------------------

REPORTS = [
    ("evt_paid", "payout.paid"),
    ("evt_paid_2", "payout.paid"),
    ("evt_failed", "payout.failed"),
    ("evt_failed_2", "payout.failed"),
    ("evt_returned", "payout.returned"),
    ("evt_canceled", "payout.canceled"),
]


@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.lists(st.integers(min_value=0, max_value=len(REPORTS) - 1), max_size=8))
def test_no_order_or_repetition_of_payout_reports_loses_or_creates_money(
    monkeypatch, frozen_clock, settings, order
):
    freelancer = FreelancerFactory()
    bank = money_to_withdraw(
        freelancer,
        monkeypatch,
        frozen_clock,
        settings,
        client_email=f"client-of-{freelancer.pk}@example.org",
    )
    payout = withdraw(freelancer, bank, idempotency_key=f"payout-{freelancer.pk}")
    refusals: list[str] = []
    for index in order:
        event_id, kind = REPORTS[index]
        try:
            delivered(f"{event_id}_{payout.pk}", kind, payout.gateway_payout_id)
        except GatewayError as refused:
            refusals.append(refused.code)  # left unprocessed, delivered again later
    assert refusals == []
    payout.refresh_from_db()
    available = _available(freelancer)
    pending = balance(account_id=chart.freelancer_pending_payout(freelancer.pk, "USD").pk).posted
    paid_out = paid_out_of_processor(payout)
    assert available + pending + paid_out == WITHDRAWABLE
    assert pending == (WITHDRAWABLE if payout.state == PayoutState.PENDING else 0)
    assert paid_out == (WITHDRAWABLE if payout.state == PayoutState.PAID else 0)
    assert verify_ledger() == []
