"""The contract list's unread badge: counted by the database, one query for a page."""

from __future__ import annotations

import pytest

from directcontracts.contracts import messaging, selectors
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


def _say(contract, sender, times: int) -> None:
    for number in range(times):
        messaging.post_message(contract=contract, sender=sender, body=f"Note {number}.")


def test_a_thread_never_opened_counts_every_message_of_the_other_party(
    freelancer, monkeypatch, frozen_clock
):
    contract, client = active_contract(freelancer, monkeypatch)
    _say(contract, client, 3)

    assert selectors.unread_counts(freelancer, [contract]) == {contract.pk: 3}


def test_messages_read_before_are_not_counted(freelancer, monkeypatch, frozen_clock):
    contract, client = active_contract(freelancer, monkeypatch)
    _say(contract, client, 2)
    frozen_clock.advance(minutes=1)
    messaging.mark_read(contract=contract, user=freelancer)
    frozen_clock.advance(minutes=1)
    _say(contract, client, 1)

    assert selectors.unread_counts(freelancer, [contract]) == {contract.pk: 1}


def test_ones_own_messages_are_never_unread(freelancer, monkeypatch, frozen_clock):
    contract, client = active_contract(freelancer, monkeypatch)
    _say(contract, freelancer, 2)

    assert selectors.unread_counts(freelancer, [contract]) == {}
    assert selectors.unread_counts(client, [contract]) == {contract.pk: 2}


def test_a_thread_read_to_the_end_has_no_badge(freelancer, monkeypatch, frozen_clock):
    contract, client = active_contract(freelancer, monkeypatch)
    _say(contract, client, 2)
    frozen_clock.advance(minutes=1)
    messaging.mark_read(contract=contract, user=freelancer)

    assert selectors.unread_counts(freelancer, [contract]) == {}


def test_the_counts_of_a_page_take_one_query_however_many_contracts(
    freelancer, monkeypatch, frozen_clock, django_assert_num_queries
):
    first, client = active_contract(freelancer, monkeypatch)
    second, _ = active_contract(freelancer, monkeypatch, client_email="second@example.com")
    _say(first, client, 4)

    with django_assert_num_queries(1):
        counts = selectors.unread_counts(freelancer, [first, second])

    assert counts == {first.pk: 4}
