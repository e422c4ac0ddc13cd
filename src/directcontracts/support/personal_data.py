"""Support's part of "Download your data": the Get Help requests the person opened, with
the conversation they saw (never staff's internal notes, priority or who handled it)."""

from __future__ import annotations

from typing import Any

from directcontracts.accounts.models import User
from directcontracts.accounts.personal_data import (
    register_closure_eraser,
    register_export_section,
)
from directcontracts.support.models import MessageKind, Ticket, TicketMessage

MAX_ROWS = 100_000


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def tickets_section(user: User) -> list[dict[str, Any]]:
    """Two queries however many requests."""
    tickets = list(Ticket.objects.filter(requester=user).order_by("created_at", "id")[:MAX_ROWS])
    messages: dict[int, list[dict[str, Any]]] = {}
    for m in (
        TicketMessage.objects.filter(ticket_id__in=[t.pk for t in tickets])
        .exclude(kind=MessageKind.NOTE)
        .order_by("created_at", "id")
    ):
        messages.setdefault(m.ticket_id, []).append(
            {
                "from": "you" if m.kind == MessageKind.CUSTOMER else "support",
                "body": m.body,
                "via": m.via,
                "at": _iso(m.created_at),
            }
        )
    return [
        {
            "reference": t.reference,
            "topic": t.topic,
            "subject": t.subject,
            "description": t.description,
            "your_email": t.requester_email,
            "your_name": t.requester_name,
            "status": t.status,
            "contract_id": t.contract_id,
            "created_at": _iso(t.created_at),
            "resolved_at": _iso(t.resolved_at),
            "closed_at": _iso(t.closed_at),
            "messages": messages.get(t.pk, []),
        }
        for t in tickets
    ]


def forget_requester_details(user: User) -> None:
    """The name and email a closed person's Get Help requests were opened with: staff then
    see "Closed account #id" (the conversation stays, as a record of what support did)."""
    from directcontracts.accounts.closure import closed_email, closed_name

    Ticket.objects.filter(requester=user).update(
        requester_name=closed_name(user), requester_email=closed_email(user)
    )


def register() -> None:
    register_export_section("support_requests", tickets_section)
    register_closure_eraser(forget_requester_details)
