"""A rating stays with the staff member who was answering when it was rated.

Adds `Ticket.rated_member` and fills it in for the requests rated before it existed, from
their audit trail (`TicketEvent`): the events up to the rating in force (the last `rated`
event, else `rated_at`) are replayed to find who held the request then (`assigned` events;
a first staff reply to an unassigned request assigns it to its author), else the author of
the last staff reply before it. A request whose trail names no one stays without one
(counted for no member) rather than being credited to whoever holds it now.
"""

from django.conf import settings
from django.db import migrations, models
import django.db.models.deletion

BATCH = 500


def member_from_trail(events, rated_at):
    """The member answering when the request was rated, from its events (oldest first)."""
    cutoff = None
    for event in events:
        if event.kind == "rated":
            cutoff = (event.created_at, event.id)
    holder = replier = None
    for event in events:
        if cutoff is not None and (event.created_at, event.id) >= cutoff:
            break
        if cutoff is None and rated_at is not None and event.created_at > rated_at:
            break
        if event.kind == "assigned":
            holder = (event.data or {}).get("to")
        elif event.kind == "replied" and event.actor_id is not None:
            replier = event.actor_id
            if holder is None:
                holder = event.actor_id
    return holder or replier


def backfill(apps, schema_editor):
    Ticket = apps.get_model("support", "Ticket")
    TicketEvent = apps.get_model("support", "TicketEvent")
    User = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    pending = list(
        Ticket.objects.filter(rated_at__isnull=False, rated_member__isnull=True)
        .order_by("id")
        .values_list("id", "rated_at")
    )
    for start in range(0, len(pending), BATCH):
        chunk = dict(pending[start : start + BATCH])
        trails = {}
        for event in TicketEvent.objects.filter(
            ticket_id__in=list(chunk), kind__in=("assigned", "replied", "rated")
        ).order_by("ticket_id", "created_at", "id"):
            trails.setdefault(event.ticket_id, []).append(event)
        found = {
            ticket_id: member_from_trail(trails.get(ticket_id, []), rated_at)
            for ticket_id, rated_at in chunk.items()
        }
        existing = set(
            User.objects.filter(pk__in={m for m in found.values() if m}).values_list(
                "pk", flat=True
            )
        )
        for ticket_id, member in found.items():
            if member in existing:
                Ticket.objects.filter(pk=ticket_id).update(rated_member_id=member)


class Migration(migrations.Migration):
    dependencies = [
        ("support", "0004_support_lead_figures_permission"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="ticket",
            name="rated_member",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
