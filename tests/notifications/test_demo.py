from __future__ import annotations

import pytest

from directcontracts.accounts.demo import load_people
from directcontracts.notifications.demo import DEMO_WEBHOOK_URL, load_notifications
from directcontracts.notifications.models import Notice, WebhookEndpoint, WebhookEvent

pytestmark = pytest.mark.django_db


def test_the_demo_loader_does_nothing_without_the_demo_people():
    load_notifications(lambda line: None)
    assert not Notice.objects.exists()
    assert not WebhookEndpoint.objects.exists()


def test_the_demo_loader_is_idempotent():
    load_people(lambda line: None)
    load_notifications(lambda line: None)
    counts = (Notice.objects.count(), WebhookEndpoint.objects.count(), WebhookEvent.objects.count())
    load_notifications(lambda line: None)
    assert (
        Notice.objects.count(),
        WebhookEndpoint.objects.count(),
        WebhookEvent.objects.count(),
    ) == counts
    assert counts == (0, 1, 1)  # notices come from the demo contracts


def test_the_demo_endpoint_belongs_to_the_demo_freelancer_and_is_unreachable():
    load_people(lambda line: None)
    load_notifications(lambda line: None)
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.owner.email == "freelancer@demo.test"
    assert endpoint.url == DEMO_WEBHOOK_URL
