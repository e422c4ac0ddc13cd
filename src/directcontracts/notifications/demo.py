"""A demo webhook endpoint that cannot be reached, so failed deliveries show."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth import get_user_model

from directcontracts.notifications.models import WebhookEndpoint
from directcontracts.notifications.webhooks import emit_event

DEMO_WEBHOOK_URL = "http://127.0.0.1:9/"  # the discard port: nothing listens, every try fails


def load_notifications(write: Callable[[str], None]) -> None:
    # Notices come from the demo contracts themselves (accepted, funded, submitted...),
    # so each one links to a contract that exists.
    users = get_user_model().objects
    freelancer = users.filter(email="freelancer@demo.test").first()
    if freelancer is None:
        return
    WebhookEndpoint.objects.get_or_create(
        owner=freelancer,
        url=DEMO_WEBHOOK_URL,
        defaults={"description": "Demo receiver (unreachable)", "enabled_events": ["*"]},
    )
    emit_event(
        event_type="milestone.funded",
        owner_ids=[freelancer.pk],
        data={
            "milestone": {"title": "Homepage mock-ups", "amount_minor": 120000, "currency": "USD"}
        },
        idempotency_key="demo:milestone-funded",
    )
    write(f"Demo webhook endpoint for {freelancer.email}: {DEMO_WEBHOOK_URL} (fails on purpose)")
