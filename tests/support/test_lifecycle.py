"""A ticket's life: assign, reply (by email over real SMTP), wait, resolve, reopen, close."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.core.errors import DomainError, NotFound
from directcontracts.support import staff, tickets
from directcontracts.support.models import MessageKind, Status, TicketEvent
from directcontracts.support.states import InvalidTransition

pytestmark = pytest.mark.django_db


def _body(message) -> str:
    return message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")


def test_a_ticket_goes_from_new_to_closed_with_an_event_per_step(
    open_ticket, client_user, support_staff, frozen_clock
):
    staff.assign_ticket(ticket=open_ticket, assignee=support_staff, by=support_staff)
    assert open_ticket.status == Status.OPEN
    staff.reply_to_customer(ticket=open_ticket, by=support_staff, body="Once, at funding.")
    assert open_ticket.status == Status.WAITING
    assert open_ticket.first_response_at == frozen_clock.now()
    tickets.reply_as_customer(ticket=open_ticket, user=client_user, body="Thanks, and refunds?")
    assert open_ticket.status == Status.OPEN
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.RESOLVED)
    assert open_ticket.status == Status.RESOLVED
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.CLOSED)
    transitions = list(
        TicketEvent.objects.filter(ticket=open_ticket)
        .exclude(to_status="")
        .order_by("id")
        .values_list("from_status", "to_status")
    )
    assert transitions == [
        ("", "new"),
        ("new", "open"),
        ("open", "waiting_on_customer"),
        ("waiting_on_customer", "open"),
        ("open", "resolved"),
        ("resolved", "closed"),
    ]


def test_a_closed_ticket_cannot_change_status(open_ticket, support_staff):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.CLOSED)
    with pytest.raises(InvalidTransition) as excinfo:
        staff.change_status(ticket=open_ticket, by=support_staff, status=Status.OPEN)
    assert excinfo.value.status == 409
    assert "closed" in excinfo.value.message


def test_moving_a_ticket_to_the_status_it_has_says_it_already_has_it(open_ticket, support_staff):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.WAITING)
    with pytest.raises(InvalidTransition) as excinfo:
        staff.change_status(ticket=open_ticket, by=support_staff, status=Status.WAITING)
    assert (
        excinfo.value.message == "This request is already waiting on customer: nothing to change."
    )


def test_the_customer_reopens_a_resolved_ticket_within_14_days(
    open_ticket, client_user, support_staff, frozen_clock
):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.RESOLVED)
    frozen_clock.advance(days=14)
    tickets.reopen_request(ticket=open_ticket, user=client_user)
    open_ticket.refresh_from_db()
    assert open_ticket.status == Status.OPEN
    assert open_ticket.resolved_at is None


def test_after_14_days_a_resolved_ticket_cannot_be_reopened(
    open_ticket, client_user, support_staff, frozen_clock
):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.RESOLVED)
    frozen_clock.advance(days=14, seconds=1)
    with pytest.raises(DomainError) as excinfo:
        tickets.reopen_request(ticket=open_ticket, user=client_user)
    assert excinfo.value.code == "reopen_window_passed"
    with pytest.raises(DomainError):
        tickets.reply_as_customer(ticket=open_ticket, user=client_user, body="Still broken")


def test_the_sweep_closes_resolved_tickets_after_the_window(
    open_ticket, support_staff, frozen_clock
):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.RESOLVED)
    frozen_clock.advance(days=15)
    assert staff.close_stale_resolved(older_than_days=14) == 1
    assert staff.close_stale_resolved(older_than_days=14) == 0
    open_ticket.refresh_from_db()
    assert open_ticket.status == Status.CLOSED


def test_tickets_are_assigned_only_to_the_support_team(
    open_ticket, support_staff, trust_safety_staff
):
    with pytest.raises(DomainError) as excinfo:
        staff.assign_ticket(ticket=open_ticket, assignee=trust_safety_staff, by=support_staff)
    assert excinfo.value.code == "not_support_staff"


@pytest.mark.parametrize("persona", ["client_user", "stranger_client", "trust_safety_staff"])
def test_only_the_support_team_may_act_on_tickets(open_ticket, persona, request):
    someone = request.getfixturevalue(persona)
    with pytest.raises(NotFound):
        staff.reply_to_customer(ticket=open_ticket, by=someone, body="Hi")
    with pytest.raises(NotFound):
        staff.change_status(ticket=open_ticket, by=someone, status=Status.CLOSED)


def test_an_internal_note_is_never_shown_to_the_customer(
    client, open_ticket, client_user, support_staff
):
    staff.add_internal_note(ticket=open_ticket, by=support_staff, body="Looks like a double charge")
    client.force_login(client_user)
    page = client.get(f"/support/requests/{open_ticket.reference}/").content.decode()
    assert "double charge" not in page
    assert open_ticket.messages.filter(kind=MessageKind.NOTE).count() == 1


def test_the_sla_deadline_follows_the_priority_until_the_first_answer(
    open_ticket, support_staff, frozen_clock
):
    staff.change_priority(ticket=open_ticket, by=support_staff, priority="urgent")
    assert open_ticket.first_response_due_at == frozen_clock.now() + timedelta(hours=1)
    assert TicketEvent.objects.filter(ticket=open_ticket, kind="priority_changed").exists()


# --- Email through the real local SMTP server -----------------------------------------------


def test_a_staff_reply_reaches_the_customer_over_smtp_with_a_reply_address(
    smtp_inbox, django_capture_on_commit_callbacks, open_ticket, support_staff, settings
):
    settings.SUPPORT_INBOUND_ADDRESS = "help@inbound.example.com"
    with django_capture_on_commit_callbacks(execute=True):
        staff.reply_to_customer(
            ticket=open_ticket, by=support_staff, body="The fee is added once, at funding."
        )
    message = smtp_inbox.messages[-1]
    assert message["To"] == open_ticket.requester_email
    assert open_ticket.reference in message["Subject"]
    assert message["Reply-To"].startswith("help+t")
    assert message["Reply-To"].endswith("@inbound.example.com")
    assert "The fee is added once, at funding." in _body(message)


def test_a_visitor_is_emailed_a_link_that_opens_their_ticket(
    smtp_inbox, django_capture_on_commit_callbacks, client
):
    import re

    with django_capture_on_commit_callbacks(execute=True):
        ticket = tickets.open_request(
            user=None,
            data=tickets.RequestInput(
                topic="other",
                subject="Visitor question",
                description="How do I know a payment request is real?",
                email="vee@example.org",
            ),
            address="198.51.100.3",
        )
    link = re.search(r"https?://\S+(/support/confirm/\S+/)", _body(smtp_inbox.messages[-1]))
    assert client.get(link.group(1)).status_code == 200  # a page with a button
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link.group(1))
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Visitor question" in page
    received = _body(smtp_inbox.messages[-1])
    assert ticket.reference in smtp_inbox.messages[-1]["Subject"]
    assert "/support/requests/" in received
    assert "?key=" in received


def test_a_resolved_ticket_tells_the_customer_the_real_last_day_to_reopen_it(
    client, open_ticket, client_user, support_staff, frozen_clock
):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.RESOLVED)
    client.force_login(client_user)
    page = client.get(f"/support/requests/{open_ticket.reference}/").content.decode()
    assert "You can reopen it until" in page
    assert "16 March 2026, 09:00" in page
    assert "+ 14 days" not in page


def test_the_reopen_deadline_names_its_time_zone_and_both_ways_to_reopen(
    client, open_ticket, client_user, support_staff, frozen_clock
):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.RESOLVED)
    client.force_login(client_user)
    page = client.get(f"/support/requests/{open_ticket.reference}/").content.decode()
    assert "16 March 2026, 09:00 UTC</time>: press the button below or add a message." in page


def test_a_ticket_waiting_on_the_customer_tells_them_it_is_their_turn(
    client, open_ticket, client_user, support_staff
):
    staff.reply_to_customer(ticket=open_ticket, by=support_staff, body="Which contract?")
    client.force_login(client_user)
    page = client.get(f"/support/requests/{open_ticket.reference}/").content.decode()
    assert "Waiting for your reply" in page
    assert "Waiting on customer" not in page
    assert "Waiting for your reply" in client.get("/support/requests/").content.decode()
