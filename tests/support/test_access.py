"""Who sees what: requesters their own tickets, the support team the queue, strangers 404."""

from __future__ import annotations

import pytest
from django.test import Client

from directcontracts.support import staff, tickets
from directcontracts.support.tokens import access_token, confirm_token
from tests.accounts.helpers import sign_in_as
from tests.support.helpers import request_input

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


# --- What someone without access meets --------------------------------------------------------


def _confirmed_visitor_request(client):
    """A visitor's request confirmed through its emailed link in one browser (`client`)."""
    ticket = tickets.open_request(
        user=None, data=request_input(email="vis@example.org"), address=None
    )
    token = confirm_token(ticket.pk, ticket.requester_email)
    assert client.post(f"/support/confirm/{token}/").status_code == 302
    return ticket, token


def test_a_confirmed_request_opened_in_another_browser_explains_how_to_reach_it(client):
    ticket, _ = _confirmed_visitor_request(Client())
    response = client.get(f"/support/requests/{ticket.reference}/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "We can't show you this request" in page
    assert "We answer you by email at the address you gave" in page
    assert "We've received your request" in page
    assert ticket.subject not in page


def test_the_not_shown_page_is_the_same_whether_the_reference_exists_or_not(client):
    ticket, _ = _confirmed_visitor_request(Client())
    real = client.get(f"/support/requests/{ticket.reference}/")
    made_up = client.get("/support/requests/HLP-23456789/")
    assert (real.status_code, made_up.status_code) == (404, 404)
    assert real.content.replace(ticket.reference.encode(), b"") == made_up.content.replace(
        b"HLP-23456789", b""
    )


def test_the_confirmation_link_opens_the_request_in_another_browser_and_says_it_was_confirmed(
    client,
):
    ticket, token = _confirmed_visitor_request(Client())
    page = client.get(f"/support/confirm/{token}/").content.decode()
    assert f"Your address was already confirmed: {ticket.reference} is with our team." in page
    assert "Confirm my request" not in page
    response = client.get(f"/support/requests/{ticket.reference}/")
    assert response.status_code == 200
    assert ticket.description in response.content.decode()


def test_pressing_confirm_again_says_the_request_was_already_confirmed(client):
    ticket, token = _confirmed_visitor_request(client)
    response = client.post(f"/support/confirm/{token}/", follow=True)
    page = response.content.decode()
    assert response.status_code == 200
    assert ticket.subject in page
    reference = f'<span class="nowrap">{ticket.reference}</span>'
    assert f"Your address was already confirmed: {reference} is with our team." in page


def test_an_expired_confirmation_link_gets_a_page_with_the_reason(client, frozen_clock, settings):
    ticket = tickets.open_request(
        user=None, data=request_input(email="vis@example.org"), address=None
    )
    token = confirm_token(ticket.pk, ticket.requester_email)
    frozen_clock.advance(hours=settings.SUPPORT_CONFIRM_LINK_HOURS, seconds=1)
    response = client.get(f"/support/confirm/{token}/")
    page = response.content.decode()
    assert response.status_code == 410
    assert "This link has expired" in page
    assert 'data-error-code="link_expired"' in page
    assert f"it works for {settings.SUPPORT_CONFIRM_LINK_HOURS} hours" in page


def test_a_tampered_confirmation_link_gets_a_page_with_the_reason(client):
    ticket = tickets.open_request(
        user=None, data=request_input(email="vis@example.org"), address=None
    )
    token = confirm_token(ticket.pk, ticket.requester_email)
    response = client.get(f"/support/confirm/{token[:-4]}abcd/")
    page = response.content.decode()
    assert response.status_code == 400
    assert "This link doesn't work" in page
    assert "Check that you copied all of it from the email." in page


def test_a_signed_in_person_opening_someone_elses_confirmed_request_is_told_it_is_not_theirs(
    client, stranger_client
):
    ticket, _ = _confirmed_visitor_request(Client())
    sign_in_as(client, stranger_client)
    response = client.get(f"/support/requests/{ticket.reference}/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "This request isn't one of yours" in page
    assert ticket.subject not in page


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
    today = daily_chart(viewer=support_staff, days=14)[-1]
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
