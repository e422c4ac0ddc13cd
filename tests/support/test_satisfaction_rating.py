""" "How did we do?": the requester rates a resolved or closed request; the team sees it."""

from __future__ import annotations

import pytest
from django.test import Client

from directcontracts.core.errors import DomainError
from directcontracts.support import ratings, selectors, staff, tickets
from directcontracts.support.models import Status, TicketEvent
from directcontracts.support.tokens import access_token
from tests.accounts.helpers import sign_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def resolved_ticket(open_ticket, support_staff):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.RESOLVED)
    open_ticket.refresh_from_db()
    return open_ticket


def _rate(client, ticket, **data):
    return client.post(f"/support/requests/{ticket.reference}/rating/", data)


def test_the_requester_rates_a_resolved_request_good_with_a_comment(
    client, resolved_ticket, client_user
):
    client.force_login(client_user)
    response = _rate(client, resolved_ticket, satisfaction="good", comment="Quick and clear.")
    assert response.status_code == 302
    resolved_ticket.refresh_from_db()
    assert (resolved_ticket.satisfaction, resolved_ticket.satisfaction_comment) == (
        "good",
        "Quick and clear.",
    )


def test_rating_again_changes_the_rating_instead_of_counting_twice(resolved_ticket, client_user):
    ratings.rate_request(ticket=resolved_ticket, user=client_user, rating="good")
    ratings.rate_request(ticket=resolved_ticket, user=client_user, rating="bad")
    figures = selectors.satisfaction_figures()
    assert (figures.good, figures.bad) == (0, 1)


def test_each_rating_is_an_event_on_the_timeline(resolved_ticket, client_user):
    ratings.rate_request(ticket=resolved_ticket, user=client_user, rating="good")
    ratings.rate_request(ticket=resolved_ticket, user=client_user, rating="bad")
    events = TicketEvent.objects.filter(ticket=resolved_ticket, kind="rated")
    assert [e.data for e in events] == [
        {"satisfaction": "good", "changed_from": "", "rated_member": None},
        {"satisfaction": "bad", "changed_from": "good", "rated_member": None},
    ]


def test_a_closed_request_can_be_rated(resolved_ticket, client_user, support_staff):
    staff.change_status(ticket=resolved_ticket, by=support_staff, status=Status.CLOSED)
    ratings.rate_request(ticket=resolved_ticket, user=client_user, rating="good")
    assert resolved_ticket.satisfaction == "good"


def test_a_request_still_being_handled_cannot_be_rated(open_ticket, client_user):
    with pytest.raises(DomainError) as excinfo:
        ratings.rate_request(ticket=open_ticket, user=client_user, rating="good")
    assert (excinfo.value.code, excinfo.value.status) == ("not_yet_rateable", 409)


def test_a_rating_other_than_good_or_bad_is_refused_by_name(client, resolved_ticket, client_user):
    client.force_login(client_user)
    response = _rate(client, resolved_ticket, satisfaction="excellent")
    assert response.status_code == 400
    assert "Choose Good or Bad." in response.content.decode()
    resolved_ticket.refresh_from_db()
    assert resolved_ticket.satisfaction == ""


def test_another_person_rating_a_request_gets_404_and_changes_nothing(
    client, resolved_ticket, stranger_client
):
    client.force_login(stranger_client)
    assert _rate(client, resolved_ticket, satisfaction="bad").status_code == 404
    resolved_ticket.refresh_from_db()
    assert resolved_ticket.satisfaction == ""


def test_a_visitor_rates_through_the_link_in_our_email(client, support_staff):
    ticket = tickets.open_request(
        user=None,
        data=tickets.RequestInput(
            topic="other", subject="Visitor question", description="Is this real?", email="v@ex.org"
        ),
        address="198.51.100.7",
    )
    tickets.confirm_request(token=_confirm(ticket))
    staff.change_status(ticket=ticket, by=support_staff, status=Status.RESOLVED)
    client.get(f"/support/requests/{ticket.reference}/?key={access_token(ticket.pk, 'v@ex.org')}")
    assert _rate(client, ticket, satisfaction="good").status_code == 302
    ticket.refresh_from_db()
    assert ticket.satisfaction == "good"


def _confirm(ticket) -> str:
    from directcontracts.support.tokens import confirm_token

    return confirm_token(ticket.pk, ticket.requester_email)


def test_the_rating_form_carries_a_csrf_token(resolved_ticket, client_user):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(client_user)
    assert _rate(browser, resolved_ticket, satisfaction="good").status_code == 403


def test_ratings_of_one_request_are_limited_per_hour(
    client, resolved_ticket, client_user, settings
):
    client.force_login(client_user)
    for _ in range(ratings.RATING_LIMIT_PER_TICKET):
        _rate(client, resolved_ticket, satisfaction="good")
    response = _rate(client, resolved_ticket, satisfaction="bad")
    assert response.status_code == 429
    assert response.has_header("Retry-After")


def test_the_request_page_thanks_the_requester_for_their_rating(
    client, resolved_ticket, client_user
):
    ratings.rate_request(ticket=resolved_ticket, user=client_user, rating="good")
    client.force_login(client_user)
    page = client.get(f"/support/requests/{resolved_ticket.reference}/").content.decode()
    assert "Thank you: you rated our help" in page
    assert "Change my rating" in page


def test_the_team_sees_the_rating_and_comment_on_the_ticket(
    client, resolved_ticket, client_user, support_staff
):
    ratings.rate_request(ticket=resolved_ticket, user=client_user, rating="bad", comment="Slow.")
    sign_in_staff(client, support_staff)
    page = client.get(f"/support/staff/tickets/{resolved_ticket.reference}/").content.decode()
    assert "Bad, I&#x27;m not satisfied: “Slow.”" in page


def test_the_queue_shows_the_share_rated_good(client, resolved_ticket, client_user, support_staff):
    ratings.rate_request(ticket=resolved_ticket, user=client_user, rating="good")
    sign_in_staff(client, support_staff)
    page = client.get("/support/staff/").content.decode()
    assert "100%</strong> rated good (1 of 1, 30 days)" in page


def test_the_resolution_email_asks_how_we_did(
    smtp_inbox, django_capture_on_commit_callbacks, open_ticket, support_staff
):
    with django_capture_on_commit_callbacks(execute=True):
        staff.change_status(ticket=open_ticket, by=support_staff, status=Status.RESOLVED)
    body = smtp_inbox.messages[-1].get_payload(decode=True).decode()
    assert f"/support/requests/{open_ticket.reference}/#rating" in body
