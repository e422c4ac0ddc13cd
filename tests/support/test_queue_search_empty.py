"""The support queue's search, when the status filter hides what it would find."""

from __future__ import annotations

import pytest

from directcontracts.core import clock
from directcontracts.support.models import Status
from tests.accounts.helpers import sign_in_staff
from tests.support.factories import TicketFactory

pytestmark = pytest.mark.django_db


def test_a_search_that_the_status_filter_empties_offers_to_look_in_every_status(
    client, support_staff
):
    TicketFactory(subject="Refund timing", status=Status.RESOLVED, email_confirmed_at=clock.now())
    sign_in_staff(client, support_staff)
    page = client.get("/support/staff/", {"q": "Refund timing"}).content.decode()
    empty = page[page.index('data-testid="queue-empty"') :]
    empty = empty[: empty.index("</td>")]
    assert "No tickets match “Refund timing” under “Needs attention”." in empty
    assert 'href="?q=Refund%20timing&amp;view=all"' in empty


def test_the_search_in_every_status_finds_the_resolved_ticket(client, support_staff):
    ticket = TicketFactory(
        subject="Refund timing", status=Status.RESOLVED, email_confirmed_at=clock.now()
    )
    sign_in_staff(client, support_staff)
    page = client.get("/support/staff/", {"q": "Refund timing", "view": "all"}).content.decode()
    assert ticket.reference in page
    assert 'data-testid="queue-empty"' not in page


def test_the_search_field_is_wide_enough_for_its_whole_placeholder(client, support_staff):
    # At the stylesheet's default width "Reference, email or words" was cut off at 1280 and
    # 390 px; the search-wide class gives it 17rem (never past the screen's width).
    sign_in_staff(client, support_staff)
    page = client.get("/support/staff/").content.decode()
    field = page[page.index('<input id="q"') :]
    field = field[: field.index(">")]
    assert 'class="search-wide"' in field
    assert 'placeholder="Reference, email or words"' in field
