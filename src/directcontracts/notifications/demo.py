"""Demo notices and a webhook endpoint that cannot be reached, so failed deliveries show."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth import get_user_model

from directcontracts.notifications.models import Notice, WebhookEndpoint
from directcontracts.notifications.webhooks import emit_event

DEMO_NOTICES = {
    "freelancer@demo.test": [
        (
            "contract.accepted",
            "Carl Client accepted “Bakery website redesign”",
            "The contract is active. Start work once a milestone is funded.",
        ),
        (
            "milestone.funded",
            "Milestone “Homepage mock-ups” is funded",
            "USD 1,200.00 is held in escrow. You can start work on this milestone.",
        ),
    ],
    "client@demo.test": [
        (
            "milestone.submitted",
            "Fiona Freelancer submitted “Homepage mock-ups”",
            "Review the work within 14 days: approve it or request changes.",
        ),
    ],
}
DEMO_WEBHOOK_URL = "http://127.0.0.1:9/"  # the discard port: nothing listens, every try fails


def load_notifications(write: Callable[[str], None]) -> None:
    users = get_user_model().objects
    for email, notices in DEMO_NOTICES.items():
        user = users.filter(email=email).first()
        if user is None:
            continue
        for kind, title, body in notices:
            Notice.objects.get_or_create(
                recipient=user, kind=kind, title=title, defaults={"body": body}
            )
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
