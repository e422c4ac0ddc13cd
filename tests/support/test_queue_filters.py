"""The support queue narrowed by topic and by priority."""

from __future__ import annotations

import pytest

from directcontracts.core import clock
from directcontracts.support.forms import QueueFilterForm
from directcontracts.support.models import Priority, Topic
from tests.accounts.helpers import sign_in_staff
from tests.support.factories import TicketFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_tickets(db):
    confirmed = clock.now()
    payments = TicketFactory(
        subject="Card fee",
        topic=Topic.PAYMENTS,
        priority=Priority.NORMAL,
        email_confirmed_at=confirmed,
    )
    phishing = TicketFactory(
        subject="Fake site",
        topic=Topic.TRUST_SAFETY,
        priority=Priority.URGENT,
        email_confirmed_at=confirmed,
    )
    return payments, phishing


def _queue(client, **params) -> str:
    return client.get("/support/staff/", params).content.decode()


def test_the_queue_shows_only_the_topic_chosen(client, support_staff, two_tickets):
    payments, phishing = two_tickets
    sign_in_staff(client, support_staff)
    page = _queue(client, topic="trust_safety")
    assert phishing.reference in page
    assert payments.reference not in page


def test_the_queue_shows_only_the_priority_chosen(client, support_staff, two_tickets):
    payments, phishing = two_tickets
    sign_in_staff(client, support_staff)
    page = _queue(client, priority="normal")
    assert payments.reference in page
    assert phishing.reference not in page


def test_an_unknown_topic_shows_every_topic(client, support_staff, two_tickets):
    sign_in_staff(client, support_staff)
    page = _queue(client, topic="nonsense")
    assert all(t.reference in page for t in two_tickets)


def test_the_chosen_filters_stay_selected(client, support_staff, two_tickets):
    sign_in_staff(client, support_staff)
    page = _queue(client, topic="payments", priority="urgent")
    assert '<option value="payments" selected>' in page
    assert '<option value="urgent" selected>' in page


def test_an_unknown_topic_is_refused_with_its_code_and_says_every_topic_is_shown(
    client, support_staff, two_tickets
):
    sign_in_staff(client, support_staff)
    response = client.get("/support/staff/", {"topic": "nonsense"})
    page = response.content.decode()
    assert response.status_code == 400
    assert 'data-error-code="topic_invalid"' in page
    assert "There is no topic “nonsense”: showing every topic." in page


def test_an_unknown_priority_is_refused_with_its_code(client, support_staff, two_tickets):
    sign_in_staff(client, support_staff)
    response = client.get("/support/staff/", {"priority": "asap"})
    assert response.status_code == 400
    assert 'data-error-code="priority_invalid"' in response.content.decode()


def test_a_filter_not_on_its_list_is_dropped_by_the_form_and_the_other_kept():
    form = QueueFilterForm({"topic": "nonsense", "priority": "urgent"})
    assert form.filters() == {"topic": "", "priority": "urgent"}


def test_an_unknown_topic_is_shown_back_escaped(client, support_staff, two_tickets):
    sign_in_staff(client, support_staff)
    page = client.get("/support/staff/", {"topic": "<b>x</b>"}).content.decode()
    assert "There is no topic “&lt;b&gt;x&lt;/b&gt;”" in page
