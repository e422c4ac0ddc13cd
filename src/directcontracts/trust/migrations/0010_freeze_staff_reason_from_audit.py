"""Freezes made before a freeze kept the staff's own reason: copy it from the audit trail.

A freeze or hold from the case page has an audit entry naming it (`data.freeze`): its reason
is what staff typed. A hold put on an open contract when its party was suspended or banned
takes the reason of that suspension or ban (the latest of the case at or before the hold).
The audit entries stay as they are (the audit trail is append-only)."""

from django.db import migrations

FREEZE_ACTIONS = ("freeze_escrow", "hold_contract")
STOPS = ("suspend", "ban")


def forwards(apps, schema_editor):
    EscrowFreeze = apps.get_model("contracts", "EscrowFreeze")
    AuditEntry = apps.get_model("trust", "AuditEntry")
    waiting = EscrowFreeze.objects.filter(source="trust_safety", staff_reason="")
    for entry in AuditEntry.objects.filter(action__in=FREEZE_ACTIONS).iterator():
        freeze = (entry.data or {}).get("freeze")
        if isinstance(freeze, int) or str(freeze).isdigit():
            waiting.filter(pk=int(freeze)).update(staff_reason=entry.reason)
    for freeze in waiting.iterator():
        stop = (
            AuditEntry.objects.filter(
                case__reference=freeze.reference,
                action__in=STOPS,
                created_at__lte=freeze.created_at,
            )
            .order_by("-created_at", "-pk")
            .first()
        )
        if stop is not None:
            EscrowFreeze.objects.filter(pk=freeze.pk).update(staff_reason=stop.reason)


class Migration(migrations.Migration):
    dependencies = [
        ("trust", "0009_freeze_appeal_link_for_the_person"),
        ("contracts", "0015_freeze_staff_reason"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
