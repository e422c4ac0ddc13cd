"""A double submit of one message under real concurrent requests on PostgreSQL: both
requests pass any look-up made before the other has written, so only serialising one
person's submissions keeps it to one message."""

from __future__ import annotations

import pytest

from directcontracts.contracts import messaging
from directcontracts.contracts.models import Message
from tests.concurrency import run_together
from tests.contracts.factories import active_contract

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]
CALLERS = 6


def test_the_same_message_posted_at_the_same_instant_is_stored_once(freelancer, monkeypatch):
    contract, _client = active_contract(freelancer, monkeypatch)

    def post():
        return messaging.post_message(contract=contract, sender=freelancer, body="Files are up.")

    outcomes = run_together([post] * CALLERS, workers=CALLERS)

    assert [o for o in outcomes if isinstance(o, Exception)] == []
    assert Message.objects.filter(contract=contract).count() == 1
    assert {o.pk for o in outcomes} == {Message.objects.get().pk}
