"""The contract page shows the newest page of the thread and of the activity timeline, with
"show earlier" for the rest, in a constant number of queries (issue 11)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directcontracts.contracts import messaging, selectors
from directcontracts.contracts.models import ContractEvent, Message
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def contract(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    return contract


def _messages(contract, count):
    senders = [contract.freelancer, contract.client]
    Message.objects.bulk_create(
        Message(contract=contract, sender=senders[n % 2], body=f"message number {n}")
        for n in range(count)
    )


def _events(contract, count):
    ContractEvent.objects.bulk_create(
        ContractEvent(contract=contract, actor=contract.freelancer, kind=f"test.event_{n}")
        for n in range(count)
    )


def _page(client, contract, **query):
    client.force_login(contract.freelancer)
    return client.get(f"/contracts/{contract.pk}/", query).content.decode()


def test_the_page_shows_only_the_newest_page_of_the_thread(client, contract):
    _messages(contract, selectors.THREAD_PAGE_SIZE + 5)
    page = _page(client, contract)
    newest = selectors.THREAD_PAGE_SIZE + 4
    assert f"message number {newest}<" in page
    assert "message number 4<" not in page
    assert "message number 5<" in page
    assert "Show earlier messages" in page


def test_show_earlier_loads_the_page_before_as_list_items(client, contract):
    _messages(contract, selectors.THREAD_PAGE_SIZE + 5)
    first = selectors.thread_page(contract)
    client.force_login(contract.client)
    earlier = client.get(f"/contracts/{contract.pk}/thread/", {"before": first.earlier})
    body = earlier.content.decode()
    assert earlier.status_code == 200
    assert [f"message number {n}<" in body for n in range(5)] == [True] * 5
    assert "message number 5<" not in body
    assert "Show earlier messages" not in body  # that was the first page


def test_without_javascript_show_earlier_is_a_link_to_the_page_before(client, contract):
    _messages(contract, selectors.THREAD_PAGE_SIZE + 5)
    first = selectors.thread_page(contract)
    page = _page(client, contract, before=first.earlier)
    assert "message number 0<" in page
    assert f"message number {selectors.THREAD_PAGE_SIZE + 4}<" not in page
    assert "Show the newest messages" in page


def test_the_thread_is_shown_oldest_to_newest_within_a_page(contract):
    _messages(contract, 3)
    assert [m.body for m in selectors.thread_page(contract).items] == [
        "message number 0",
        "message number 1",
        "message number 2",
    ]


def test_the_timeline_shows_its_newest_page_with_show_earlier(client, contract):
    _events(contract, selectors.TIMELINE_PAGE_SIZE + 3)
    page = _page(client, contract)
    assert f'data-kind="test.event_{selectors.TIMELINE_PAGE_SIZE + 2}"' in page
    assert 'data-kind="test.event_0"' not in page
    assert "Show earlier activity" in page
    earlier = selectors.timeline_page(contract, role="freelancer").earlier
    client.force_login(contract.freelancer)
    body = client.get(f"/contracts/{contract.pk}/activity/", {"before": earlier}).content.decode()
    assert 'data-kind="test.event_0"' in body


@pytest.mark.parametrize("cursor", ["abc", "-1", "0", "9" * 40, ""])
def test_a_malformed_cursor_shows_the_newest_page(client, contract, cursor):
    _messages(contract, 3)
    assert "message number 2<" in _page(client, contract, before=cursor)


def _queries(client, contract):
    client.force_login(contract.freelancer)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(f"/contracts/{contract.pk}/").status_code == 200
    return len(captured)


def test_the_page_costs_the_same_queries_with_a_long_thread_and_timeline(client, contract):
    _messages(contract, 3)
    _events(contract, 3)
    _queries(client, contract)  # the first visit also creates the read mark
    short = _queries(client, contract)
    _messages(contract, 200)
    _events(contract, 200)
    _queries(client, contract)  # this visit moves the read mark past the new messages
    assert _queries(client, contract) == short


def test_seeing_a_thread_again_with_nothing_new_writes_nothing(client, contract):
    _messages(contract, 3)
    _queries(client, contract)
    client.force_login(contract.freelancer)
    with CaptureQueriesContext(connection) as captured:
        client.get(f"/contracts/{contract.pk}/")
    assert [q["sql"] for q in captured if not q["sql"].startswith("SELECT")] == []


def test_a_stranger_gets_404_on_the_thread_and_activity_pages(client, contract, stranger_client):
    client.force_login(stranger_client)
    assert client.get(f"/contracts/{contract.pk}/thread/").status_code == 404
    assert client.get(f"/contracts/{contract.pk}/activity/").status_code == 404


def test_the_thread_pages_need_a_sign_in(client, contract):
    response = client.get(f"/contracts/{contract.pk}/thread/")
    assert response.status_code == 302


def test_visiting_the_page_marks_newly_arrived_messages_read(client, contract):
    _queries(client, contract)
    _messages(contract, 4)
    assert messaging.unread_count(contract=contract, user=contract.freelancer) == 2

    _queries(client, contract)

    assert messaging.unread_count(contract=contract, user=contract.freelancer) == 0
