"""The earnings page while a chargeback is open (review, 7 December 2026).

A chargeback on released money holds what the freelancer received from that payment from
payouts until the bank decides. The Releases table still said "Withdrawable: now" for that
release once its security hold ended, while a payout of it was refused. Now the row says it
is held while the chargeback is open, and why; the page's withdrawable total is exactly what
a payout request accepts.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow, paying
from directcontracts.contracts.money import display
from directcontracts.core.errors import DomainError
from tests.contracts.factories import card, settle_gateway
from tests.disputes.factories import NET, bank_account, bank_decides, charged_back_after_release

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_chargeback_and_another_release(freelancer, monkeypatch, frozen_clock, settings):
    """The first milestone's payment is charged back after its release (the case is open);
    the second milestone is released too; both security holds are over."""
    contract, client, first, case = charged_back_after_release(
        freelancer, monkeypatch, frozen_clock
    )
    second = contract.milestones.exclude(pk=first.pk).get(position=2)
    escrow.fund_milestone(milestone=second, by=client, method=card(client))
    settle_gateway(frozen_clock, seconds=10)
    second.refresh_from_db()
    escrow.approve_milestone(milestone=second, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    return first, second, case


def _page(client, freelancer) -> str:
    client.force_login(freelancer)
    return client.get(reverse("contracts:earnings")).content.decode()


def _cells_by_milestone(page: str) -> dict[str, str]:
    rows = re.findall(
        r'<tr data-testid="release-row">.*?#milestone-\d+">(.*?)</a>.*?'
        r'<td data-label="Withdrawable">(.*?)</td></tr>',
        page,
        re.S,
    )
    return dict(rows)


def _withdrawable_shown(page: str) -> str:
    return re.search(r'data-testid="withdrawable-USD">(.*?)</dd>', page).group(1)


def test_a_release_with_an_open_chargeback_says_it_is_held_and_why(
    client, freelancer, open_chargeback_and_another_release
):
    first, _, _ = open_chargeback_and_another_release
    cell = _cells_by_milestone(_page(client, freelancer))[first.title]
    assert cell.startswith(
        '<strong data-testid="chargeback-held">Held while the chargeback is open'
    )
    assert "the client's bank reversed the payment" in cell
    assert "can't be paid out" in cell
    assert "now" not in cell


def test_another_release_is_still_withdrawable_now_during_the_chargeback(
    client, freelancer, open_chargeback_and_another_release
):
    _, second, _ = open_chargeback_and_another_release
    assert _cells_by_milestone(_page(client, freelancer))[second.title] == "now"


def test_a_release_whose_chargeback_was_won_is_withdrawable_now_again(
    client, freelancer, frozen_clock, open_chargeback_and_another_release
):
    first, _, case = open_chargeback_and_another_release
    bank_decides(case, frozen_clock, won=True)
    assert _cells_by_milestone(_page(client, freelancer))[first.title] == "now"


def test_the_withdrawable_total_leaves_out_what_the_chargeback_holds(
    client, freelancer, open_chargeback_and_another_release
):
    _, second, _ = open_chargeback_and_another_release
    net_of_second = second.releases.get().net_minor
    assert _withdrawable_shown(_page(client, freelancer)) == display(net_of_second, "USD")
    assert paying.withdrawable(freelancer, "USD") == net_of_second


def test_a_payout_of_the_withdrawable_total_shown_is_accepted(
    client, freelancer, open_chargeback_and_another_release
):
    _, second, _ = open_chargeback_and_another_release
    shown = _withdrawable_shown(_page(client, freelancer))
    amount = second.releases.get().net_minor
    assert shown == display(amount, "USD")
    payout = paying.withdraw(
        freelancer=freelancer,
        method=bank_account(freelancer),
        amount_minor=amount,
        idempotency_key="all-shown",
    )
    assert payout.amount_minor == amount


def test_a_payout_reaching_into_the_chargeback_hold_is_refused(
    freelancer, open_chargeback_and_another_release
):
    _, second, _ = open_chargeback_and_another_release
    amount = second.releases.get().net_minor + NET
    with pytest.raises(DomainError) as refused:
        paying.withdraw(
            freelancer=freelancer,
            method=bank_account(freelancer),
            amount_minor=amount,
            idempotency_key="too-much",
        )
    assert refused.value.code == "payouts_on_hold"
    assert not freelancer.payouts.exists()
