"""Chargebacks after money already left the milestone in pieces (red team, December 2026).

`test_chargebacks.py` covers a chargeback on untouched escrow and after one full release.
These add the shapes a client and a freelancer acting together can choose: the release
split in two (the latest part a single cent), a partial release that leaves a cent in
escrow, and a refund paid back before the bank takes the rest of the payment. Each time
the platform must hold every part the freelancer received; the milestone never counts
more released and refunded than was funded.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.disputes import chargebacks
from directcontracts.disputes.models import ChargebackState
from directcontracts.ledger import chart
from directcontracts.ledger.models import FinanceAlert, Transfer
from directcontracts.ledger.selectors import balance
from directcontracts.notifications.models import Notice
from directcontracts.payments.reconciliation import reconcile
from tests.disputes.factories import (
    GROSS,
    bank_decides,
    charged_back,
    charged_back_after_release,
    funded_with_chargeback_card,
)

pytestmark = pytest.mark.django_db

NET_OF_49_999 = 47_499  # 49,999 less the 5 % service fee (2,500)


def test_a_chargeback_after_a_release_in_two_parts_holds_both_parts_not_only_the_last_cent(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=49_999)
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=1)
    case = charged_back(milestone, frozen_clock)
    net_received = sum(milestone.releases.values_list("net_minor", flat=True))
    assert net_received == 47_500
    assert (case.state, case.at_risk_minor) == (ChargebackState.OPEN, net_received)
    assert case.payout_hold.amount_minor == net_received


def test_a_chargeback_after_a_partial_release_is_contested_and_holds_the_released_part(
    freelancer, monkeypatch, frozen_clock
):
    _, _, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock, released=49_999
    )
    assert case.state == ChargebackState.OPEN
    assert case.released_before
    assert (case.from_escrow_minor, case.loss_minor) == (1, GROSS - 1)
    assert case.at_risk_minor == NET_OF_49_999
    assert case.payout_hold.amount_minor == NET_OF_49_999


def test_a_chargeback_after_a_partial_release_counts_only_the_escrowed_rest_as_refunded(
    freelancer, monkeypatch, frozen_clock
):
    _, _, milestone, _ = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock, released=49_999
    )
    assert milestone.state == MilestoneState.REFUNDED
    assert (milestone.released_amount_minor, milestone.refunded_amount_minor) == (49_999, 1)
    assert milestone.escrow_minor == 0


def test_a_lost_chargeback_after_a_partial_release_recovers_the_released_part(
    freelancer, monkeypatch, frozen_clock
):
    _, _, milestone, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock, released=49_999
    )
    bank_decides(case, frozen_clock, won=False)
    assert case.state == ChargebackState.LOST
    assert case.recovered_minor == NET_OF_49_999


def test_a_won_chargeback_after_a_partial_refund_gives_the_client_back_what_escrow_covered(
    freelancer, monkeypatch, frozen_clock
):
    """Escrow held $100 when the bank took what was not refunded ($117); the bank then
    decides for us and charges the client that again. The $100 is the client's: it goes back
    to them, and the dispute reserve keeps nothing (before, it kept the $100). Partial
    refunds before a chargeback: `test_chargeback_after_partial_refund.py`."""
    reserve = chart.dispute_reserve("USD")
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=40_000)
    before = balance(account_id=reserve.pk).posted
    case = charged_back(milestone, frozen_clock)
    assert case.state == ChargebackState.ACCEPTED  # nothing released: nothing to contest
    bank_decides(case, frozen_clock, won=True)
    assert case.state == ChargebackState.WON
    assert balance(account_id=reserve.pk).posted == before
    paid_back = Transfer.objects.get(key=chart.chargeback_won_return_transfer_id(case.payment_id))
    assert paid_back.amount == 10_000
    notice = Notice.objects.get(recipient=client, title__contains="was refunded to you")
    assert "$100.00" in notice.title
    reconcile(day=frozen_clock.now().date())
    assert not FinanceAlert.objects.exists()


def test_a_won_decision_on_an_accepted_chargeback_returns_escrow_to_the_client_and_reconciles(
    freelancer, monkeypatch, frozen_clock
):
    """Nobody contested it (the money was still in escrow), but the bank decides for us
    anyway and charges the client again: the gross comes back to the reserve, which bore
    the loss, and what escrow covered goes back to the client. Before, the ledger ignored
    the decision while the gateway booked the money (reconciliation flagged it)."""
    reserve = chart.dispute_reserve("USD")
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    before = balance(account_id=reserve.pk).posted
    case = charged_back(milestone, frozen_clock)
    assert case.state == ChargebackState.ACCEPTED
    bank_decides(case, frozen_clock, won=True)
    reconcile(day=frozen_clock.now().date())
    assert list(FinanceAlert.objects.values_list("details", flat=True)) == []
    assert case.state == ChargebackState.WON
    assert balance(account_id=reserve.pk).posted == before
    paid_back = Transfer.objects.get(key=chart.chargeback_won_return_transfer_id(case.payment_id))
    assert paid_back.amount == case.from_escrow_minor == 50_000
    notice = Notice.objects.get(recipient=client, title__contains="was refunded to you")
    assert "$500.00" in notice.title


def test_a_won_decision_on_an_accepted_chargeback_delivered_twice_posts_once(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_with_chargeback_card(freelancer, monkeypatch, frozen_clock)
    case = charged_back(milestone, frozen_clock)
    bank_decides(case, frozen_clock, won=True)
    chargebacks.on_chargeback_won(case.payment)  # the same decision, delivered again
    assert Transfer.objects.filter(key__startswith=f"chargeback-won:{case.payment_id}").count() == 3
    assert (
        Notice.objects.filter(recipient=client, title__contains="was refunded to you").count() == 1
    )
    reconcile(day=frozen_clock.now().date())
    assert not FinanceAlert.objects.exists()
