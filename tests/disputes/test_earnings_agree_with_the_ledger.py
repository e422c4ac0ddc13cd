"""The earnings page's rows and totals agree with the ledger after chargebacks, payouts and
bank returns in any order: what the rows say was paid out, is on its way and is left (the
balance) make what was released less what lost chargebacks took back, and so do the
summary's figures (and the API's).

Before 7 December 2026 payouts were set against releases as if nothing had been taken back:
after a lost chargeback a release read both paid out and taken back while another read "now"
for money the balance no longer had (`earnings.releases_of`)."""

from __future__ import annotations

import re

import pytest
from django.db.models import Sum
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directcontracts.contracts import earnings, escrow, paying
from directcontracts.contracts.models import Release
from directcontracts.ledger import chart
from directcontracts.ledger.models import Transfer
from directcontracts.ledger.selectors import balance
from directcontracts.payments.models import Payment
from tests.accounts.factories import FreelancerFactory
from tests.contracts.factories import active_contract, new_funded_milestone
from tests.contracts.helpers import money_api_caller
from tests.disputes.factories import NET, bank_account, deliver
from tests.payments.factories import delivered

pytestmark = pytest.mark.django_db


class History:
    """One freelancer's contract with one client: releases, payouts and chargebacks told as
    the processor tells them (signed webhooks)."""

    def __init__(self, freelancer, monkeypatch, frozen_clock, settings) -> None:
        settings.NEW_ACCOUNT_HOLD_DAYS = 0
        self.freelancer, self.clock, self.settings = freelancer, frozen_clock, settings
        self.contract, self.client = active_contract(
            freelancer, monkeypatch, client_email=f"client-of-{freelancer.pk}@example.org"
        )
        self.bank = bank_account(freelancer)
        self.released: list = []
        self.events = 0

    def _event(self) -> str:
        self.events += 1
        return f"evt_{self.freelancer.pk}_{self.events}"

    def release(self):
        milestone = new_funded_milestone(self.contract, self.client, self.clock)
        escrow.approve_milestone(milestone=milestone, by=self.client)
        self.released.append(milestone)
        return milestone

    def past_security_hold(self) -> None:
        self.clock.advance(days=self.settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)

    def withdraw(self, amount: int | None = None):
        """A payout of `amount` (all that can be withdrawn), or None when below the minimum."""
        can = paying.withdrawable(self.freelancer, "USD")
        amount = min(can, amount or can)
        if amount < self.settings.MINIMUM_PAYOUT_MINOR:
            return None
        return paying.withdraw(
            freelancer=self.freelancer,
            method=self.bank,
            amount_minor=amount,
            idempotency_key=self._event(),
        )

    def report(self, payout, kind: str, **data) -> None:
        delivered(self._event(), kind, payout.gateway_payout_id, **data)

    def charge_back(self, milestone) -> Payment:
        payment = Payment.objects.get(reference=f"milestone:{milestone.pk}")
        deliver(self._event(), "charge.disputed", payment, disputed_minor=payment.total_minor)
        return payment

    def decide(self, payment, *, won: bool) -> None:
        deliver(self._event(), "charge.dispute_won" if won else "charge.dispute_lost", payment)


def ledger_of(freelancer) -> dict[str, int]:
    """The ledger's own figures: the two balances, what left processor clearing for good
    (payouts paid, less returned) and what lost chargebacks took from the balance."""
    ids = list(freelancer.payouts.values_list("pk", flat=True))

    def moved(keys: list[str]) -> int:
        return int(Transfer.objects.filter(key__in=keys).aggregate(t=Sum("amount"))["t"] or 0)

    available = chart.freelancer_available(freelancer.pk, "USD")
    return {
        "available": balance(account_id=available.pk).posted,
        "pending": balance(
            account_id=chart.freelancer_pending_payout(freelancer.pk, "USD").pk
        ).posted,
        "paid_out": moved([chart.payout_paid_transfer_id(pk) for pk in ids])
        - moved([chart.payout_returned_transfer_id(pk) for pk in ids]),
        "taken_back": int(
            Transfer.objects.filter(
                code="chargeback_recovery", debit_account_id=available.pk
            ).aggregate(t=Sum("amount"))["t"]
            or 0
        ),
        "earned": int(
            Release.objects.filter(freelancer=freelancer).aggregate(t=Sum("net_minor"))["t"] or 0
        ),
    }


def rows_of(freelancer) -> dict[str, int]:
    rows = earnings.releases_of(freelancer)
    return {
        "available": sum(int(r["unpaid_minor"]) for r in rows),
        "pending": sum(int(r["on_its_way_minor"]) for r in rows),
        "paid_out": sum(int(r["paid_minor"]) for r in rows),
        "taken_back": sum(int(r["taken_minor"]) for r in rows),
        "earned": sum(int(r["net_minor"]) for r in rows),
    }


def summary_of(freelancer) -> dict[str, int]:
    [row] = earnings.summary(freelancer)
    return {
        "available": row["balance_minor"],
        "pending": row["pending_payout_minor"],
        "paid_out": row["paid_out_minor"],
        "taken_back": row["taken_back_minor"],
        "earned": row["earned_minor"],
    }


def assert_agrees(freelancer) -> None:
    ledger = ledger_of(freelancer)
    assert ledger["available"] + ledger["pending"] + ledger["paid_out"] == (
        ledger["earned"] - ledger["taken_back"]
    )
    assert rows_of(freelancer) == ledger
    assert summary_of(freelancer) == ledger


def _cells(client, freelancer) -> list[str]:
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    return re.findall(r'<td data-label="Withdrawable">(.*?)</td>', page, re.S)


@pytest.fixture
def history(freelancer, monkeypatch, frozen_clock, settings) -> History:
    return History(freelancer, monkeypatch, frozen_clock, settings)


def test_a_payout_then_a_lost_chargeback_on_the_older_release_leaves_no_row_withdrawable(
    client, freelancer, history
):
    charged, _ = history.release(), history.release()
    history.past_security_hold()
    history.report(history.withdraw(NET), "payout.paid")
    history.decide(history.charge_back(charged), won=False)
    newer, older = _cells(client, freelancer)
    assert older.startswith('<strong data-testid="taken-back">Taken back after a chargeback')
    assert "Paid out" not in older
    assert newer.startswith('<a href="#payout-')
    assert "Paid out" in newer
    assert "now" not in newer
    assert_agrees(freelancer)


def test_a_chargeback_lost_before_any_payout_leaves_the_other_release_to_withdraw(
    client, freelancer, history
):
    first = history.release()
    history.release()
    history.past_security_hold()
    history.decide(history.charge_back(first), won=False)
    payout = history.withdraw()
    assert payout is not None
    assert payout.amount_minor == NET
    newer, older = _cells(client, freelancer)
    assert older.startswith('<strong data-testid="taken-back">Taken back after a chargeback')
    assert "In <a href=" in newer
    assert "a payout on its way" in newer
    assert_agrees(freelancer)


def test_a_chargeback_taking_back_part_of_a_paid_out_release_agrees_with_the_ledger(
    client, freelancer, history
):
    charged = history.release()
    history.past_security_hold()
    history.report(history.withdraw(30_000), "payout.paid")
    history.decide(history.charge_back(charged), won=False)  # takes the $175.00 left
    [cell] = _cells(client, freelancer)
    assert "$175.00 of it taken back after a chargeback" in cell
    assert "the rest paid out" in cell
    assert "now" not in cell
    assert_agrees(freelancer)


def test_a_payout_returned_by_the_bank_after_a_lost_chargeback_agrees_with_the_ledger(
    client, freelancer, history
):
    charged = history.release()
    history.release()
    history.past_security_hold()
    payout = history.withdraw(NET)
    history.report(payout, "payout.paid")
    history.decide(history.charge_back(charged), won=False)
    history.report(payout, "payout.failed", failure_code="account_closed")  # returned
    newer, older = _cells(client, freelancer)
    assert older.startswith('<strong data-testid="taken-back">Taken back after a chargeback')
    assert newer == "now"
    assert_agrees(freelancer)


def test_the_summary_and_the_api_add_up_after_a_lost_chargeback(client, freelancer, history):
    charged, _ = history.release(), history.release()
    history.past_security_hold()
    history.report(history.withdraw(NET), "payout.paid")
    history.decide(history.charge_back(charged), won=False)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert 'data-testid="taken-back-USD">$475.00' in page
    assert 'data-testid="paid-out-USD">$475.00' in page
    assert 'data-testid="available-USD">$0.00' in page
    [api] = money_api_caller(client)(freelancer, "get", "/earnings").json()
    assert api["available_minor"] + api["pending_payouts_minor"] + api["paid_out_minor"] == (
        api["released_total_minor"] - api["taken_back_minor"]
    )
    assert (api["paid_out_minor"], api["taken_back_minor"]) == (NET, NET)


# --- Any sequence -----------------------------------------------------------------------------

STEPS = st.lists(
    st.one_of(
        st.just(("release",)),
        st.just(("wait",)),
        st.tuples(
            st.just("payout"),
            st.sampled_from([10_000, 30_000, None]),
            st.sampled_from(["pending", "paid", "failed", "returned"]),
        ),
        st.tuples(
            st.just("chargeback"),
            st.integers(min_value=0, max_value=5),
            st.sampled_from(["open", "lost", "won"]),
        ),
    ),
    min_size=1,
    max_size=7,
)


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=STEPS)
def test_for_any_history_the_pages_figures_sum_to_the_ledgers_balances(
    monkeypatch, frozen_clock, settings, steps
):
    freelancer = FreelancerFactory()
    history = History(freelancer, monkeypatch, frozen_clock, settings)
    history.release()
    charged: set[int] = set()
    for step in steps:
        if step[0] == "release":
            history.release()
        elif step[0] == "wait":
            history.past_security_hold()
        elif step[0] == "payout":
            payout = history.withdraw(step[1])
            if payout is not None and step[2] in ("paid", "returned"):
                history.report(payout, "payout.paid")
            if payout is not None and step[2] in ("failed", "returned"):
                history.report(payout, "payout.failed", failure_code="account_closed")
        else:
            milestone = history.released[step[1] % len(history.released)]
            if milestone.pk in charged:
                continue
            charged.add(milestone.pk)
            payment = history.charge_back(milestone)
            if step[2] != "open":
                history.decide(payment, won=step[2] == "won")
        assert_agrees(freelancer)
