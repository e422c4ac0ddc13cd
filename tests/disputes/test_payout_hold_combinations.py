"""Payout holds together: the security hold on fresh releases, a chargeback's hold on the
amount at risk, and the bank's decision (red team, December 2026).

What a freelancer may withdraw is the balance less what must stay in it. Money held twice
(the same release in its security hold and held for its chargeback) is kept once; money at
risk is never withdrawable, whichever way the holds combine.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow, paying
from directcontracts.core.errors import DomainError
from directcontracts.disputes import chargebacks
from directcontracts.disputes.models import ChargebackCase, ChargebackState
from directcontracts.payments.models import Payment
from tests.contracts.factories import funded_milestone
from tests.disputes.factories import (
    GROSS,
    NET,
    bank_account,
    bank_decides,
    charged_back_after_payout,
    charged_back_after_release,
    freelancer_available,
)

pytestmark = pytest.mark.django_db


def _clean_money_past_its_hold(freelancer, monkeypatch, frozen_clock, settings):
    """$475.00 released on another contract and past its security hold."""
    contract, client, milestone = funded_milestone(
        freelancer,
        monkeypatch,
        frozen_clock,
        client_email="omar.other@example.net",
        client_name="Omar Otherclient",
    )
    escrow.approve_milestone(milestone=milestone, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)


def _charged_back_inside_its_security_hold(freelancer, monkeypatch, frozen_clock):
    return charged_back_after_release(freelancer, monkeypatch, frozen_clock)[3]


def test_a_release_in_its_security_hold_and_held_for_its_chargeback_is_kept_once(
    freelancer, monkeypatch, frozen_clock, settings
):
    _clean_money_past_its_hold(freelancer, monkeypatch, frozen_clock, settings)
    case = _charged_back_inside_its_security_hold(freelancer, monkeypatch, frozen_clock)
    assert case.at_risk_minor == NET
    assert freelancer_available(freelancer) == 2 * NET
    # The charged-back release is the money both holds keep: the other contract's is free.
    assert paying.withdrawable(freelancer, "USD") == NET


def test_the_earnings_page_agrees_with_withdraw_when_both_holds_keep_one_release(
    freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.contracts.earnings import summary

    _clean_money_past_its_hold(freelancer, monkeypatch, frozen_clock, settings)
    _charged_back_inside_its_security_hold(freelancer, monkeypatch, frozen_clock)
    (row,) = summary(freelancer)
    assert row["withdrawable_minor"] == paying.withdrawable(freelancer, "USD") == NET


def test_withdrawing_beside_a_held_chargeback_leaves_the_whole_amount_at_risk_to_recover(
    freelancer, monkeypatch, frozen_clock, settings
):
    _clean_money_past_its_hold(freelancer, monkeypatch, frozen_clock, settings)
    case = _charged_back_inside_its_security_hold(freelancer, monkeypatch, frozen_clock)
    paying.withdraw(
        freelancer=freelancer,
        method=bank_account(freelancer),
        amount_minor=paying.withdrawable(freelancer, "USD"),
        idempotency_key="k",
    )
    bank_decides(case, frozen_clock, won=False)
    assert case.recovered_minor == case.at_risk_minor == NET
    assert freelancer_available(freelancer) == 0


def test_the_held_amount_stays_held_after_its_security_hold_ends(
    freelancer, monkeypatch, frozen_clock, settings
):
    _clean_money_past_its_hold(freelancer, monkeypatch, frozen_clock, settings)
    _charged_back_inside_its_security_hold(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS + 1)
    assert paying.withdrawable(freelancer, "USD") == NET
    with pytest.raises(DomainError) as refused:
        paying.withdraw(
            freelancer=freelancer,
            method=bank_account(freelancer),
            amount_minor=NET + 1,
            idempotency_key="k",
        )
    assert refused.value.code == "payouts_on_hold"


def test_a_chargeback_lost_inside_the_security_hold_does_not_keep_the_recovered_money_twice(
    freelancer, monkeypatch, frozen_clock, settings
):
    _clean_money_past_its_hold(freelancer, monkeypatch, frozen_clock, settings)
    case = _charged_back_inside_its_security_hold(freelancer, monkeypatch, frozen_clock)
    bank_decides(case, frozen_clock, won=False)
    assert case.recovered_minor == NET
    assert freelancer_available(freelancer) == NET
    # The recovered release left the balance: its security hold keeps nothing any more.
    assert paying.withdrawable(freelancer, "USD") == NET


def test_a_chargeback_lost_after_a_payout_takes_only_what_is_left_and_holds_nothing_after(
    freelancer, monkeypatch, frozen_clock, settings
):
    case = charged_back_after_payout(freelancer, monkeypatch, frozen_clock, settings)
    assert paying.withdrawable(freelancer, "USD") == 0
    bank_decides(case, frozen_clock, won=False)
    assert case.recovered_minor == 0
    assert freelancer_available(freelancer) == 0
    # Money earned later is the freelancer's: the lost case holds nothing of it.
    _clean_money_past_its_hold(freelancer, monkeypatch, frozen_clock, settings)
    assert paying.withdrawable(freelancer, "USD") == NET


def test_money_earned_while_a_chargeback_is_open_covers_its_hold_first(
    freelancer, monkeypatch, frozen_clock, settings
):
    case = charged_back_after_payout(freelancer, monkeypatch, frozen_clock, settings)
    _clean_money_past_its_hold(freelancer, monkeypatch, frozen_clock, settings)
    assert paying.withdrawable(freelancer, "USD") == 0
    bank_decides(case, frozen_clock, won=False)
    assert case.recovered_minor == NET


def _second_payment_charged_back(case: ChargebackCase) -> ChargebackCase:
    """Another settled payment for the same milestone, taken back by the bank too."""
    first = case.payment
    second = Payment.objects.create(
        payer=first.payer,
        method=first.method,
        amount_minor=first.amount_minor,
        fee_minor=first.fee_minor,
        currency=first.currency,
        reference=first.reference,
        idempotency_key=f"{first.idempotency_key}:again",
        state=first.state,
        gateway_charge_id=f"{first.gateway_charge_id}-again",
    )
    chargebacks.on_payment_charged_back(second)
    return ChargebackCase.objects.get(payment=second)


def test_two_chargebacks_on_one_milestone_hold_no_more_than_was_released_from_it(
    freelancer, monkeypatch, frozen_clock, settings
):
    _clean_money_past_its_hold(freelancer, monkeypatch, frozen_clock, settings)
    first = _charged_back_inside_its_security_hold(freelancer, monkeypatch, frozen_clock)
    second = _second_payment_charged_back(first)
    assert second.state == ChargebackState.OPEN
    assert first.at_risk_minor + second.at_risk_minor == NET
    assert first.amount_minor == GROSS
