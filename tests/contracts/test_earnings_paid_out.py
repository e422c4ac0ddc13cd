"""The earnings page's releases say which were paid out: a payout takes the oldest
withdrawable money first, so a release it took reads "Paid out <date>" (or "In a payout on
its way"), what is left reads "now" and money in its security hold says when."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow, paying
from directcontracts.contracts.models import Release
from directcontracts.payments.models import Payout, PayoutState
from directcontracts.payments.payouts import finish_payout
from tests.contracts.factories import funded_milestone
from tests.disputes.factories import NET, bank_account
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db


def _released(freelancer, monkeypatch, frozen_clock, settings, email="c0@example.org"):
    """A milestone approved and past its security hold: its whole net is withdrawable."""
    contract, buyer, milestone = funded_milestone(
        freelancer, monkeypatch, frozen_clock, client_email=email
    )
    escrow.approve_milestone(milestone=milestone, by=buyer)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    return milestone


def _withdraw(freelancer, amount, key="k"):
    return paying.withdraw(
        freelancer=freelancer,
        method=bank_account(freelancer),
        amount_minor=amount,
        idempotency_key=key,
    )


def _cells(client, freelancer) -> list[str]:
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    return re.findall(r'<td data-label="Withdrawable">(.*?)</td>', page, re.S)


def test_a_release_not_paid_out_is_withdrawable_now(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    _released(freelancer, monkeypatch, frozen_clock, settings)
    assert _cells(client, freelancer) == ["now"]


def test_a_release_in_a_pending_payout_says_it_is_on_its_way(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    _released(freelancer, monkeypatch, frozen_clock, settings)
    payout = _withdraw(freelancer, NET)
    [cell] = _cells(client, freelancer)
    assert cell == f'In <a href="#payout-{payout.pk}">a payout on its way</a>'


def test_a_release_whose_payout_was_paid_says_paid_out_with_the_date(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    _released(freelancer, monkeypatch, frozen_clock, settings)
    payout = _withdraw(freelancer, NET)
    finish_payout(payout=payout, paid=True)
    payout.refresh_from_db()
    [cell] = _cells(client, freelancer)
    assert cell.startswith(f'<a href="#payout-{payout.pk}">Paid out</a> <time')
    assert payout.finished_at.strftime("%-d %b %Y") in cell
    assert "now" not in cell


def test_a_failed_payout_leaves_the_release_withdrawable_now(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    _released(freelancer, monkeypatch, frozen_clock, settings)
    finish_payout(payout=_withdraw(freelancer, NET), paid=False, message="Bank refused")
    assert _cells(client, freelancer) == ["now"]


def test_a_payout_takes_the_oldest_release_first_and_the_newer_stays_withdrawable(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    _released(freelancer, monkeypatch, frozen_clock, settings, email="c0@example.org")
    _released(freelancer, monkeypatch, frozen_clock, settings, email="c1@example.org")
    payout = _withdraw(freelancer, NET + 10_000)
    newest, oldest = _cells(client, freelancer)
    assert oldest == f'In <a href="#payout-{payout.pk}">a payout on its way</a>'
    assert newest == (
        f'$375.00 now; the rest in <a href="#payout-{payout.pk}">a payout on its way</a>'
    )


def test_a_release_in_its_security_hold_says_when_even_after_a_payout(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    _released(freelancer, monkeypatch, frozen_clock, settings, email="c0@example.org")
    _withdraw(freelancer, NET)
    contract, buyer, milestone = funded_milestone(
        freelancer, monkeypatch, frozen_clock, client_email="c1@example.org"
    )
    escrow.approve_milestone(milestone=milestone, by=buyer)
    newest, _ = _cells(client, freelancer)
    assert newest.startswith("from <time")


def test_the_releases_with_payouts_take_the_same_queries_for_one_row_and_for_fifty(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    milestone = _released(freelancer, monkeypatch, frozen_clock, settings)
    first = _withdraw(freelancer, NET)
    finish_payout(payout=first, paid=True)
    client.force_login(freelancer)
    release = Release.objects.get(milestone=milestone)

    def fifty_releases_and_payouts() -> None:
        for number in range(2, 51):
            copy = Release.objects.get(pk=release.pk)
            copy.pk, copy.number = None, number
            copy.available_at = release.available_at - timedelta(minutes=number)
            copy.save()
            Payout.objects.create(
                freelancer=freelancer,
                method=first.method,
                idempotency_key=f"more-{number}",
                amount_minor=NET,
                currency="USD",
                state=PayoutState.PAID if number % 2 else PayoutState.PENDING,
            )

    assert_constant_queries(
        lambda: client.get(reverse("contracts:earnings")), fifty_releases_and_payouts
    )
    assert "now" not in "".join(_cells(client, freelancer))
