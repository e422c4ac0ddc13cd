"""A demo webhook endpoint that cannot be reached, so failed deliveries show; and the demo
accounts' older notices marked read, so a first look at the demo is not ~50 unread."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth import get_user_model

from directcontracts.core import clock
from directcontracts.notifications.models import Notice, WebhookEndpoint
from directcontracts.notifications.webhooks import emit_event

DEMO_WEBHOOK_URL = "http://127.0.0.1:9/"  # the discard port: nothing listens, every try fails
DEMO_EMAIL_DOMAIN = "@demo.test"
# Unread notices each demo account keeps: enough to show the badge and the "New" marks.
DEMO_UNREAD_KEPT = 3


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


def read_older_demo_notices(write: Callable[[str], None]) -> None:
    """Every demo contract's steps (accepted, funded, submitted, released...) left a notice,
    all unread: the demo people opened with a badge of 20 to 50 that no one could work
    through. Runs after every other loader: each demo account keeps its DEMO_UNREAD_KEPT
    newest unread notices; the older ones are marked read (still listed). Accounts outside
    the demo's domain are never touched; a second run changes nothing more."""
    people = get_user_model().objects.filter(email__endswith=DEMO_EMAIL_DOMAIN)
    marked = 0
    now = clock.now()
    for person in people.filter(notices__read_at__isnull=True).distinct():
        unread = Notice.objects.for_recipient(person).unread()
        kept = list(
            unread.order_by("-created_at", "-id").values_list("id", flat=True)[:DEMO_UNREAD_KEPT]
        )
        marked += unread.exclude(id__in=kept).update(read_at=now)
    write(f"  {marked} older demo notices marked read ({DEMO_UNREAD_KEPT} newest kept unread each)")
