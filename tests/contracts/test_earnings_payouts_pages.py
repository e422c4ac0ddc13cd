"""The earnings page's payouts table goes a page at a time, and a release's link to its payout
goes to the page that payout is on (review, December 2026). Before, the table showed only the
latest 50 payouts and a release paid by an older one linked to a row that was not there."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow, paying
from directcontracts.contracts.earnings import PAYOUTS_PER_PAGE
from directcontracts.payments.models import Payout, PayoutState
from tests.contracts.factories import funded_milestone
from tests.disputes.factories import NET, bank_account

pytestmark = pytest.mark.django_db


def _paid_out_release_and_newer_payouts(freelancer, monkeypatch, frozen_clock, settings, newer):
    """A release paid out by one payout, then `newer` payouts after it."""
    _, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=buyer)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    first = paying.withdraw(
        freelancer=freelancer,
        method=bank_account(freelancer),
        amount_minor=NET,
        idempotency_key="k",
    )
    for number in range(newer):
        Payout.objects.create(
            freelancer=freelancer,
            method=first.method,
            idempotency_key=f"later-{number}",
            amount_minor=1_000,
            currency="USD",
            state=PayoutState.FAILED,
            created_at=first.created_at + timedelta(minutes=number + 1),
        )
    return first


def _page(client, freelancer, query="") -> str:
    client.force_login(freelancer)
    return client.get(reverse("contracts:earnings") + query).content.decode()


def _payout_rows(page: str) -> list[str]:
    return re.findall(r'<tr id="payout-(\d+)">', page)


def test_the_payouts_table_shows_a_page_of_payouts(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    _paid_out_release_and_newer_payouts(
        freelancer, monkeypatch, frozen_clock, settings, PAYOUTS_PER_PAGE
    )
    page = _page(client, freelancer)
    assert len(_payout_rows(page)) == PAYOUTS_PER_PAGE
    assert 'aria-label="Pages of payouts"' in page
    assert "Page 1 of 2" in page


def test_the_second_page_of_payouts_holds_the_oldest(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    first = _paid_out_release_and_newer_payouts(
        freelancer, monkeypatch, frozen_clock, settings, PAYOUTS_PER_PAGE
    )
    assert _payout_rows(_page(client, freelancer, "?page=2")) == [str(first.pk)]


def test_a_release_links_to_its_payout_on_the_page_it_is_on(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    first = _paid_out_release_and_newer_payouts(
        freelancer, monkeypatch, frozen_clock, settings, PAYOUTS_PER_PAGE
    )
    page = _page(client, freelancer)
    assert f'href="{reverse("contracts:earnings")}?page=2#payout-{first.pk}"' in page


def test_a_release_links_to_its_payout_by_anchor_on_the_page_shown(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    first = _paid_out_release_and_newer_payouts(
        freelancer, monkeypatch, frozen_clock, settings, PAYOUTS_PER_PAGE
    )
    assert f'href="#payout-{first.pk}"' in _page(client, freelancer, "?page=2")


def test_a_short_payout_list_has_no_pages(client, freelancer, monkeypatch, frozen_clock, settings):
    first = _paid_out_release_and_newer_payouts(freelancer, monkeypatch, frozen_clock, settings, 3)
    page = _page(client, freelancer)
    assert 'aria-label="Pages of payouts"' not in page
    assert f'href="#payout-{first.pk}"' in page
