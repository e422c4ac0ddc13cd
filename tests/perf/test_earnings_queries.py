"""The earnings API and page read the same number of times for one currency and for several,
and for one release and for many (issue 19)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow
from tests.contracts.factories import funded_milestone
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db


def _releases(freelancer, monkeypatch, frozen_clock, currencies: list[str], first: int = 0):
    """One approved milestone (a release) in each of `currencies`, each with its own client."""
    for number, currency in enumerate(currencies, start=first):
        _, buyer, part = funded_milestone(
            freelancer,
            monkeypatch,
            frozen_clock,
            client_email=f"e{number}@example.org",
            currency=currency,
        )
        escrow.approve_milestone(milestone=part, by=buyer)


@pytest.mark.constant_queries("GET /api/v1/earnings")
def test_the_api_earnings_make_the_same_queries_for_one_currency_and_for_three(
    client, freelancer, monkeypatch, frozen_clock
):
    _releases(freelancer, monkeypatch, frozen_clock, ["USD"])
    client.force_login(freelancer)
    assert_constant_queries(
        lambda: client.get("/api/v1/earnings"),
        lambda: _releases(freelancer, monkeypatch, frozen_clock, ["EUR", "GBP"], first=1),
    )
    assert [row["currency"] for row in client.get("/api/v1/earnings").json()] == [
        "EUR",
        "GBP",
        "USD",
    ]


def test_the_api_earnings_make_the_same_queries_for_one_release_and_for_many(
    client, freelancer, monkeypatch, frozen_clock
):
    _releases(freelancer, monkeypatch, frozen_clock, ["USD"])
    client.force_login(freelancer)
    assert_constant_queries(
        lambda: client.get("/api/v1/earnings"),
        lambda: _releases(freelancer, monkeypatch, frozen_clock, ["USD"] * 6, first=1),
    )


@pytest.mark.constant_queries("contracts:earnings")
def test_the_earnings_page_makes_the_same_queries_for_one_currency_and_for_three(
    client, freelancer, monkeypatch, frozen_clock
):
    _releases(freelancer, monkeypatch, frozen_clock, ["USD"])
    client.force_login(freelancer)
    assert_constant_queries(
        lambda: client.get(reverse("contracts:earnings")),
        lambda: _releases(freelancer, monkeypatch, frozen_clock, ["EUR", "GBP"], first=1),
    )


def _payouts(freelancer, method, count: int, *, first: int = 0) -> None:
    """`count` payouts of $10 each from what is withdrawable."""
    from directcontracts.contracts import paying

    for number in range(first, first + count):
        paying.withdraw(
            freelancer=freelancer, method=method, amount_minor=1_000, idempotency_key=f"p{number}"
        )


@pytest.mark.constant_queries("GET /api/v1/payouts")
def test_the_api_payouts_make_the_same_queries_for_one_payout_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from tests.disputes.factories import bank_account

    _releases(freelancer, monkeypatch, frozen_clock, ["USD"])
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    method = bank_account(freelancer)
    _payouts(freelancer, method, 1)
    client.force_login(freelancer)
    assert_constant_queries(
        lambda: client.get("/api/v1/payouts"), lambda: _payouts(freelancer, method, 10, first=1)
    )
    assert client.get("/api/v1/payouts").json()["count"] == 11
