"""Recording an event for several owners at once (issue 19: constant queries on the writes
that emit one event for each party)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directcontracts.notifications import webhooks
from directcontracts.notifications.models import WebhookDelivery, WebhookEvent
from directcontracts.notifications.services import emit_event
from tests.accounts.factories import UserFactory
from tests.notifications.factories import WebhookEndpointFactory

pytestmark = pytest.mark.django_db


def _emit(owner_ids, key="milestone:1:funded"):
    return emit_event(
        event_type="milestone.funded", owner_ids=owner_ids, data={"id": 1}, idempotency_key=key
    )


def _queries_to_emit(owner_ids, key):
    with CaptureQueriesContext(connection) as captured:
        _emit(owner_ids, key)
    return len(captured.captured_queries)


def test_emitting_for_many_owners_makes_as_many_queries_as_for_one():
    owners = [UserFactory() for _ in range(6)]
    for owner in owners:
        WebhookEndpointFactory(owner=owner, enabled_events=["invoice.paid"])
    one = _queries_to_emit([owners[0].pk], "a")
    six = _queries_to_emit([owner.pk for owner in owners], "b")
    assert six == one


def test_each_owners_endpoint_gets_one_delivery(monkeypatch):
    monkeypatch.setattr(webhooks, "enqueue_attempt", lambda *args, **kwargs: None)
    first, second = UserFactory(), UserFactory()
    mine, theirs = WebhookEndpointFactory(owner=first), WebhookEndpointFactory(owner=second)
    _emit([first.pk, second.pk])
    deliveries = {(d.endpoint_id, d.event.owner_id) for d in WebhookDelivery.objects.all()}
    assert deliveries == {(mine.pk, first.pk), (theirs.pk, second.pk)}


def test_an_owner_who_already_has_the_event_gets_no_second_delivery(monkeypatch):
    monkeypatch.setattr(webhooks, "enqueue_attempt", lambda *args, **kwargs: None)
    first, second = UserFactory(), UserFactory()
    WebhookEndpointFactory(owner=first)
    WebhookEndpointFactory(owner=second)
    _emit([first.pk])
    events = _emit([first.pk, second.pk])
    assert WebhookEvent.objects.count() == 2
    assert sorted(d.event.owner_id for d in WebhookDelivery.objects.all()) == sorted(
        [first.pk, second.pk]
    )
    assert {e.owner_id for e in events} == {first.pk, second.pk}


def test_an_event_a_concurrent_emit_wrote_first_is_returned_and_not_delivered_again(monkeypatch):
    """The first read misses the row (another transaction committed it just after): the
    insert skips the conflict and the row read back is the other emit's, not delivered here."""
    monkeypatch.setattr(webhooks, "enqueue_attempt", lambda *args, **kwargs: None)
    owner = UserFactory()
    WebhookEndpointFactory(owner=owner)
    theirs = WebhookEvent.objects.create(
        owner=owner, type="milestone.funded", data={"id": 1}, idempotency_key="milestone:1:funded"
    )
    manager = WebhookEvent.objects
    real_filter = manager.filter
    reads = []

    def first_read_misses(*args, **kwargs):
        reads.append(kwargs)
        found = real_filter(*args, **kwargs)
        return found.none() if len(reads) == 1 else found

    monkeypatch.setattr(manager, "filter", first_read_misses)
    events = _emit([owner.pk])
    assert [event.pk for event in events] == [theirs.pk]
    assert not WebhookDelivery.objects.exists()
    assert WebhookEvent.objects.count() == 1
