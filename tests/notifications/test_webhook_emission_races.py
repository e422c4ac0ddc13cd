"""The same event emitted by concurrent callers on PostgreSQL: one event for each owner and
one delivery for each endpoint, however the callers interleave."""

from __future__ import annotations

import pytest

from directcontracts.notifications import webhooks
from directcontracts.notifications.models import WebhookDelivery, WebhookEvent
from directcontracts.notifications.services import emit_event
from tests.accounts.factories import UserFactory
from tests.concurrency import run_together
from tests.notifications.factories import WebhookEndpointFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
CALLERS = 8


def test_concurrent_emits_of_one_event_make_one_event_and_one_delivery_per_owner(monkeypatch):
    monkeypatch.setattr(webhooks, "enqueue_attempt", lambda *args, **kwargs: None)
    owners = [UserFactory(), UserFactory()]
    for owner in owners:
        WebhookEndpointFactory(owner=owner)

    def emit():
        return emit_event(
            event_type="milestone.funded",
            owner_ids=[owner.pk for owner in owners],
            data={"id": 1},
            idempotency_key="milestone:1:funded",
        )

    outcomes = run_together([emit] * CALLERS, workers=CALLERS)
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert WebhookEvent.objects.count() == 2
    assert WebhookDelivery.objects.count() == 2
    ids = {tuple(sorted(event.pk for event in outcome)) for outcome in outcomes}
    assert len(ids) == 1
