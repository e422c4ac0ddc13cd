"""Payouts under real concurrent connections on PostgreSQL (issue 11, High 1).

The security hold is not a ledger account: what is withdrawable is computed
(`paying.withdrawable`), so the check and the debit must be serialised per freelancer and
currency, or parallel requests each see the same withdrawable amount and all debit it.
"""

from __future__ import annotations

from collections import Counter

import pytest

from directcontracts.contracts import escrow, paying
from directcontracts.core.errors import DomainError
from directcontracts.payments import payouts
from directcontracts.payments.models import Payout
from tests.contracts.factories import active_contract, card, settle_gateway
from tests.ledger.helpers import run_together

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _release(milestone, client):
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))


def _withdrawable_47_500_with_114_000_on_hold(freelancer, monkeypatch, frozen_clock, settings):
    """The issue's figures: the first milestone's net is past its hold, the second's is not."""
    contract, client = active_contract(freelancer, monkeypatch)
    first, second = contract.milestones.order_by("position")
    _release(first, client)
    settle_gateway(frozen_clock)
    escrow.approve_milestone(milestone=first, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    _release(second, client)
    settle_gateway(frozen_clock, seconds=60)
    escrow.approve_milestone(milestone=second, by=client)
    assert paying.withdrawable(freelancer, "USD") == 47_500
    assert paying.on_hold(freelancer, "USD") == 114_000


def _outcome(result) -> str:
    if isinstance(result, Payout):
        return "paid out"
    if isinstance(result, DomainError):
        return str(result.code)
    return repr(result)


def test_eight_parallel_payouts_of_the_withdrawable_amount_pay_out_once(
    freelancer, monkeypatch, frozen_clock, settings, seeded_defaults
):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    _withdrawable_47_500_with_114_000_on_hold(freelancer, monkeypatch, frozen_clock, settings)
    bank = payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="Fiona F", currency="USD"
    )
    calls = [
        lambda n=n: paying.withdraw(
            freelancer=freelancer, method=bank, amount_minor=47_500, idempotency_key=f"race-{n}"
        )
        for n in range(8)
    ]
    outcomes = Counter(_outcome(o) for o in run_together(calls, workers=8))
    assert outcomes == {"paid out": 1, "amount_too_large": 7}
    assert payouts.available_balance(freelancer, "USD") == 114_000
    assert paying.on_hold(freelancer, "USD") == 114_000
    assert paying.withdrawable(freelancer, "USD") == 0


def test_parallel_small_payouts_never_dip_into_money_on_hold(
    freelancer, monkeypatch, frozen_clock, settings, seeded_defaults
):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    _withdrawable_47_500_with_114_000_on_hold(freelancer, monkeypatch, frozen_clock, settings)
    bank = payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="Fiona F", currency="USD"
    )
    calls = [
        lambda n=n: paying.withdraw(
            freelancer=freelancer, method=bank, amount_minor=10_000, idempotency_key=f"small-{n}"
        )
        for n in range(12)
    ]
    outcomes = Counter(_outcome(o) for o in run_together(calls, workers=12))
    # 47,500 withdrawable pays four payouts of 10,000; the fifth would reach into the hold.
    assert outcomes == {"paid out": 4, "amount_too_large": 8}
    assert payouts.available_balance(freelancer, "USD") == 114_000 + 7_500


def test_the_same_payout_key_sent_in_parallel_pays_out_once(
    freelancer, monkeypatch, frozen_clock, settings, seeded_defaults
):
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    _withdrawable_47_500_with_114_000_on_hold(freelancer, monkeypatch, frozen_clock, settings)
    bank = payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="Fiona F", currency="USD"
    )
    calls = [
        lambda: paying.withdraw(
            freelancer=freelancer, method=bank, amount_minor=20_000, idempotency_key="same"
        )
        for _ in range(8)
    ]
    results = run_together(calls, workers=8)
    assert {_outcome(r) for r in results} == {"paid out"}
    assert len({r.pk for r in results}) == 1
    assert Payout.objects.count() == 1
    assert payouts.available_balance(freelancer, "USD") == 161_500 - 20_000
