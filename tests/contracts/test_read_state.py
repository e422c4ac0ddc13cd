"""The contract page's read state (the "N new" badge and whether the page moves the read
mark) in one query (issue 19, sixth round): the same answers as the two queries it was, kept
here as `_two_queries`, for a thread never opened, read before, read to the end, with one's
own messages after the mark, and for a stranger's mark on another contract."""

from __future__ import annotations

import pytest

from directcontracts.contracts import messaging
from directcontracts.contracts.models import ThreadReadMark
from tests.contracts.factories import active_contract
from tests.querycount import queries_made

pytestmark = pytest.mark.django_db


def _two_queries(contract, user) -> messaging.ReadState:
    """The code before this round, word for word."""
    mark = (
        ThreadReadMark.objects.filter(contract=contract, user=user)
        .values_list("last_read_at", flat=True)
        .first()
    )
    messages = contract.messages.exclude(sender=user)
    if mark is not None:
        messages = messages.filter(created_at__gt=mark)
    return messaging.ReadState(unread=messages.count(), ever_opened=mark is not None)


def _say(contract, sender, times: int) -> None:
    for number in range(times):
        messaging.post_message(contract=contract, sender=sender, body=f"Note {number}.")


def _same(contract, user) -> messaging.ReadState:
    made = queries_made(lambda: messaging.read_state(contract=contract, user=user))
    assert len(made) == 1
    state = messaging.read_state(contract=contract, user=user)
    assert state == _two_queries(contract, user)
    return state


def test_the_read_state_in_one_query_answers_as_the_two_did(freelancer, monkeypatch, frozen_clock):
    contract, client = active_contract(freelancer, monkeypatch)
    other, other_client = active_contract(freelancer, monkeypatch, client_email="other@example.org")
    assert _same(contract, freelancer) == messaging.ReadState(unread=0, ever_opened=False)

    _say(contract, client, 3)
    assert _same(contract, freelancer) == messaging.ReadState(unread=3, ever_opened=False)
    _say(contract, freelancer, 2)  # posting marks the sender's thread read
    _say(other, other_client, 4)
    _same(contract, freelancer)
    _same(contract, client)

    frozen_clock.advance(minutes=1)
    messaging.mark_read(contract=contract, user=freelancer)
    _same(contract, freelancer)
    assert not messaging.read_state(contract=contract, user=freelancer).needs_marking
    _same(contract, client)
    _same(other, freelancer)

    frozen_clock.advance(minutes=1)
    _say(contract, client, 1)
    _say(contract, freelancer, 1)
    assert _same(contract, freelancer) == messaging.ReadState(unread=0, ever_opened=True)
    frozen_clock.advance(minutes=1)
    _say(contract, client, 2)
    assert _same(contract, freelancer) == messaging.ReadState(unread=2, ever_opened=True)
    assert messaging.read_state(contract=contract, user=freelancer).needs_marking
