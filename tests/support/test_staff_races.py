"""Two support members on the same ticket at the same instant, under real concurrent
connections on PostgreSQL: it is closed once, handed to Trust & Safety once, taken by one."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.support import staff, trust_cases
from directcontracts.support.models import Status, TicketEvent
from directcontracts.trust.models import Case
from tests.accounts.factories import StaffFactory
from tests.concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]


@pytest.fixture
def colleague(db):
    return StaffFactory(email="sam.support@example.com", groups=["support"])


def _split(outcomes):
    refused = [o for o in outcomes if isinstance(o, DomainError)]
    assert len(refused) == 1, outcomes
    return refused[0]


def test_two_members_closing_the_ticket_at_once_close_it_once(
    open_ticket, support_staff, colleague
):
    def close(by):
        return lambda: staff.change_status(ticket=open_ticket, by=by, status=Status.CLOSED)

    refused = _split(run_together([close(support_staff), close(colleague)], 2))

    assert refused.code == "invalid_transition"
    assert TicketEvent.objects.filter(ticket=open_ticket, to_status=Status.CLOSED).count() == 1


def test_two_members_handing_the_ticket_to_trust_and_safety_at_once_open_one_case(
    open_ticket, support_staff, colleague
):
    def hand_over(by):
        return lambda: trust_cases.escalate_to_trust_safety(
            ticket=open_ticket, by=by, summary="Asked to pay outside the platform."
        )

    refused = _split(run_together([hand_over(support_staff), hand_over(colleague)], 2))

    assert refused.code == "already_escalated"
    assert Case.objects.count() == 1
    events = TicketEvent.objects.filter(ticket=open_ticket, kind="escalated_to_trust_safety")
    assert events.count() == 1


def test_two_members_taking_the_new_ticket_at_once_leave_it_with_one(
    open_ticket, support_staff, colleague
):
    def take(by):
        return lambda: staff.assign_ticket(ticket=open_ticket, assignee=by, by=by)

    refused = _split(run_together([take(support_staff), take(colleague)], 2))

    # The second finds it taken: taking it from a colleague needs a reason, none was given.
    assert refused.code == "reason_required"
    assert TicketEvent.objects.filter(ticket=open_ticket, kind="assigned").count() == 1
