from __future__ import annotations

import pytest

from directcontracts.ledger import chart, selectors
from directcontracts.ledger.errors import LedgerError, ResultCode
from directcontracts.ledger.services import close_account

pytestmark = pytest.mark.django_db

CONTRACT, MILESTONE, FREELANCER, CLIENT, PAYMENT = 7, 70, 3, 4, 700


def bal(account) -> int:
    return selectors.balance(account_id=account.pk).posted


@pytest.fixture
def funded():
    chart.apply(
        chart.fund_milestone(
            milestone_id=MILESTONE,
            payment_id=PAYMENT,
            contract_id=CONTRACT,
            amount=1000,
            currency="USD",
        )
    )
    chart.apply(chart.settle_funding(milestone_id=MILESTONE, payment_id=PAYMENT))
    return chart.escrow(CONTRACT, "USD")


def test_funding_is_pending_until_settled():
    chart.apply(
        chart.fund_milestone(
            milestone_id=MILESTONE,
            payment_id=PAYMENT,
            contract_id=CONTRACT,
            amount=1000,
            currency="USD",
        )
    )
    escrow = chart.escrow(CONTRACT, "USD")
    assert bal(escrow) == 0
    assert selectors.balance(account_id=escrow.pk).pending == 1000


def test_settled_funding_sits_in_escrow_and_clearing(funded):
    assert bal(funded) == 1000
    assert bal(chart.processor_clearing("USD")) == 1000


def test_failed_funding_releases_the_reservation():
    chart.apply(
        chart.fund_milestone(
            milestone_id=MILESTONE,
            payment_id=PAYMENT,
            contract_id=CONTRACT,
            amount=1000,
            currency="USD",
        )
    )
    chart.apply(chart.fail_funding(milestone_id=MILESTONE, payment_id=PAYMENT))
    assert selectors.balance(account_id=chart.escrow(CONTRACT, "USD").pk).pending == 0


def test_release_pays_freelancer_net_and_platform_fee(funded):
    chart.apply(
        chart.release(
            milestone_id=MILESTONE,
            contract_id=CONTRACT,
            freelancer_id=FREELANCER,
            amount=1000,
            fee=100,
            currency="USD",
        )
    )
    assert bal(chart.freelancer_available(FREELANCER, "USD")) == 900
    assert bal(chart.platform_fees("USD")) == 100
    assert bal(funded) == 0


def test_partial_releases_add_up(funded):
    for n in (1, 2):
        chart.apply(
            chart.release(
                milestone_id=MILESTONE,
                contract_id=CONTRACT,
                freelancer_id=FREELANCER,
                amount=400,
                fee=40,
                currency="USD",
                release_no=n,
            )
        )
    assert bal(funded) == 200
    assert bal(chart.freelancer_available(FREELANCER, "USD")) == 720


def test_release_beyond_escrow_is_refused_and_moves_nothing(funded):
    with pytest.raises(LedgerError) as info:
        chart.apply(
            chart.release(
                milestone_id=MILESTONE,
                contract_id=CONTRACT,
                freelancer_id=FREELANCER,
                amount=1001,
                fee=100,
                currency="USD",
            )
        )
    assert info.value.code == ResultCode.EXCEEDS_CREDITS
    assert bal(funded) == 1000


def test_refund_returns_escrow_through_the_processor(funded):
    chart.apply(
        chart.refund_to_client(
            milestone_id=MILESTONE,
            contract_id=CONTRACT,
            client_id=CLIENT,
            amount=1000,
            currency="USD",
        )
    )
    assert bal(funded) == 0
    assert bal(chart.processor_clearing("USD")) == 0
    assert bal(chart.client_refundable(CLIENT, "USD")) == 0


def test_dispute_split_divides_escrow(funded):
    chart.apply(
        chart.dispute_split(
            dispute_id=1,
            contract_id=CONTRACT,
            freelancer_id=FREELANCER,
            client_id=CLIENT,
            to_freelancer=600,
            to_client=400,
            fee=60,
            currency="USD",
        )
    )
    assert bal(chart.freelancer_available(FREELANCER, "USD")) == 540
    assert bal(chart.platform_fees("USD")) == 60
    assert bal(chart.processor_clearing("USD")) == 600
    assert bal(funded) == 0


def test_chargeback_after_release_books_the_loss_to_dispute_reserve(funded):
    chart.apply(
        chart.release(
            milestone_id=MILESTONE,
            contract_id=CONTRACT,
            freelancer_id=FREELANCER,
            amount=700,
            fee=70,
            currency="USD",
        )
    )
    chart.apply(
        chart.chargeback(
            chargeback_id=1, contract_id=CONTRACT, amount=1000, from_escrow=300, currency="USD"
        )
    )
    assert bal(funded) == 0
    assert bal(chart.dispute_reserve("USD")) == 700
    assert bal(chart.processor_clearing("USD")) == 0


def test_payout_moves_available_to_pending_then_out(funded):
    chart.apply(
        chart.release(
            milestone_id=MILESTONE,
            contract_id=CONTRACT,
            freelancer_id=FREELANCER,
            amount=1000,
            fee=100,
            currency="USD",
        )
    )
    chart.apply(
        chart.request_payout(payout_id=1, freelancer_id=FREELANCER, amount=900, currency="USD")
    )
    assert bal(chart.freelancer_pending_payout(FREELANCER, "USD")) == 900
    chart.apply(
        chart.payout_paid(payout_id=1, freelancer_id=FREELANCER, amount=900, currency="USD")
    )
    assert bal(chart.freelancer_pending_payout(FREELANCER, "USD")) == 0
    assert bal(chart.processor_clearing("USD")) == 100


def test_failed_payout_returns_money_to_available(funded):
    chart.apply(
        chart.release(
            milestone_id=MILESTONE,
            contract_id=CONTRACT,
            freelancer_id=FREELANCER,
            amount=1000,
            fee=0,
            currency="USD",
        )
    )
    chart.apply(
        chart.request_payout(payout_id=1, freelancer_id=FREELANCER, amount=500, currency="USD")
    )
    chart.apply(
        chart.payout_failed(payout_id=1, freelancer_id=FREELANCER, amount=500, currency="USD")
    )
    assert bal(chart.freelancer_available(FREELANCER, "USD")) == 1000


def test_processor_fee_is_an_expense_against_clearing(funded):
    chart.apply(chart.processor_fee(fee_id="ch_1", amount=30, currency="USD"))
    assert bal(chart.processor_fees("USD")) == 30
    assert bal(chart.processor_clearing("USD")) == 970


def test_retried_release_is_a_replay(funded):
    legs = chart.release(
        milestone_id=MILESTONE,
        contract_id=CONTRACT,
        freelancer_id=FREELANCER,
        amount=1000,
        fee=100,
        currency="USD",
    )
    chart.apply(legs)
    assert all(r.replayed for r in chart.apply(legs))


def test_released_escrow_can_be_closed(funded):
    chart.apply(
        chart.release(
            milestone_id=MILESTONE,
            contract_id=CONTRACT,
            freelancer_id=FREELANCER,
            amount=1000,
            fee=100,
            currency="USD",
        )
    )
    assert close_account(account_id=funded.pk).closed
