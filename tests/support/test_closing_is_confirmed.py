"""Closing a ticket is final (a closed ticket is never reopened and its customer can no longer
reply), so the support console asks again before closing, and a closed ticket's page offers
no status change that would only be refused."""

from __future__ import annotations

import pytest

from directcontracts.support import staff
from directcontracts.support.models import Status
from tests.accounts.helpers import sign_in_as

pytestmark = pytest.mark.django_db


def _status_url(ticket) -> str:
    return f"/support/staff/tickets/{ticket.reference}/status/"


def _page_url(ticket) -> str:
    return f"/support/staff/tickets/{ticket.reference}/"


def test_closing_asks_again_on_a_page_of_its_own_and_closes_nothing_yet(
    client, open_ticket, support_staff
):
    sign_in_as(client, support_staff)
    response = client.post(_status_url(open_ticket), {"status": "closed", "reason": "Spam"})
    page = response.content.decode()
    assert response.status_code == 200
    assert f"Close {open_ticket.reference} for good?" in page
    assert "This cannot be undone" in page
    assert '<input type="hidden" name="confirmed" value="on">' in page
    assert '<dd data-testid="confirm-reason">Spam</dd>' in page
    open_ticket.refresh_from_db()
    assert open_ticket.status != Status.CLOSED


def test_the_confirmation_offers_resolved_instead_with_its_reopen_window(
    client, open_ticket, support_staff, settings
):
    settings.SUPPORT_REOPEN_DAYS = 9
    sign_in_as(client, support_staff)
    page = client.post(_status_url(open_ticket), {"status": "closed"}).content.decode()
    assert "they can reopen it within 9 days" in page


def test_the_confirmed_close_closes_the_ticket(client, open_ticket, support_staff):
    sign_in_as(client, support_staff)
    response = client.post(
        _status_url(open_ticket), {"status": "closed", "reason": "Spam", "confirmed": "on"}
    )
    assert response.status_code == 302
    open_ticket.refresh_from_db()
    assert open_ticket.status == Status.CLOSED


def test_another_status_change_is_made_at_once(client, open_ticket, support_staff):
    sign_in_as(client, support_staff)
    response = client.post(_status_url(open_ticket), {"status": "resolved"})
    assert response.status_code == 302
    open_ticket.refresh_from_db()
    assert open_ticket.status == Status.RESOLVED


def test_a_closed_ticket_offers_no_status_change_and_says_it_is_final(
    client, open_ticket, support_staff
):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.CLOSED)
    sign_in_as(client, support_staff)
    page = client.get(_page_url(open_ticket)).content.decode()
    assert "Set status" not in page
    assert "Closed for good: a closed request is not reopened." in page


def test_the_status_list_offers_only_the_moves_the_ticket_can_make(
    client, open_ticket, support_staff
):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.RESOLVED)
    sign_in_as(client, support_staff)
    page = client.get(_page_url(open_ticket)).content.decode()
    status_select = page.split('name="status"', 1)[1].split("</select>", 1)[0]
    assert 'value="resolved"' in status_select
    assert 'value="open"' in status_select
    assert 'value="closed"' in status_select
    assert 'value="waiting_on_customer"' not in status_select
    assert 'value="new"' not in status_select


def test_closing_a_closed_ticket_again_is_refused_with_its_code_not_asked(
    client, open_ticket, support_staff
):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.CLOSED)
    sign_in_as(client, support_staff)
    response = client.post(_status_url(open_ticket), {"status": "closed"})
    assert response.status_code == 409
    assert 'data-error-code="invalid_transition"' in response.content.decode()
