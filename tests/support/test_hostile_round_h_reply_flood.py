"""Hostile review, round H (7 December 2026): a requester's replies had no limit.

Each reply on a Get Help request is a notice (and by default an email) to the support
member it is assigned to, and a row in the team's conversation: a script replying in a loop
(on the page, by the signed link, or by email to the reply address) flooded one staff
member's inbox and buried the request. Now at most REPLY_LIMIT_PER_TICKET replies an hour
per request (`429 rate_limited`, nothing stored, nobody told).
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.errors import DomainError
from directcontracts.notifications.models import Notice
from directcontracts.support import staff, tickets
from directcontracts.support.models import MessageKind, TicketMessage

pytestmark = pytest.mark.django_db


@pytest.fixture
def reply_limit(monkeypatch):
    monkeypatch.setattr(tickets, "REPLY_LIMIT_PER_TICKET", 3, raising=False)
    return 3


@pytest.fixture
def assigned_ticket(open_ticket, support_staff):
    staff.assign_ticket(ticket=open_ticket, assignee=support_staff, by=support_staff)
    return open_ticket


def _reply(ticket, n: int):
    return tickets.reply_as_customer(ticket=ticket, user=ticket.requester, body=f"Any news? {n}")


def _customer_replies(ticket):
    return TicketMessage.objects.filter(ticket=ticket, kind=MessageKind.CUSTOMER)


def test_a_requester_replying_past_the_hourly_limit_is_refused_and_nobody_is_told(
    assigned_ticket, support_staff, reply_limit
):
    for n in range(reply_limit):
        _reply(assigned_ticket, n)
    told = Notice.objects.filter(recipient=support_staff).count()
    before = _customer_replies(assigned_ticket).count()
    with pytest.raises(DomainError) as refused:
        _reply(assigned_ticket, 99)
    assert (refused.value.code, refused.value.status) == ("rate_limited", 429)
    assert _customer_replies(assigned_ticket).count() == before
    assert Notice.objects.filter(recipient=support_staff).count() == told


def test_the_request_page_answers_a_reply_past_the_limit_429(client, assigned_ticket, reply_limit):
    for n in range(reply_limit):
        _reply(assigned_ticket, n)
    client.force_login(assigned_ticket.requester)
    response = client.post(
        reverse("support:request_reply", args=[assigned_ticket.reference]),
        {"body": "One more"},
    )
    assert response.status_code == 429
    assert "Retry-After" in response


def test_the_requester_may_reply_again_after_the_hour(assigned_ticket, reply_limit, frozen_clock):
    for n in range(reply_limit):
        _reply(assigned_ticket, n)
    frozen_clock.advance(seconds=2 * 3601)  # the window slides
    assert _reply(assigned_ticket, 100).body == "Any news? 100"
