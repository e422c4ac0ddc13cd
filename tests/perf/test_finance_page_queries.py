"""Finance's books overview and a refused refund's page make the same number of queries for
one row and for many (issue 19; see test_route_sweep.py)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directcontracts.payments.gateway_models import GatewayRequestState
from tests.accounts.helpers import staff_session
from tests.contracts.factories import funding_pending
from tests.payments.factories import refused_refund, retry_row
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db


def _payments_settling(freelancer, monkeypatch, count: int, *, first: int = 0) -> None:
    """`count` more card payments still settling (an escrow account and an open two-phase
    transfer each), in turn in dollars, euros and pounds."""
    currencies = ["USD", "EUR", "GBP"]
    for number in range(first, first + count):
        funding_pending(
            freelancer,
            monkeypatch,
            client_email=f"books{number}@example.org",
            currency=currencies[number % len(currencies)],
        )


@pytest.mark.constant_queries("ledger:books")
def test_the_books_make_the_same_queries_for_one_currency_and_payment_and_for_many(
    client, freelancer, monkeypatch, finance_staff
):
    _payments_settling(freelancer, monkeypatch, 1)
    staff_session(client, finance_staff)
    url = reverse("ledger:books")
    assert_constant_queries(
        lambda: client.get(url), lambda: _payments_settling(freelancer, monkeypatch, 8, first=1)
    )
    page = client.get(url).content.decode()
    assert all(f'data-currency="{currency}"' in page for currency in ("USD", "EUR", "GBP"))


def _retried_and_refused_again(refused, by, count: int):
    """`count` more finance retries of the refund, each refused by the processor again: the
    latest request."""
    latest = refused
    for _ in range(count):
        latest = retry_row(latest, state=GatewayRequestState.FAILED, by=by)
    return latest


@pytest.mark.constant_queries("payments:refused_refund")
def test_a_refused_refunds_page_makes_the_same_queries_for_one_retry_and_for_many(
    client, freelancer, monkeypatch, frozen_clock, finance_staff
):
    *_, refused = refused_refund(freelancer, monkeypatch, frozen_clock)
    latest = _retried_and_refused_again(refused, finance_staff, 1)
    staff_session(client, finance_staff)
    url = reverse("payments:refused_refund", args=[refused.pk])

    def retried_many_times() -> None:
        nonlocal latest
        latest = _retried_and_refused_again(latest, finance_staff, 12)

    assert_constant_queries(lambda: client.get(url), retried_many_times)
    page = client.get(url).content.decode()
    assert page.count("data-request=") == 14
    assert client.get(reverse("payments:refused_refund", args=[latest.pk])).status_code == 200


def test_a_refused_refunds_page_reads_its_payment_once(
    client, freelancer, monkeypatch, frozen_clock, finance_staff
):
    *_, refused = refused_refund(freelancer, monkeypatch, frozen_clock)
    staff_session(client, finance_staff)
    url = reverse("payments:refused_refund", args=[refused.pk])

    with CaptureQueriesContext(connection) as seen:
        assert client.get(url).status_code == 200

    payment_reads = [
        q["sql"] for q in seen.captured_queries if 'FROM "payments_payment"' in q["sql"]
    ]
    assert len(payment_reads) == 1
