"""A visitor's access link that has expired: its own ticket says so (410), everywhere the link
is accepted, files included; another ticket answers as for any link not its own (404)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.core import clock
from directcontracts.support import tickets
from directcontracts.support.tokens import access_token
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db


def _visitor_ticket(subject: str = "Card fee question", files=()):
    data = request_input(email="vis@example.org", subject=subject, files=list(files))
    return tickets.open_request(user=None, data=data, address=None)


@pytest.fixture
def expired_key(settings, frozen_clock):
    def make(ticket) -> str:
        key = access_token(ticket.pk, ticket.requester_email)
        clock.advance(timedelta(days=settings.SUPPORT_ACCESS_LINK_DAYS + 1))
        return key

    return make


def test_a_file_opened_with_an_expired_link_says_the_link_expired(client, png, expired_key):
    ticket = _visitor_ticket(files=[png])
    attachment = ticket.messages.get().attachments.get()
    response = client.get(f"/support/files/{attachment.pk}/", {"key": expired_key(ticket)})
    assert response.status_code == 410
    assert b"expired" in response.content


def test_an_expired_link_of_one_ticket_says_nothing_about_another(client, expired_key):
    first = _visitor_ticket()
    other = _visitor_ticket(subject="Another question")
    key = expired_key(first)
    assert client.get(f"/support/requests/{first.reference}/", {"key": key}).status_code == 410
    assert client.get(f"/support/requests/{other.reference}/", {"key": key}).status_code == 404
