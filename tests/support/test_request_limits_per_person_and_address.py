"""Get Help requests are limited per person and per address, both: a visitor's requests per
address and per email address to answer (each emails it a confirmation link), a signed-in
person's per account and, for everyone signed in, per address."""

from __future__ import annotations

import pytest
from django.core import mail

from directcontracts.core import ratelimit
from directcontracts.core.errors import RateLimited
from directcontracts.support import tickets
from directcontracts.support.models import Ticket
from tests.accounts.factories import UserFactory
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db


def _visitor_asks(n: int, email: str, address: str) -> Ticket:
    data = request_input(email=email, subject=f"Question {n}")
    return tickets.open_request(user=None, data=data, address=address)


def test_one_inbox_gets_a_bounded_number_of_confirmations_from_many_networks(
    settings, django_capture_on_commit_callbacks
):
    settings.SUPPORT_REQUEST_LIMIT_PER_USER = 2
    with django_capture_on_commit_callbacks(execute=True):
        _visitor_asks(1, "victim@example.org", "198.51.100.1")
        _visitor_asks(2, "victim@example.org", "198.51.100.2")
        with pytest.raises(RateLimited):
            _visitor_asks(3, "victim@example.org", "198.51.100.3")
    assert len(mail.outbox) == 2
    assert Ticket.objects.count() == 2


@pytest.mark.parametrize("written", ["VICTIM@example.org", "  victim@EXAMPLE.org  "])
def test_capitals_or_spaces_in_the_email_make_no_new_sender(settings, written):
    settings.SUPPORT_REQUEST_LIMIT_PER_USER = 1
    _visitor_asks(1, "victim@example.org", "198.51.100.1")
    with pytest.raises(RateLimited):
        _visitor_asks(2, written, "198.51.100.2")


def test_many_accounts_on_one_address_share_a_limit(settings):
    settings.SUPPORT_REQUEST_LIMIT_PER_USER = 1  # per account; twice that per address
    people = UserFactory.create_batch(3)
    for n, person in enumerate(people[:2]):
        tickets.open_request(
            user=person, data=request_input(subject=f"Q{n}"), address="203.0.113.7"
        )
    with pytest.raises(RateLimited):
        tickets.open_request(user=people[2], data=request_input(), address="203.0.113.7")
    assert Ticket.objects.count() == 2


def test_a_refused_request_takes_nothing_from_the_other_limit(settings):
    settings.SUPPORT_REQUEST_LIMIT_PER_ADDRESS = 1
    _visitor_asks(1, "a@example.org", "198.51.100.1")
    with pytest.raises(RateLimited):
        _visitor_asks(2, "b@example.org", "198.51.100.1")
    key = "support.request:email:b@example.org"
    assert ratelimit.count(key, window_seconds=tickets.REQUEST_WINDOW_SECONDS) == 0
