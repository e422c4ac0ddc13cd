"""Money moves under real concurrent connections on PostgreSQL (issue 11).

Payouts (High 1): the security hold is not a ledger account: what is withdrawable is
computed (`paying.withdrawable`), so the check and the debit must be serialised per
freelancer and currency, or parallel requests each see the same withdrawable amount and
all debit it. Funding again after a failed settlement (Medium) and a partial release
racing the freelancer's refund (High 2) must each move money once.
"""

from __future__ import annotations

from collections import Counter

import pytest

from directcontracts.contracts import escrow, paying
from directcontracts.contracts.models import MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.payments import payouts
from directcontracts.payments.models import Payment, Payout
from tests.contracts.factories import active_contract, card, settle_gateway
from tests.ledger.helpers import run_together

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _fund(milestone, client):
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))


def _withdrawable_47_500_with_114_000_on_hold(freelancer, monkeypatch, frozen_clock, settings):
    """The issue's figures: the first milestone's net is past its hold, the second's is not."""
    contract, client = active_contract(freelancer, monkeypatch)
    first, second = contract.milestones.order_by("position")
    _fund(first, client)
    settle_gateway(frozen_clock)
    escrow.approve_milestone(milestone=first, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    _fund(second, client)
    settle_gateway(frozen_clock, seconds=60)
    escrow.approve_milestone(milestone=second, by=client)
    assert paying.withdrawable(freelancer, "USD") == 47_500
    assert paying.on_hold(freelancer, "USD") == 114_000


def _parallel_payouts(freelancer, requests: list[tuple[str, int]]) -> list:
    """One payout per (key, amount), all at once; returns what each caller saw."""
    bank = payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="Fiona F", currency="USD"
    )
    calls = [
        lambda key=key, amount=amount: paying.withdraw(
            freelancer=freelancer, method=bank, amount_minor=amount, idempotency_key=key
        )
        for key, amount in requests
    ]
    return run_together(calls, workers=len(calls))


def _outcome(result) -> str:
    if isinstance(result, Payout):
        return "paid out"
    if isinstance(result, DomainError):
        return str(result.code)
    return repr(result)


def test_eight_parallel_payouts_of_the_withdrawable_amount_pay_out_once(
    freelancer, monkeypatch, frozen_clock, settings, seeded_defaults
):
    _withdrawable_47_500_with_114_000_on_hold(freelancer, monkeypatch, frozen_clock, settings)
    results = _parallel_payouts(freelancer, [(f"race-{n}", 47_500) for n in range(8)])
    assert Counter(_outcome(o) for o in results) == {"paid out": 1, "amount_too_large": 7}
    assert payouts.available_balance(freelancer, "USD") == 114_000
    assert paying.on_hold(freelancer, "USD") == 114_000
    assert paying.withdrawable(freelancer, "USD") == 0


def test_parallel_small_payouts_never_dip_into_money_on_hold(
    freelancer, monkeypatch, frozen_clock, settings, seeded_defaults
):
    _withdrawable_47_500_with_114_000_on_hold(freelancer, monkeypatch, frozen_clock, settings)
    results = _parallel_payouts(freelancer, [(f"small-{n}", 10_000) for n in range(12)])
    # 47,500 withdrawable pays four payouts of 10,000; the fifth would reach into the hold.
    assert Counter(_outcome(o) for o in results) == {"paid out": 4, "amount_too_large": 8}
    assert payouts.available_balance(freelancer, "USD") == 114_000 + 7_500


def test_the_same_payout_key_sent_in_parallel_pays_out_once(
    freelancer, monkeypatch, frozen_clock, settings, seeded_defaults
):
    _withdrawable_47_500_with_114_000_on_hold(freelancer, monkeypatch, frozen_clock, settings)
    results = _parallel_payouts(freelancer, [("same", 20_000)] * 8)
    assert {_outcome(r) for r in results} == {"paid out"}
    assert len({r.pk for r in results}) == 1
    assert Payout.objects.count() == 1
    assert payouts.available_balance(freelancer, "USD") == 161_500 - 20_000


def test_parallel_fundings_after_a_failed_settlement_charge_and_fund_once(
    freelancer, monkeypatch, frozen_clock, seeded_defaults
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client, "4000000000000341"))
    settle_gateway(frozen_clock)
    methods = [card(client) for _ in range(8)]
    calls = [
        lambda n=n: escrow.fund_milestone(
            milestone=milestone, by=client, method=methods[n], idempotency_key=f"again-{n}"
        )
        for n in range(8)
    ]
    outcomes = Counter(
        "funding" if not isinstance(o, Exception) else str(getattr(o, "code", repr(o)))
        for o in run_together(calls, workers=8)
    )
    # The others find the milestone pending, or its charge still waiting for the processor.
    assert outcomes["funding"] == 1
    assert set(outcomes) <= {"funding", "invalid_transition", "payment_in_progress"}
    assert Payment.objects.filter(state="pending").count() == 1
    settle_gateway(frozen_clock)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == 50_000


def test_a_partial_release_racing_a_full_refund_moves_the_money_once(
    freelancer, monkeypatch, frozen_clock, seeded_defaults
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    _fund(milestone, client)
    settle_gateway(frozen_clock)
    outcomes = run_together(
        [
            lambda: escrow.approve_milestone(milestone=milestone, by=client, amount_minor=30_000),
            lambda: escrow.refund_milestone(milestone=milestone, by=freelancer),
        ],
        workers=2,
    )
    milestone.refresh_from_db()
    escrowed = balance(account_id=chart.escrow(contract.pk, "USD").pk).posted
    released, refunded = milestone.released_amount_minor, milestone.refunded_amount_minor
    assert escrowed + released + refunded == 50_000
    assert escrowed == milestone.escrow_minor
    if isinstance(outcomes[0], Exception):  # the refund went first: nothing left to release
        assert (milestone.state, released, refunded) == (MilestoneState.REFUNDED, 0, 50_000)
    else:  # the release went first; the freelancer refunded the rest
        assert (milestone.state, released, refunded) == (MilestoneState.RELEASED, 30_000, 20_000)
