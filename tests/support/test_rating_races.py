"""A request's rating under real concurrent connections (PostgreSQL): ratings sent at one
instant leave one rating on the ticket, never a second one counted."""

from __future__ import annotations

import pytest

from directcontracts.support import ratings, selectors, staff
from directcontracts.support.models import Status
from tests.concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]

WORKERS = 10


def test_a_request_rated_many_times_at_once_counts_one_rating(
    open_ticket, support_staff, client_user
):
    staff.change_status(ticket=open_ticket, by=support_staff, status=Status.RESOLVED)
    outcomes = run_together(
        [
            lambda: ratings.rate_request(ticket=open_ticket, user=client_user, rating="good")
            for _ in range(WORKERS)
        ],
        workers=WORKERS,
    )
    assert [o for o in outcomes if isinstance(o, Exception)] == []
    figures = selectors.satisfaction_figures()
    assert (figures.good, figures.bad) == (1, 0)
