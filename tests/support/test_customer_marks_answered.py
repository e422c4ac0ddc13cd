"""A customer whose question our answer solved says so on the request's page: the request
is resolved (still reopenable, now ratable), instead of "Waiting for your reply" for good."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.support import staff
from directcontracts.support.models import Status, TicketEvent

pytestmark = pytest.mark.django_db


def _answered(ticket, support_staff):
    staff.reply_to_customer(ticket=ticket, by=support_staff, body="Here is how.")
    return ticket


def test_a_customer_waiting_for_their_reply_is_offered_to_mark_it_answered(
    client, client_user, open_ticket, support_staff
):
    _answered(open_ticket, support_staff)
    client.force_login(client_user)
    url = reverse("support:request_detail", args=[open_ticket.reference])
    page = client.get(url).content.decode()
    assert "Yes, my question is answered" in page


def test_marking_it_answered_resolves_the_request_and_records_who(
    client, client_user, open_ticket, support_staff
):
    _answered(open_ticket, support_staff)
    client.force_login(client_user)
    response = client.post(reverse("support:request_resolve", args=[open_ticket.reference]))
    assert response.status_code == 302
    open_ticket.refresh_from_db()
    assert open_ticket.status == Status.RESOLVED
    event = TicketEvent.objects.filter(ticket=open_ticket).latest("id")
    assert (event.kind, event.actor_id) == ("resolved", client_user.pk)


def test_a_request_not_waiting_for_the_customer_is_not_marked_answered_and_says_why(
    client, client_user, open_ticket
):
    client.force_login(client_user)
    response = client.post(reverse("support:request_resolve", args=[open_ticket.reference]))
    assert response.status_code == 409
    assert "only a request waiting for your reply can be marked as answered" in (
        response.content.decode()
    )
    open_ticket.refresh_from_db()
    assert open_ticket.status == Status.NEW


def test_a_stranger_cannot_mark_someone_elses_request_answered(
    client, open_ticket, support_staff, freelancer
):
    _answered(open_ticket, support_staff)
    client.force_login(freelancer)
    response = client.post(reverse("support:request_resolve", args=[open_ticket.reference]))
    assert response.status_code == 404
    open_ticket.refresh_from_db()
    assert open_ticket.status == Status.WAITING


def test_a_request_the_customer_marked_answered_does_not_say_we_resolved_it(
    client, client_user, open_ticket, support_staff
):
    _answered(open_ticket, support_staff)
    client.force_login(client_user)
    client.post(reverse("support:request_resolve", args=[open_ticket.reference]))
    url = reverse("support:request_detail", args=[open_ticket.reference])
    page = client.get(url).content.decode()
    assert "This request is resolved. Still not right?" in page
    assert "We marked this request" not in page


def test_the_assignee_is_told_when_the_customer_marks_it_answered(
    client, client_user, open_ticket, support_staff
):
    staff.assign_ticket(ticket=open_ticket, assignee=support_staff, by=support_staff)
    _answered(open_ticket, support_staff)
    client.force_login(client_user)
    client.post(reverse("support:request_resolve", args=[open_ticket.reference]))
    assert support_staff.notices.filter(
        title=f"{open_ticket.reference}: answered, says the customer"
    ).exists()
