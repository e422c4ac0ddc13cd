"""A double submit of one Get Help request under real concurrent requests on PostgreSQL."""

from __future__ import annotations

import pytest

from directcontracts.core import ratelimit
from directcontracts.support import tickets
from directcontracts.support.models import Ticket
from tests.concurrency import run_together
from tests.support.helpers import request_input

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]
CALLERS = 6


def test_the_same_request_sent_at_the_same_instant_opens_one_ticket(client_user):
    def send():
        return tickets.open_request(user=client_user, data=request_input(), address=None)

    outcomes = run_together([send] * CALLERS, workers=CALLERS)

    assert [o for o in outcomes if isinstance(o, Exception)] == []
    assert Ticket.objects.count() == 1
    assert {o.pk for o in outcomes} == {Ticket.objects.get().pk}


def test_requests_sent_at_the_same_instant_use_one_rate_limit_slot(client_user):
    key = f"support.request:user:{client_user.pk}"
    before = ratelimit.count(key, window_seconds=tickets.REQUEST_WINDOW_SECONDS)

    def send():
        return tickets.open_request(user=client_user, data=request_input(), address=None)

    run_together([send] * CALLERS, workers=CALLERS)

    assert before == 0
    assert ratelimit.count(key, window_seconds=tickets.REQUEST_WINDOW_SECONDS) == 1


def test_a_visitors_request_sent_at_the_same_instant_opens_one_ticket():
    data = request_input(email="vic@example.org", name="Vic")

    def send():
        return tickets.open_request(user=None, data=data, address="198.51.100.9")

    outcomes = run_together([send] * CALLERS, workers=CALLERS)

    assert [o for o in outcomes if isinstance(o, Exception)] == []
    assert Ticket.objects.count() == 1
