"""The queue's daily chart counts what the queue shows: the member's own requests (filed by
them, or about a contract of theirs) are left out of it, like the queue and the staff home;
another member counts them."""

from __future__ import annotations

import pytest

from directcontracts.support import staff, tickets
from directcontracts.support.models import Status
from directcontracts.support.selectors import daily_chart
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_staff
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def colleague(db):
    return StaffFactory(email="cal.colleague@example.com", groups=["support"])


@pytest.fixture
def own_request(support_staff):
    """A request the support member filed themselves, resolved by a colleague."""
    return tickets.open_request(user=support_staff, data=request_input(), address=None)


def today(member):
    row = daily_chart(viewer=member, days=14)[-1]
    return row["opened"], row["resolved"]


def test_the_chart_leaves_out_a_request_the_member_opened(own_request, support_staff):
    assert today(support_staff) == (0, 0)


def test_the_chart_leaves_out_the_resolution_of_the_members_own_request(
    own_request, support_staff, colleague
):
    staff.change_status(ticket=own_request, by=colleague, status=Status.RESOLVED)
    assert today(support_staff) == (0, 0)


def test_a_colleague_s_chart_counts_the_members_request(own_request, colleague):
    staff.change_status(ticket=own_request, by=colleague, status=Status.RESOLVED)
    assert today(colleague) == (1, 1)


def test_the_queue_page_s_chart_table_leaves_out_the_members_own_request(
    client, own_request, support_staff
):
    sign_in_staff(client, support_staff)
    response = client.get("/support/staff/")
    assert [row["opened"] for row in response.context["chart"]] == [0] * 14
