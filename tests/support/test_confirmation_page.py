"""A visitor's confirmation link shows a page; only its button (a POST) confirms the request,
so a mail scanner opening the link confirms nothing."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client

from directcontracts.support import tickets
from directcontracts.support.models import Ticket
from directcontracts.support.tokens import confirm_token
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor_ticket() -> Ticket:
    return tickets.open_request(
        user=None,
        data=request_input(email="vis@example.org", name="Vis Itor"),
        address=None,
    )


@pytest.fixture
def link(visitor_ticket) -> str:
    return f"/support/confirm/{confirm_token(visitor_ticket.pk, visitor_ticket.requester_email)}/"


def test_opening_the_confirmation_link_confirms_nothing(
    client, visitor_ticket, link, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(link)
    visitor_ticket.refresh_from_db()
    assert response.status_code == 200
    assert not visitor_ticket.is_confirmed
    assert not visitor_ticket.events.filter(kind="email_confirmed").exists()
    assert mail.outbox == []


def test_the_confirmation_page_names_the_request_and_offers_a_button(client, visitor_ticket, link):
    page = client.get(link).content.decode()
    assert visitor_ticket.reference in page
    assert visitor_ticket.subject in page
    assert '<form method="post"' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert ">Confirm my request</button>" in page


def test_the_confirmation_page_shows_nothing_the_email_does_not(client, visitor_ticket, link):
    page = client.get(link).content.decode()
    assert visitor_ticket.description not in page
    assert visitor_ticket.requester_email not in page


def test_opening_the_confirmation_link_does_not_open_the_unconfirmed_request(
    client, visitor_ticket, link
):
    client.get(link)
    assert client.get(f"/support/requests/{visitor_ticket.reference}/").status_code == 404


def test_pressing_confirm_my_request_confirms_it_and_opens_it(client, visitor_ticket, link):
    response = client.post(link, follow=True)
    visitor_ticket.refresh_from_db()
    assert visitor_ticket.is_confirmed
    assert response.redirect_chain[-1][0] == f"/support/requests/{visitor_ticket.reference}/"
    assert (
        "Thank you: your address is confirmed and "
        f'<span class="nowrap">{visitor_ticket.reference}</span> is with our team.'
        in response.content.decode()
    )


def test_the_confirm_button_needs_the_pages_csrf_token(visitor_ticket, link):
    response = Client(enforce_csrf_checks=True).post(link)
    visitor_ticket.refresh_from_db()
    assert response.status_code == 403
    assert not visitor_ticket.is_confirmed


def test_an_expired_link_is_refused_by_its_button_too(
    frozen_clock, settings, client, visitor_ticket, link
):
    frozen_clock.advance(hours=settings.SUPPORT_CONFIRM_LINK_HOURS, seconds=1)
    response = client.post(link)
    visitor_ticket.refresh_from_db()
    assert response.status_code == 410
    assert 'data-error-code="link_expired"' in response.content.decode()
    assert not visitor_ticket.is_confirmed


def test_a_tampered_link_is_refused_by_its_button_too(client, visitor_ticket, link):
    response = client.post(link[:-5] + "abcd/")
    visitor_ticket.refresh_from_db()
    assert response.status_code == 400
    assert 'data-error-code="link_invalid"' in response.content.decode()
    assert not visitor_ticket.is_confirmed


def test_the_email_says_the_link_leads_to_a_button(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tickets.open_request(user=None, data=request_input(email="vis@example.org"), address=None)
    body = mail.outbox[-1].body
    assert "open this link and press “Confirm my request”" in body
    assert "opening the link alone confirms nothing" in body
