"""Round I: a burst of concurrent webhook endpoint creations stays within the most a person
may have (counted, then created, it passed the maximum by the number sent at once)."""

from __future__ import annotations

import pytest

from directcontracts.notifications import webhooks
from directcontracts.notifications.models import WebhookEndpoint
from tests.accounts.factories import UserFactory
from tests.concurrency import run_together

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
CALLERS = 10
MOST = 2


def test_concurrent_endpoint_creations_stop_at_the_most_a_person_may_have(settings):
    settings.WEBHOOK_MAX_ENDPOINTS_PER_USER = MOST
    owner = UserFactory()

    def create(n: int):
        return lambda: webhooks.create_endpoint(
            owner=owner, url=f"https://hooks.example.com/{n}", enabled_events=["*"]
        )

    outcomes = run_together([create(n) for n in range(CALLERS)], workers=CALLERS)
    refused = [o for o in outcomes if isinstance(o, Exception)]
    assert WebhookEndpoint.objects.filter(owner=owner).count() == MOST
    assert len(refused) == CALLERS - MOST
    assert {getattr(o, "code", o) for o in refused} == {"too_many_webhook_endpoints"}
