"""`payout.failed` (the bank sent the payout back) delivered before `payout.paid`.

A processor never pays a failed payout: a failure is final and `payout.failed` can only
follow `payout.paid` (Stripe's payout lifecycle; the sandbox reports a bank return that
way). So a `payout.paid` arriving after the failure is the earlier event delivered late:
the payout was paid, then returned. Before the second December 2026 review the late report
changed nothing: the payout read "failed, returned before it was paid in" and the ledger
missed the processor's two lines (`payout:<id>:paid` and `payout:<id>:returned`, which its
balance transactions name), so the day's reconciliation could not match them. Now both
orders end `returned`, with the same balances and the same processor-clearing lines."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from directcontracts.ledger import chart
from directcontracts.ledger.alerts import resolve_alert
from directcontracts.ledger.models import Account, FinanceAlert, FinanceAlertKind, Transfer
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.notifications.models import Notice
from directcontracts.payments import payouts
from directcontracts.payments.models import Payout, PayoutState
from directcontracts.trust.models import AuditEntry
from tests.accounts.factories import FreelancerFactory
from tests.payments.factories import (
    WITHDRAWABLE,
    delivered,
    money_to_withdraw,
    paid_out_of_processor,
    withdraw,
)

pytestmark = pytest.mark.django_db


def _withdrawn(freelancer, monkeypatch, frozen_clock, settings) -> Payout:
    bank = money_to_withdraw(
        freelancer,
        monkeypatch,
        frozen_clock,
        settings,
        client_email=f"client-of-{freelancer.pk}@example.org",
    )
    return withdraw(freelancer, bank, idempotency_key=f"payout-{freelancer.pk}")


def _report(payout: Payout, kinds: list[str]) -> Payout:
    for n, kind in enumerate(kinds):
        event_id = f"evt_{payout.pk}_{kind}_{n}"
        delivered(event_id, kind, payout.gateway_payout_id, failure_code="closed")
    payout.refresh_from_db()
    return payout


def _books(payout: Payout) -> dict[str, int]:
    """The freelancer's balances and this payout's processor-clearing lines, by transfer."""
    clearing = {
        key: amount
        for key, amount in Transfer.objects.filter(
            key__in=[
                chart.payout_paid_transfer_id(payout.pk),
                chart.payout_returned_transfer_id(payout.pk),
            ]
        ).values_list("key", "amount")
    }
    return {
        "available": payouts.available_balance(payout.freelancer, "USD"),
        "pending": balance(
            account_id=chart.freelancer_pending_payout(payout.freelancer_id, "USD").pk
        ).posted,
        "paid_line": clearing.get(chart.payout_paid_transfer_id(payout.pk), 0),
        "returned_line": clearing.get(chart.payout_returned_transfer_id(payout.pk), 0),
    }


def test_a_payment_reported_after_the_banks_failure_makes_the_payout_returned(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _withdrawn(freelancer, monkeypatch, frozen_clock, settings)
    payout = _report(payout, ["payout.failed", "payout.paid"])
    assert payout.state == PayoutState.RETURNED
    assert payout.failure_message == "closed"
    assert payout.returned_at is not None


def test_both_orders_end_with_the_same_balances_and_processor_lines(
    monkeypatch, frozen_clock, settings
):
    first = _report(
        _withdrawn(FreelancerFactory(), monkeypatch, frozen_clock, settings),
        ["payout.paid", "payout.failed"],
    )
    second = _report(
        _withdrawn(FreelancerFactory(), monkeypatch, frozen_clock, settings),
        ["payout.failed", "payout.paid"],
    )
    assert first.state == second.state == PayoutState.RETURNED
    assert (
        _books(first)
        == _books(second)
        == {
            "available": WITHDRAWABLE,
            "pending": 0,
            "paid_line": WITHDRAWABLE,
            "returned_line": WITHDRAWABLE,
        }
    )
    assert verify_ledger() == []


def test_the_late_payment_nets_to_nothing_on_every_account(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _report(_withdrawn(freelancer, monkeypatch, frozen_clock, settings), ["payout.failed"])
    before = _books(payout)
    _report(payout, ["payout.failed", "payout.paid"])
    late = Transfer.objects.filter(
        key__in=[
            chart.payout_paid_transfer_id(payout.pk),
            chart.payout_returned_transfer_id(payout.pk),
            f"payout:{payout.pk}:failed:reversed",
        ]
    )
    assert late.count() == 3
    # Per account, all shards of an account (processor clearing is sharded) taken together.
    whose = {a.pk: (a.code, a.owner_type, a.owner_id, a.currency) for a in Account.objects.all()}
    net: dict[tuple[object, ...], int] = {}
    for debit, credit, amount in late.values_list(
        "debit_account_id", "credit_account_id", "amount"
    ):
        net[whose[debit]] = net.get(whose[debit], 0) - amount
        net[whose[credit]] = net.get(whose[credit], 0) + amount
    assert set(net.values()) == {0}
    after = _books(payout)
    assert (after["available"], after["pending"]) == (before["available"], before["pending"])


def test_the_freelancer_is_told_of_the_return_once(freelancer, monkeypatch, frozen_clock, settings):
    payout = _withdrawn(freelancer, monkeypatch, frozen_clock, settings)
    _report(payout, ["payout.failed", "payout.paid"])
    kinds = list(Notice.objects.filter(recipient=freelancer).values_list("kind", flat=True))
    assert kinds.count("payout.failed") == 1
    assert "payout.paid" not in kinds


def test_the_late_payment_is_booked_after_the_returned_money_was_withdrawn_again(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _report(_withdrawn(freelancer, monkeypatch, frozen_clock, settings), ["payout.failed"])
    again = withdraw(freelancer, payout.method, idempotency_key="payout-again")
    _report(payout, ["payout.paid"])
    assert payout.state == PayoutState.RETURNED
    assert payouts.available_balance(freelancer, "USD") == 0
    assert (
        balance(account_id=chart.freelancer_pending_payout(freelancer.pk, "USD").pk).posted
        == again.amount_minor
    )
    assert verify_ledger() == []


def test_a_cancelled_payout_reported_paid_later_ends_returned_with_both_processor_lines(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _report(
        _withdrawn(freelancer, monkeypatch, frozen_clock, settings),
        ["payout.canceled", "payout.paid"],
    )
    assert payout.state == PayoutState.RETURNED
    assert payout.returned_at == payout.finished_at
    assert _books(payout) == {
        "available": WITHDRAWABLE,
        "pending": 0,
        "paid_line": WITHDRAWABLE,
        "returned_line": WITHDRAWABLE,
    }
    assert verify_ledger() == []


def test_the_freelancer_is_not_told_again_when_a_cancelled_payout_is_reported_paid(
    freelancer, monkeypatch, frozen_clock, settings
):
    _report(
        _withdrawn(freelancer, monkeypatch, frozen_clock, settings),
        ["payout.canceled", "payout.paid"],
    )
    kinds = list(Notice.objects.filter(recipient=freelancer).values_list("kind", flat=True))
    assert kinds.count("payout.failed") == 1
    assert "payout.paid" not in kinds
    assert "payout.returned" not in kinds


def test_a_refused_payout_reported_paid_later_stays_failed(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _withdrawn(freelancer, monkeypatch, frozen_clock, settings)
    payouts.finish_payout(payout=payout, paid=False, message="refused")
    payout = _report(payout, ["payout.paid"])
    assert payout.state == PayoutState.FAILED
    assert not Transfer.objects.filter(key=chart.payout_paid_transfer_id(payout.pk)).exists()
    assert payouts.available_balance(freelancer, "USD") == WITHDRAWABLE


# Each report, and the same report delivered again (its own id, or its first id replayed).
REPORTS = [
    ("paid", "payout.paid"),
    ("paid", "payout.paid"),
    ("paid_2", "payout.paid"),
    ("failed", "payout.failed"),
    ("failed", "payout.failed"),
    ("failed_2", "payout.failed"),
]


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.lists(st.sampled_from(range(len(REPORTS))), min_size=1, max_size=6))
def test_any_order_and_replay_of_paid_and_failed_ends_in_one_truth(
    monkeypatch, frozen_clock, settings, order
):
    payout = _withdrawn(FreelancerFactory(), monkeypatch, frozen_clock, settings)
    for index in order:
        event_id, kind = REPORTS[index]
        delivered(f"evt_{event_id}_{payout.pk}", kind, payout.gateway_payout_id)
    payout.refresh_from_db()
    kinds = {REPORTS[index][1] for index in order}
    books = _books(payout)
    if kinds == {"payout.paid", "payout.failed"}:
        assert payout.state == PayoutState.RETURNED
        assert books == {
            "available": WITHDRAWABLE,
            "pending": 0,
            "paid_line": WITHDRAWABLE,
            "returned_line": WITHDRAWABLE,
        }
    elif kinds == {"payout.paid"}:
        assert payout.state == PayoutState.PAID
        assert (books["available"], books["pending"]) == (0, 0)
    else:
        assert payout.state == PayoutState.FAILED
        assert (books["available"], books["pending"]) == (WITHDRAWABLE, 0)
    assert paid_out_of_processor(payout) == (
        WITHDRAWABLE if payout.state == PayoutState.PAID else 0
    )
    assert verify_ledger() == []


# Paid, failed and canceled reports, each delivered twice under its own id or replayed.
ENDS = [
    ("paid", "payout.paid"),
    ("paid_2", "payout.paid"),
    ("failed", "payout.failed"),
    ("canceled", "payout.canceled"),
    ("canceled", "payout.canceled"),
    ("canceled_2", "payout.canceled"),
]


def _expected_state(kinds_in_order: list[str]) -> str:
    """A cancellation or failure first is final until a payment report says the money left
    (then it came back: returned); a payment first stands until the bank's failure (a
    cancellation cannot follow a payment, so it changes nothing)."""
    first, seen = kinds_in_order[0], set(kinds_in_order)
    if first == "payout.paid":
        return PayoutState.RETURNED if "payout.failed" in seen else PayoutState.PAID
    return PayoutState.RETURNED if "payout.paid" in seen else PayoutState.FAILED


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.lists(st.sampled_from(range(len(ENDS))), min_size=1, max_size=6))
# The orders that matter, whatever Hypothesis draws: cancelled then paid (replayed, and with
# the bank's failure between), and paid then cancelled.
@example(order=[3, 0])
@example(order=[3, 4, 0, 1])
@example(order=[5, 2, 0])
@example(order=[0, 3])
def test_any_order_and_replay_of_paid_failed_and_canceled_balances_the_books(
    monkeypatch, frozen_clock, settings, order
):
    payout = _withdrawn(FreelancerFactory(), monkeypatch, frozen_clock, settings)
    for index in order:
        event_id, kind = ENDS[index]
        delivered(f"evt_{event_id}_{payout.pk}", kind, payout.gateway_payout_id)
    payout.refresh_from_db()
    expected = _expected_state([ENDS[index][1] for index in order])
    assert payout.state == expected
    books = _books(payout)
    assert (
        books
        == {
            PayoutState.PAID: {
                "available": 0,
                "pending": 0,
                "paid_line": WITHDRAWABLE,
                "returned_line": 0,
            },
            PayoutState.RETURNED: {
                "available": WITHDRAWABLE,
                "pending": 0,
                "paid_line": WITHDRAWABLE,
                "returned_line": WITHDRAWABLE,
            },
            PayoutState.FAILED: {
                "available": WITHDRAWABLE,
                "pending": 0,
                "paid_line": 0,
                "returned_line": 0,
            },
        }[expected]
    )
    assert verify_ledger() == []


def test_a_cancelled_payout_reported_paid_later_raises_a_finance_alert_naming_it(
    freelancer, monkeypatch, frozen_clock, settings
):
    payout = _report(
        _withdrawn(freelancer, monkeypatch, frozen_clock, settings),
        ["payout.canceled", "payout.paid", "payout.paid"],
    )
    alert = FinanceAlert.objects.get(kind=FinanceAlertKind.PAYOUT_PAID_AFTER_CANCEL)
    assert [item["payout"] for item in alert.details] == [payout.pk]
    assert "canceled, then paid" in alert.details[0]["why"]
    assert not alert.resolved


def test_finance_resolve_the_paid_after_cancel_alert_with_an_audited_note(
    freelancer, monkeypatch, frozen_clock, settings, finance_staff
):
    _report(
        _withdrawn(freelancer, monkeypatch, frozen_clock, settings),
        ["payout.canceled", "payout.paid"],
    )
    alert = FinanceAlert.objects.get(kind=FinanceAlertKind.PAYOUT_PAID_AFTER_CANCEL)

    resolve_alert(alert=alert, by=finance_staff, note="Processor confirms it never left.")

    assert AuditEntry.objects.filter(action="finance_alert_resolved", data__id=alert.pk).exists()


def test_a_payment_reported_after_the_banks_failure_raises_no_paid_after_cancel_alert(
    freelancer, monkeypatch, frozen_clock, settings
):
    _report(
        _withdrawn(freelancer, monkeypatch, frozen_clock, settings),
        ["payout.failed", "payout.paid"],
    )
    assert not FinanceAlert.objects.filter(kind=FinanceAlertKind.PAYOUT_PAID_AFTER_CANCEL).exists()
