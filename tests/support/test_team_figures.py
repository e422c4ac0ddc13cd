"""Each support member's figures over 30 days, on a page only support leads open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Permission

from directcontracts.core import clock
from directcontracts.support import ratings, staff
from directcontracts.support.models import Satisfaction, Status
from directcontracts.support.selectors import agent_figures
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_staff
from tests.support.factories import TicketFactory

pytestmark = pytest.mark.django_db

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def lead(db):
    member = StaffFactory(email="lee.lead@example.com", groups=["support"])
    member.user_permissions.add(Permission.objects.get(codename="view_team_figures"))
    return member


def answered_after(member, hours, *, status_after=Status.WAITING):
    """A ticket that reached the queue at START and `member` first answered `hours` later."""
    clock.freeze(START)
    ticket = TicketFactory(email_confirmed_at=START)
    clock.advance(hours=hours)
    staff.reply_to_customer(ticket=ticket, by=member, body="Answer.", status_after=status_after)
    return ticket


def figures_of(member):
    return next(f for f in agent_figures() if f.agent == member)


def test_the_median_first_answer_is_the_middle_wait_of_the_members_first_answers(support_staff):
    for hours in (1, 2, 9):
        answered_after(support_staff, hours)
    assert figures_of(support_staff).median_first_response == timedelta(hours=2)


def test_a_later_reply_by_someone_else_does_not_count_as_their_first_answer(support_staff, lead):
    ticket = answered_after(support_staff, 1)
    staff.reply_to_customer(ticket=ticket, by=lead, body="More.")
    assert figures_of(lead).first_answers == 0


def test_tickets_resolved_count_each_ticket_the_member_resolved(support_staff):
    for _ in range(2):
        answered_after(support_staff, 1, status_after=Status.RESOLVED)
    answered_after(support_staff, 1)
    assert figures_of(support_staff).resolved == 2


def test_the_share_rated_good_is_of_the_ratings_of_the_members_answers(support_staff):
    for rating in (Satisfaction.GOOD, Satisfaction.GOOD, Satisfaction.BAD):
        ticket = answered_after(support_staff, 1, status_after=Status.RESOLVED)
        ratings.rate_request(ticket=ticket, user=ticket.requester, rating=rating)
    assert figures_of(support_staff).good_percent == 67


def test_figures_older_than_30_days_are_left_out(support_staff):
    answered_after(support_staff, 1, status_after=Status.RESOLVED)
    clock.advance(days=31)
    assert (figures_of(support_staff).resolved, figures_of(support_staff).first_answers) == (0, 0)


def test_a_support_lead_sees_each_members_figures(client, lead, support_staff):
    answered_after(support_staff, 3)
    clock.reset()
    sign_in_staff(client, lead)
    page = client.get("/support/staff/figures/").content.decode()
    assert "Team figures, last 30 days" in page
    assert support_staff.full_name in page


def test_a_support_member_who_is_not_a_lead_gets_a_404(client, support_staff):
    sign_in_staff(client, support_staff)
    assert client.get("/support/staff/figures/").status_code == 404


def test_someone_outside_support_gets_a_404_for_the_figures(client, client_user):
    client.force_login(client_user)
    assert client.get("/support/staff/figures/").status_code == 404
