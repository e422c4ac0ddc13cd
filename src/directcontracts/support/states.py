"""The one way to change a ticket's status, and the one way to record what happened.

`transition()` checks ALLOWED_TRANSITIONS, claims the row with compare-and-set
(`filter(pk=..., status=old).update(...)`) so two concurrent requests can't both move it,
and writes the event row in the same transaction.
"""

from __future__ import annotations

from typing import Any

from directcontracts.core import clock
from directcontracts.core.errors import Conflict
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import Status, Ticket, TicketEvent


class InvalidTransition(Conflict):
    def __init__(self, ticket: Ticket, target: str):
        current = Status(ticket.status).label.lower()
        wanted = Status(target).label.lower() if target in Status.values else target
        message = (
            f"This request is already {current}: nothing to change."
            if ticket.status == target
            else f"This request is {current}, so it can't become {wanted}."
        )
        super().__init__(
            SupportErrorCode.INVALID_TRANSITION,
            message,
            current_status=ticket.status,
            requested_status=target,
        )


def can_transition(ticket: Ticket, target: str) -> bool:
    return target in Ticket.ALLOWED_TRANSITIONS.get(ticket.status, set())


def record_event(
    *,
    ticket: Ticket,
    kind: str,
    actor: Any = None,
    actor_label: str = "",
    from_status: str = "",
    to_status: str = "",
    data: dict[str, Any] | None = None,
) -> TicketEvent:
    return TicketEvent.objects.create(
        ticket=ticket,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=actor_label[:100],
        kind=kind,
        from_status=from_status,
        to_status=to_status,
        data=data or {},
        created_at=clock.now(),
    )


def transition(
    ticket: Ticket,
    target: str,
    *,
    actor: Any = None,
    actor_label: str = "",
    kind: str = "status_changed",
    data: dict[str, Any] | None = None,
) -> TicketEvent:
    if not can_transition(ticket, target):
        raise InvalidTransition(ticket, target)
    source = ticket.status
    now = clock.now()
    updates: dict[str, Any] = {"status": target, "updated_at": now}
    if target == Status.RESOLVED:
        updates["resolved_at"] = now
    elif target == Status.CLOSED:
        updates["closed_at"] = now
    elif source == Status.RESOLVED:
        updates["resolved_at"] = None
    claimed = Ticket.objects.filter(pk=ticket.pk, status=source).update(**updates)
    if not claimed:
        ticket.refresh_from_db(fields=["status"])
        raise InvalidTransition(ticket, target)
    for name, value in updates.items():
        setattr(ticket, name, value)
    return record_event(
        ticket=ticket,
        kind=kind,
        actor=actor,
        actor_label=actor_label,
        from_status=source,
        to_status=target,
        data=data,
    )
