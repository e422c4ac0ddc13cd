"""Finance alerts: marking one resolved is a staff action, audited on the alert itself
(who, when, why) and on the staff audit trail (`core.staff_audit`); it happens once, and an
alert is never quietly reopened by hand."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import QuerySet

from directcontracts.core import clock
from directcontracts.core.errors import Conflict, DomainError, PermissionDenied
from directcontracts.core.locks import for_update
from directcontracts.core.own_matter import own_references_of, party_refusal
from directcontracts.core.staff_audit import record_staff_edit
from directcontracts.core.validation import (
    CONTROL_CHARACTERS,
    find_control_character,
    message_for,
)
from directcontracts.ledger.errors import LedgerErrorCode
from directcontracts.ledger.models import FinanceAlert

MAX_NOTE = 2000


# --- Whose an alert is (core/own_matter.py) ------------------------------------------------
# An alert's items name payments, payouts and milestones by reference ("payment:12",
# "payout:3", "milestone:7", a ledger transfer key "milestone:7:funded"); the ledger knows no
# person, so it asks core's registry for the references that are a member's own
# (`own_references_of`: contracts and payments register theirs). A finance member does not
# read, nor resolve, an alert with an item about their own payment or payout.


def item_refs(item: dict[str, Any]) -> set[str]:
    """The references an alert item names: its payment, payout, subject, reference and key
    (a transfer key counts by its first two parts, "milestone:7:funded" as "milestone:7")."""
    refs: set[str] = set()
    for field in ("payment", "payout"):
        if isinstance(item.get(field), int):
            refs.add(f"{field}:{item[field]}")
    for field in ("subject", "reference", "key"):
        value = item.get(field)
        if isinstance(value, str) and value:
            refs.add(value)
            refs.add(":".join(value.split(":", 2)[:2]))
    return refs


def _names_one_of(details: Any, refs: set[str]) -> bool:
    return isinstance(details, list) and any(
        item_refs(item) & refs for item in details if isinstance(item, dict)
    )


def is_about(alert: FinanceAlert, user: Any) -> bool:
    """Whether an item of `alert` is about `user`'s own payment or payout."""
    refs = own_references_of(user)
    return bool(refs) and _names_one_of(alert.details, refs)


def alerts_about(user: Any, alerts: QuerySet[FinanceAlert]) -> list[int]:
    """The ids of `alerts` about `user`: none read when nothing is theirs (the usual case);
    otherwise each alert's items once (an alert is one per kind and day)."""
    refs = own_references_of(user)
    if not refs:
        return []
    return [
        pk for pk, details in alerts.values_list("pk", "details") if _names_one_of(details, refs)
    ]


PARTY_REFUSAL_WHAT = "this alert"
PARTY_REFUSAL_TEAM = "finance"


def clean_note(note: str) -> str:
    text = (note or "").strip()
    if not text:
        raise DomainError(
            LedgerErrorCode.RESOLUTION_REQUIRED,
            "Write what was found and done: the note is audited.",
        )
    if len(text) > MAX_NOTE:
        raise DomainError(
            LedgerErrorCode.RESOLUTION_TOO_LONG, f"Keep the note to {MAX_NOTE} characters."
        )
    if char := find_control_character(text, multiline=True):
        raise DomainError(CONTROL_CHARACTERS, message_for(char, multiline=True))
    return text


@transaction.atomic
def resolve_alert(*, alert: FinanceAlert, by: Any, note: str) -> FinanceAlert:
    if not (by.is_active and by.has_perm("ledger.change_financealert")):
        raise PermissionDenied("Only finance staff resolve finance alerts.")
    if is_about(alert, by):
        raise party_refusal(PARTY_REFUSAL_WHAT, PARTY_REFUSAL_TEAM)
    text = clean_note(note)
    now = clock.now()
    claimed = FinanceAlert.objects.filter(pk=alert.pk, resolved=False).update(
        resolved=True, resolved_by_id=by.pk, resolved_at=now, resolution_note=text, updated_at=now
    )
    if not claimed:
        raise Conflict(LedgerErrorCode.ALERT_ALREADY_RESOLVED, "This alert was already resolved.")
    alert.refresh_from_db()
    record_staff_edit(
        by=by,
        action="finance_alert_resolved",
        reason=text,
        data={
            "model": "ledger.financealert",
            "id": alert.pk,
            "from": {"resolved": False},
            "to": {"resolved": True, "resolution_note": text},
        },
    )
    return alert


def raise_alert(*, kind: str, key: str, detail: dict[str, Any]) -> FinanceAlert:
    """Add one item (`detail`, named by `key`) to today's alert of `kind`, opening it, or
    reopening it if it was resolved: a new item is news to finance. An item already there
    under the same key is not added again, so a redelivered event raises nothing twice.
    Runs in the caller's transaction (the money it describes moves in the same one)."""
    now = clock.now()
    day = now.date()
    FinanceAlert.objects.get_or_create(
        kind=kind, day=day, defaults={"details": [], "created_at": now, "updated_at": now}
    )
    alert = for_update(FinanceAlert.objects.filter(kind=kind, day=day)).get()
    if any(item.get("key") == key for item in alert.details):
        return alert
    alert.details = [*alert.details, {"key": key, **detail}]
    alert.mismatch_count = len(alert.details)
    alert.resolved = False
    alert.updated_at = now
    alert.save(update_fields=["details", "mismatch_count", "resolved", "updated_at"])
    return alert


def close_alert_items(*, kind: str, keys: set[str], note: str, by_id: int | None) -> int:
    """Mark the items named by `keys` on open alerts of `kind` closed (`closed_at`,
    `closed_note`): what they asked of finance is done (a refused refund sent again and
    taken). An alert whose every item is closed is resolved, by `by_id` (the staff member
    whose action closed the last item) with `note`. Runs in the caller's transaction;
    returns how many items it closed (an item already closed is left as it is)."""
    now = clock.now()
    closed = 0
    for alert in for_update(FinanceAlert.objects.filter(kind=kind, resolved=False)).order_by("pk"):
        changed = False
        details = []
        for item in alert.details:
            if item.get("key") in keys and not item.get("closed_at"):
                item = {**item, "closed_at": now.isoformat(), "closed_note": note}
                changed = True
                closed += 1
            details.append(item)
        if not changed:
            continue
        alert.details = details
        alert.updated_at = now
        fields = ["details", "updated_at"]
        if all(item.get("closed_at") for item in details):
            alert.resolved = True
            alert.resolved_by_id = by_id
            alert.resolved_at = now
            alert.resolution_note = note[:MAX_NOTE]
            fields += ["resolved", "resolved_by_id", "resolved_at", "resolution_note"]
        alert.save(update_fields=fields)
    return closed
