"""The refused refunds list (/staff/finance/refused-refunds/) is paged like the other staff
lists: 50 a page, the range and total shown, the search and the filter kept on every page,
and the same number of queries whatever the page holds."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.payments.gateway_models import GatewayRequestState
from tests.accounts.helpers import sign_in_as
from tests.payments.factories import refused_refund_rows, retry_row
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db


def _list(client, **params):
    return client.get(reverse("payments:refused_refunds"), params)


def _numbers(page: str, rows) -> set[int]:
    return {row.pk for row in rows if f"#{row.pk}</a>" in page}


def test_the_list_shows_fifty_refunds_a_page_newest_first_with_the_range(client, finance_staff):
    rows = refused_refund_rows(60)
    sign_in_as(client, finance_staff)
    page = _list(client).content.decode()
    assert "1–50 of 60 refused refunds, newest first" in page
    assert "Page 1 of 2" in page
    assert _numbers(page, rows) == {row.pk for row in rows[10:]}


def test_the_second_page_shows_the_older_refunds_and_its_range(client, finance_staff):
    rows = refused_refund_rows(60)
    sign_in_as(client, finance_staff)
    page = _list(client, page=2).content.decode()
    assert "51–60 of 60 refused refunds" in page
    assert _numbers(page, rows) == {row.pk for row in rows[:10]}


def test_the_search_and_the_filter_are_kept_in_the_links_to_other_pages(client, finance_staff):
    refused_refund_rows(55, subject="payment:7")
    sign_in_as(client, finance_staff)
    page = _list(client, q="payment:7", show="waiting").content.decode()
    assert "1–50 of 55" in page
    assert 'href="?q=payment%3A7&amp;show=waiting&amp;page=2"' in page


def test_waiting_for_finance_leaves_out_a_refund_retried_and_taken(client, finance_staff):
    taken, refused_again, untouched = refused_refund_rows(3)
    retry_row(taken, state=GatewayRequestState.SUCCEEDED, by=finance_staff)
    retry_row(refused_again, state=GatewayRequestState.FAILED, by=finance_staff)
    sign_in_as(client, finance_staff)
    page = _list(client, show="waiting").content.decode()
    assert _numbers(page, [taken, refused_again, untouched]) == {refused_again.pk, untouched.pk}
    assert "1–2 of 2" in page


def test_a_search_by_request_number_finds_that_refund_only(client, finance_staff):
    rows = refused_refund_rows(3)
    sign_in_as(client, finance_staff)
    page = _list(client, q=f"#{rows[1].pk}").content.decode()
    assert _numbers(page, rows) == {rows[1].pk}


def test_a_search_that_finds_nothing_says_so_and_offers_every_refund(client, finance_staff):
    refused_refund_rows(2)
    sign_in_as(client, finance_staff)
    page = _list(client, q="payment:999").content.decode()
    assert "No refused refund matches “payment:999”." in page
    assert "Show every refused refund" in page


def test_the_waiting_count_covers_every_page_not_only_the_first(client, finance_staff):
    refused_refund_rows(110)
    sign_in_as(client, finance_staff)
    assert "110 refunds waiting for finance." in _list(client).content.decode()


@pytest.mark.parametrize("show", ["all", "waiting"])
def test_a_full_page_makes_the_same_queries_as_a_page_of_two(client, finance_staff, show):
    first, second = refused_refund_rows(2)
    retry_row(first, state=GatewayRequestState.FAILED, by=finance_staff)
    sign_in_as(client, finance_staff)

    def more_than_a_page():
        for row in refused_refund_rows(70, start=10):
            if row.pk % 3 == 0:
                retry_row(row, state=GatewayRequestState.FAILED, by=finance_staff)

    assert_constant_queries(lambda: _list(client, show=show), more_than_a_page)
