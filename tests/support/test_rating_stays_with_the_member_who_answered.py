"""A request's rating is about the staff member who answered it when it was rated: it stays
with them when the request is reassigned (team figures, the ticket page), and the migration
finds that member in the audit trail of requests rated before."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.apps import apps

from directcontracts.support import ratings, staff
from directcontracts.support.models import Status, Ticket
from directcontracts.support.selectors import agent_figures
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_staff

pytestmark = pytest.mark.django_db

backfill = import_module("directcontracts.support.migrations.0005_ticket_rated_member").backfill


@pytest.fixture
def colleague(db):
    return StaffFactory(email="cal.colleague@example.com", groups=["support"])


@pytest.fixture
def answered(open_ticket, support_staff):
    """`support_staff` answered the request and resolved it (a reply assigns it to them)."""
    staff.reply_to_customer(
        ticket=open_ticket, by=support_staff, body="Done.", status_after=Status.RESOLVED
    )
    open_ticket.refresh_from_db()
    return open_ticket


def figures_of(member):
    return next(f for f in agent_figures() if f.agent == member)


def reassign(ticket, by, to):
    staff.assign_ticket(ticket=ticket, assignee=to, by=by, reason="Covering the queue.")


def test_the_rating_names_the_member_who_answered(answered, client_user, support_staff):
    rated = ratings.rate_request(ticket=answered, user=client_user, rating="good")
    assert rated.rated_member == support_staff


def test_reassigning_after_the_rating_leaves_it_with_the_member_who_answered(
    answered, client_user, support_staff, colleague
):
    ratings.rate_request(ticket=answered, user=client_user, rating="bad")
    reassign(answered, support_staff, colleague)
    assert (figures_of(support_staff).rated, figures_of(colleague).rated) == (1, 0)


def test_an_unassigned_request_is_rated_for_the_author_of_its_last_reply(
    answered, client_user, support_staff
):
    Ticket.objects.filter(pk=answered.pk).update(assignee=None)
    answered.refresh_from_db()
    rated = ratings.rate_request(ticket=answered, user=client_user, rating="good")
    assert rated.rated_member == support_staff


def test_the_staff_page_names_the_member_the_rating_is_about(
    client, answered, client_user, support_staff, colleague
):
    ratings.rate_request(ticket=answered, user=client_user, rating="good")
    reassign(answered, support_staff, colleague)
    sign_in_staff(client, colleague)
    page = client.get(f"/support/staff/tickets/{answered.reference}/").content.decode()
    assert f"rated for {support_staff.full_name}" in page


def test_the_migration_finds_the_member_who_held_the_request_when_it_was_rated(
    answered, client_user, support_staff, colleague
):
    ratings.rate_request(ticket=answered, user=client_user, rating="good")
    reassign(answered, support_staff, colleague)
    Ticket.objects.filter(pk=answered.pk).update(rated_member=None)  # as rated before
    backfill(apps, None)
    answered.refresh_from_db()
    assert answered.rated_member == support_staff


def test_the_migration_leaves_a_request_whose_trail_names_no_one_without_a_member(
    answered, client_user
):
    ratings.rate_request(ticket=answered, user=client_user, rating="good")
    Ticket.objects.filter(pk=answered.pk).update(rated_member=None)
    answered.events.exclude(kind="rated").delete()
    backfill(apps, None)
    answered.refresh_from_db()
    assert answered.rated_member is None
