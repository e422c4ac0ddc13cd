"""The contract page served from its cache (contracts/page_cache.py): a fixed, small number
of queries however much the page shows (the rendering's own are tests/perf/test_query_counts.py's,
with the cache off)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import messaging
from tests.contracts.factories import active_contract
from tests.querycount import assert_constant_queries, queries_made

pytestmark = pytest.mark.django_db

# The session, the user, the contract, the fingerprint, the header's unread notices.
HIT_QUERIES = 5


@pytest.fixture(autouse=True)
def _contract_page_cache_on(settings):
    settings.CONTRACT_PAGE_CACHE = True


def _messages(contract, sender, count: int) -> None:
    for number in range(count):
        messaging.post_message(contract=contract, sender=sender, body=f"Progress note {number}.")


def _seen_twice(client, url: str) -> None:
    """The first visit moves the read mark; the second stores the page as it is now."""
    client.get(url)
    client.get(url)


def test_a_cached_contract_page_costs_five_queries(client, freelancer, monkeypatch):
    contract, client_user = active_contract(freelancer, monkeypatch)
    client.force_login(client_user)
    url = reverse("contracts:detail", args=[contract.pk])
    _seen_twice(client, url)
    assert len(queries_made(lambda: client.get(url))) == HIT_QUERIES


@pytest.mark.constant_queries("contracts:detail")
def test_a_cached_contract_page_makes_the_same_queries_for_one_message_and_for_many(
    client, freelancer, monkeypatch
):
    contract, client_user = active_contract(freelancer, monkeypatch)
    client.force_login(client_user)
    _messages(contract, freelancer, 1)
    url = reverse("contracts:detail", args=[contract.pk])
    _seen_twice(client, url)

    def add_messages_and_read_them() -> None:
        _messages(contract, freelancer, 30)
        _seen_twice(client, url)

    assert assert_constant_queries(lambda: client.get(url), add_messages_and_read_them) == (
        HIT_QUERIES
    )


def _prepared_fingerprints() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
            ["%md5(string_agg%"],
        )
        return cursor.fetchone()[0]


@pytest.mark.postgres
def test_the_fingerprint_is_a_statement_prepared_once_on_the_connection(
    client, freelancer, monkeypatch
):
    contract, client_user = active_contract(freelancer, monkeypatch)
    client.force_login(client_user)
    url = reverse("contracts:detail", args=[contract.pk])
    _seen_twice(client, url)
    client.get(url)
    assert _prepared_fingerprints() == 1
