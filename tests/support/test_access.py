"""Who sees what: requesters their own tickets, the support team the queue, strangers 404."""

from __future__ import annotations

import pytest

from directcontracts.support import staff, tickets
from directcontracts.support.tokens import access_token
from tests.accounts.helpers import sign_in_as
from tests.support.conftest import request_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def ticket_with_file(client_user, png):
    return tickets.open_request(user=client_user, data=request_input(files=[png]), address=None)


def test_the_requester_reads_their_ticket(client, open_ticket, client_user):
    sign_in_as(client, client_user)
    response = client.get(f"/support/requests/{open_ticket.reference}/")
    assert response.status_code == 200
    assert open_ticket.subject.encode() in response.content


@pytest.mark.parametrize("persona", ["stranger_client", "stranger_freelancer", "freelancer"])
def test_a_stranger_gets_404_on_a_ticket_they_do_not_own(client, open_ticket, persona, request):
    sign_in_as(client, request.getfixturevalue(persona))
    assert client.get(f"/support/requests/{open_ticket.reference}/").status_code == 404
    response = client.post(f"/support/requests/{open_ticket.reference}/reply/", {"body": "hi"})
    assert response.status_code == 404
    assert open_ticket.messages.count() == 1


def test_an_anonymous_visitor_without_the_link_gets_404(client, open_ticket):
    assert client.get(f"/support/requests/{open_ticket.reference}/").status_code == 404


def test_a_stranger_gets_404_on_a_tickets_file(client, ticket_with_file, stranger_client):
    attachment = ticket_with_file.messages.get().attachments.get()
    sign_in_as(client, stranger_client)
    assert client.get(f"/support/files/{attachment.pk}/").status_code == 404


def test_the_requester_downloads_their_file_as_an_attachment(client, ticket_with_file, client_user):
    attachment = ticket_with_file.messages.get().attachments.get()
    sign_in_as(client, client_user)
    response = client.get(f"/support/files/{attachment.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment")


def test_a_visitors_link_works_and_a_forged_one_does_not(client):
    ticket = tickets.open_request(
        user=None, data=request_input(email="vis@example.org"), address=None
    )
    good = access_token(ticket.pk, ticket.requester_email)
    forged = access_token(ticket.pk, "attacker@example.org")
    assert client.get(f"/support/requests/{ticket.reference}/", {"key": forged}).status_code == 404
    response = client.get(f"/support/requests/{ticket.reference}/", {"key": good})
    assert response.status_code == 302  # the key leaves the address bar; the session keeps it
    assert client.get(response["Location"]).status_code == 200


def test_a_visitor_link_for_one_ticket_opens_no_other(client):
    first = tickets.open_request(user=None, data=request_input(email="a@example.org"), address=None)
    second = tickets.open_request(
        user=None, data=request_input(email="a@example.org", subject="Another"), address=None
    )
    key = access_token(first.pk, first.requester_email)
    assert client.get(f"/support/requests/{second.reference}/", {"key": key}).status_code == 404


# --- The support console --------------------------------------------------------------------


def test_a_support_member_who_is_not_a_superuser_works_the_queue(
    client, open_ticket, support_staff
):
    assert not support_staff.is_superuser
    sign_in_as(client, support_staff)
    queue = client.get("/support/staff/")
    assert queue.status_code == 200
    assert open_ticket.reference.encode() in queue.content
    page = client.get(f"/support/staff/tickets/{open_ticket.reference}/")
    assert page.status_code == 200
    response = client.post(
        f"/support/staff/tickets/{open_ticket.reference}/reply/",
        {"body": "Hello, it was added once.", "status_after": "waiting_on_customer"},
    )
    assert response.status_code == 302
    open_ticket.refresh_from_db()
    assert open_ticket.status == "waiting_on_customer"
    assert open_ticket.assignee == support_staff


def test_a_support_member_edits_canned_replies_and_articles_in_the_back_office(
    client, support_staff
):
    sign_in_as(client, support_staff)
    assert client.get("/admin/support/cannedreply/add/").status_code == 200
    assert client.get("/admin/helpcenter/article/").status_code == 200
    assert client.get("/admin/ledger/").status_code in (403, 404)


@pytest.mark.parametrize(
    "persona", ["client_user", "stranger_freelancer", "trust_safety_staff", "finance_staff"]
)
def test_the_console_is_not_found_for_anyone_outside_support(client, open_ticket, persona, request):
    sign_in_as(client, request.getfixturevalue(persona))
    assert client.get("/support/staff/").status_code == 404
    assert client.get(f"/support/staff/tickets/{open_ticket.reference}/").status_code == 404
    response = client.post(
        f"/support/staff/tickets/{open_ticket.reference}/status/", {"status": "closed"}
    )
    assert response.status_code == 404


def test_the_queue_is_paginated_and_searchable(client, client_user, support_staff, settings):
    settings.SUPPORT_REQUEST_LIMIT_PER_USER = 100
    for n in range(30):
        tickets.open_request(
            user=client_user, data=request_input(subject=f"Question {n:02d}"), address=None
        )
    sign_in_as(client, support_staff)
    first = client.get("/support/staff/").content.decode()
    assert "Page 1 of 2" in first
    found = client.get("/support/staff/", {"q": "Question 07"}).content.decode()
    assert "Question 07" in found
    assert "Question 08" not in found


def test_the_queue_shows_overdue_tickets(frozen_clock, client, open_ticket, support_staff):
    sign_in_as(client, support_staff)
    frozen_clock.advance(days=3)
    page = client.get("/support/staff/").content.decode()
    assert "overdue by" in page


def test_the_chart_counts_tickets_opened_and_resolved_per_day(open_ticket, support_staff):
    from directcontracts.support.selectors import daily_chart

    staff.change_status(ticket=open_ticket, by=support_staff, status="resolved")
    today = daily_chart(days=14)[-1]
    assert (today["opened"], today["resolved"]) == (1, 1)


def test_the_customers_list_of_requests_is_paginated(client, client_user, settings):
    settings.SUPPORT_REQUEST_LIMIT_PER_USER = 100
    for n in range(22):  # each its own question (the same one again is a double submit)
        tickets.open_request(
            user=client_user, data=request_input(subject=f"Question {n}"), address=None
        )
    sign_in_as(client, client_user)
    assert "Page 1 of 2" in client.get("/support/requests/").content.decode()


def test_escalating_without_the_trust_app_says_so(open_ticket, support_staff, monkeypatch):
    from directcontracts.core.errors import DomainError
    from directcontracts.support import trust_cases

    monkeypatch.setattr(trust_cases, "available", lambda: False)
    with pytest.raises(DomainError) as excinfo:
        trust_cases.escalate_to_trust_safety(ticket=open_ticket, by=support_staff, summary="Fraud")
    assert (excinfo.value.code, excinfo.value.status) == ("trust_cases_unavailable", 503)


def test_the_staff_ticket_history_names_the_state_a_ticket_moved_to_in_words(
    client, open_ticket, support_staff
):
    sign_in_as(client, support_staff)
    client.post(
        f"/support/staff/tickets/{open_ticket.reference}/reply/",
        {"body": "Could you send the invoice number?", "status_after": "waiting_on_customer"},
    )
    page = client.get(f"/support/staff/tickets/{open_ticket.reference}/").content.decode()
    assert "→ Waiting on customer" in page
    assert "→ waiting_on_customer" not in page


def test_the_staff_ticket_history_dates_name_the_month_and_year(client, open_ticket, support_staff):
    from django.utils import timezone
    from django.utils.dateformat import format as date_format

    sign_in_as(client, support_staff)
    page = client.get(f"/support/staff/tickets/{open_ticket.reference}/").content.decode()
    history = page[page.index('<ol class="timeline">') :].split("</ol>", 1)[0]
    opened = timezone.localtime(open_ticket.created_at)
    assert date_format(opened, "j M Y") in history
