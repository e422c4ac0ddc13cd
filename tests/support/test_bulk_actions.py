"""Bulk actions on the support queue: several tickets at once, each audited, each refused
on its own (a ticket about the member, a closed one), and both reported."""

from __future__ import annotations

import pytest
from django.test import Client

from directcontracts.core import clock
from directcontracts.support import bulk
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import CannedReply, MessageKind, Priority, Status, TicketEvent
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_staff
from tests.support.factories import TicketFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(db):
    return [TicketFactory(email_confirmed_at=clock.now()) for _ in range(3)]


@pytest.fixture
def colleague(db):
    return StaffFactory(email="cal.colleague@example.com", groups=["support"])


@pytest.fixture
def own_ticket(support_staff):
    """A request the support member filed themselves: another member must handle it."""
    return TicketFactory(
        requester=support_staff,
        requester_email=support_staff.email,
        email_confirmed_at=clock.now(),
    )


@pytest.fixture
def canned(db):
    return CannedReply.objects.create(title="Done", body="Hello {name}, {reference} is done.")


def refs(tickets):
    return [t.reference for t in tickets]


def apply(by, tickets, **change):
    return bulk.apply_to_tickets(by=by, references=refs(tickets), change=bulk.BulkChange(**change))


def test_assigning_several_to_oneself_assigns_each_with_an_event_each(support_staff, three):
    result = apply(support_staff, three, action=bulk.Action.ASSIGN_TO_ME)
    assert result.done == refs(three)
    for ticket in three:
        ticket.refresh_from_db()
        assert ticket.assignee == support_staff
        assert TicketEvent.objects.filter(ticket=ticket, kind="assigned", actor=support_staff)


def test_assigning_several_to_a_colleague_gives_them_each(support_staff, colleague, three):
    apply(support_staff, three, action=bulk.Action.ASSIGN, assignee=colleague)
    assert {t.assignee_id for t in [*map(_fresh, three)]} == {colleague.pk}


def test_setting_the_priority_of_several_records_the_change_on_each(support_staff, three):
    apply(support_staff, three, action=bulk.Action.PRIORITY, priority=Priority.URGENT)
    events = TicketEvent.objects.filter(kind="priority_changed", data__to="urgent")
    assert events.count() == 3


def test_closing_with_a_canned_reply_answers_and_closes_each(support_staff, three, canned):
    apply(support_staff, three, action=bulk.Action.CLOSE, canned=canned)
    for ticket in map(_fresh, three):
        reply = ticket.messages.get(kind=MessageKind.STAFF)
        assert (ticket.status, reply.body) == (
            Status.CLOSED,
            f"Hello there, {ticket.reference} is done.",
        )


def test_a_ticket_about_the_member_is_refused_and_the_others_are_done(
    support_staff, three, own_ticket
):
    result = apply(support_staff, [*three, own_ticket], action=bulk.Action.ASSIGN_TO_ME)
    assert result.done == refs(three)
    assert [(r.reference, r.code) for r in result.refused] == [
        (own_ticket.reference, "staff_is_a_party")
    ]
    assert _fresh(own_ticket).assignee is None


def test_a_closed_ticket_is_refused_a_close_and_gets_no_reply(support_staff, three, canned):
    closed = TicketFactory(email_confirmed_at=clock.now(), status=Status.CLOSED)
    result = apply(support_staff, [closed, *three], action=bulk.Action.CLOSE, canned=canned)
    assert [r.reference for r in result.refused] == [closed.reference]
    assert not closed.messages.exists()


def test_lowering_a_priority_without_a_reason_is_refused_on_that_ticket_only(support_staff, three):
    urgent = TicketFactory(email_confirmed_at=clock.now(), priority=Priority.URGENT)
    result = apply(support_staff, [urgent, *three], action=bulk.Action.PRIORITY, priority="normal")
    assert [(r.reference, r.code) for r in result.refused] == [
        (urgent.reference, "reason_required")
    ]
    assert _fresh(urgent).priority == Priority.URGENT


def test_an_unknown_reference_is_refused_as_not_found(support_staff):
    result = bulk.apply_to_tickets(
        by=support_staff,
        references=["HLP-NOSUCH"],
        change=bulk.BulkChange(action=bulk.Action.ASSIGN_TO_ME),
    )
    assert [r.code for r in result.refused] == ["ticket_not_found"]


# --- The queue page -----------------------------------------------------------------------


def _post(client, data, query=""):
    return client.post(f"/support/staff/bulk/{query}", data)


def test_the_queue_reports_the_tickets_done_and_those_refused_with_why(
    client, support_staff, three, own_ticket
):
    sign_in_staff(client, support_staff)
    data = {"tickets": [*refs(three), own_ticket.reference], "action": "assign_to_me"}
    page = client.get(_post(client, data)["Location"]).content.decode()
    assert "Assign to me: done for 3 tickets" in page
    assert f"Not changed, 1 ticket: {own_ticket.reference}" in page
    assert "staff_is_a_party" in page


def test_after_a_bulk_action_the_queue_keeps_its_filters(client, support_staff, three):
    sign_in_staff(client, support_staff)
    response = _post(client, {"tickets": refs(three), "action": "assign_to_me"}, "?view=all")
    assert response["Location"] == "/support/staff/?view=all"


def test_select_all_takes_every_ticket_of_the_page(client, support_staff, three):
    sign_in_staff(client, support_staff)
    data = {"select_all": "on", "page_tickets": refs(three), "action": "assign_to_me"}
    _post(client, data)
    assert {_fresh(t).assignee_id for t in three} == {support_staff.pk}


def test_no_ticket_ticked_is_a_400_that_says_so_and_changes_nothing(client, support_staff, three):
    sign_in_staff(client, support_staff)
    response = _post(client, {"action": "assign_to_me"})
    assert response.status_code == 400
    assert "Nothing was changed: Tick at least one ticket." in response.content.decode()
    assert not TicketEvent.objects.filter(kind="assigned").exists()


def test_no_ticket_ticked_answers_the_code_no_tickets(client, support_staff, three):
    sign_in_staff(client, support_staff)
    response = _post(client, {"action": "assign_to_me"})
    assert 'data-error-code="no_tickets"' in response.content.decode()


def test_more_tickets_than_the_limit_is_a_400_too_many_that_changes_nothing(
    client, support_staff, three
):
    sign_in_staff(client, support_staff)
    many = [f"HLP-{n:08d}" for n in range(bulk.MAX_TICKETS + 1)]
    response = _post(client, {"tickets": many, "action": "assign_to_me"})
    assert (response.status_code, 'data-error-code="too_many"' in response.content.decode()) == (
        400,
        True,
    )
    assert not TicketEvent.objects.filter(kind="assigned").exists()


def test_the_bulk_refusal_codes_are_in_the_support_error_code_enum():
    assert {"no_tickets", "too_many"} <= {str(code) for code in SupportErrorCode}


def test_an_action_missing_its_choice_is_a_400(client, support_staff, three):
    sign_in_staff(client, support_staff)
    response = _post(client, {"tickets": refs(three), "action": "priority"})
    assert response.status_code == 400
    assert 'data-error-code="validation_error"' in response.content.decode()


def test_bulk_actions_are_a_404_for_someone_outside_support(client, client_user, three):
    client.force_login(client_user)
    assert _post(client, {"tickets": refs(three), "action": "assign_to_me"}).status_code == 404


def test_bulk_actions_need_the_csrf_token(client, support_staff, three):
    sign_in_staff(client, support_staff)
    browser = Client(enforce_csrf_checks=True)
    browser.cookies = client.cookies  # the same signed-in session, no token posted
    response = browser.post("/support/staff/bulk/", {"tickets": refs(three), "action": "close"})
    assert response.status_code == 403
    assert not TicketEvent.objects.filter(kind="replied").exists()


def test_every_ticket_box_and_select_all_have_a_label(client, support_staff, three):
    sign_in_staff(client, support_staff)
    page = client.get("/support/staff/").content.decode()
    for ticket in three:
        assert f'<label for="pick-{ticket.reference}"' in page
    assert '<label for="select-all">Select all 3 on this page</label>' in page


def _fresh(ticket):
    ticket.refresh_from_db()
    return ticket
