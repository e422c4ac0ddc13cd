"""Reassigning and reprioritising a ticket go on its history (who, what, why): a reason is
needed to take a ticket from a colleague or to lower its priority, and may be left out
otherwise."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.support import staff
from directcontracts.support.models import TicketEvent
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def colleague(db):
    return StaffFactory(email="cal.colleague@example.com", groups=["support"])


def _last(ticket, kind):
    return TicketEvent.objects.filter(ticket=ticket, kind=kind).latest("id")


def _page(client, ticket, action, data):
    url = f"/support/staff/tickets/{ticket.reference}/{action}/"
    return client.post(url, data)


def test_taking_an_unassigned_ticket_needs_no_reason_and_is_on_its_history(
    open_ticket, support_staff
):
    staff.assign_ticket(ticket=open_ticket, assignee=support_staff, by=support_staff)
    event = _last(open_ticket, "assigned")
    assert (event.actor, event.data) == (support_staff, {"from": None, "to": support_staff.pk})


def test_taking_a_colleagues_ticket_without_a_reason_is_refused_and_changes_nothing(
    open_ticket, support_staff, colleague
):
    staff.assign_ticket(ticket=open_ticket, assignee=colleague, by=colleague)
    with pytest.raises(DomainError) as refused:
        staff.assign_ticket(ticket=open_ticket, assignee=support_staff, by=support_staff)
    assert (refused.value.code, refused.value.details["field"]) == ("reason_required", "reason")
    open_ticket.refresh_from_db()
    assert open_ticket.assignee == colleague


def test_reassigning_a_colleagues_ticket_keeps_the_actor_the_change_and_the_reason(
    open_ticket, support_staff, colleague
):
    staff.assign_ticket(ticket=open_ticket, assignee=colleague, by=colleague)
    staff.assign_ticket(
        ticket=open_ticket, assignee=None, by=support_staff, reason="Cal is on leave."
    )
    event = _last(open_ticket, "assigned")
    assert (event.actor, event.data) == (
        support_staff,
        {"from": colleague.pk, "to": None, "reason": "Cal is on leave."},
    )


def test_lowering_the_priority_without_a_reason_is_refused(open_ticket, support_staff):
    staff.change_priority(ticket=open_ticket, by=support_staff, priority="high")
    with pytest.raises(DomainError) as refused:
        staff.change_priority(ticket=open_ticket, by=support_staff, priority="low", reason=" ")
    assert refused.value.code == "reason_required"
    open_ticket.refresh_from_db()
    assert open_ticket.priority == "high"


def test_lowering_the_priority_keeps_the_actor_the_change_and_the_reason(
    open_ticket, support_staff
):
    staff.change_priority(ticket=open_ticket, by=support_staff, priority="high")
    staff.change_priority(
        ticket=open_ticket, by=support_staff, priority="low", reason="Answered in the FAQ."
    )
    event = _last(open_ticket, "priority_changed")
    assert (event.actor, event.data) == (
        support_staff,
        {"from": "high", "to": "low", "reason": "Answered in the FAQ."},
    )


def test_raising_the_priority_needs_no_reason(open_ticket, support_staff):
    staff.change_priority(ticket=open_ticket, by=support_staff, priority="urgent")
    assert _last(open_ticket, "priority_changed").data == {"from": "normal", "to": "urgent"}


def test_the_ticket_page_says_by_the_box_why_a_reason_is_needed(client, open_ticket, support_staff):
    staff.change_priority(ticket=open_ticket, by=support_staff, priority="high")
    sign_in_staff(client, support_staff)
    response = _page(client, open_ticket, "priority", {"priority": "low", "reason": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert 'data-error-code="reason_required"' in page
    assert page.count("Write the reason: lowering the priority") == 2  # the banner and the box
    assert 'value="low" selected' in page  # what was chosen stays chosen


def test_the_ticket_page_records_the_reason_given_for_taking_a_colleagues_ticket(
    client, open_ticket, support_staff, colleague
):
    staff.assign_ticket(ticket=open_ticket, assignee=colleague, by=colleague)
    sign_in_staff(client, support_staff)
    response = _page(client, open_ticket, "assign", {"to_me": "1", "reason": "Cal is away."})
    assert response.status_code == 302
    event = _last(open_ticket, "assigned")
    assert (event.actor, event.data["to"], event.data["reason"]) == (
        support_staff,
        support_staff.pk,
        "Cal is away.",
    )
    page = client.get(response["Location"]).content.decode()
    assert "Reason: Cal is away." in page
