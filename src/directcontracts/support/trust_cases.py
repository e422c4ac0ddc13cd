"""A ticket about fraud becomes a Trust & Safety case in one step.

The `trust` app (below this one) owns cases; this is the one place support calls it:
`trust.cases.open_or_join_case(target_kind="support_ticket", ...)`.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from django.db import transaction

from directcontracts.core.errors import Conflict, DomainError
from directcontracts.core.locks import lock_row
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import MessageKind, Priority, Ticket, TicketMessage
from directcontracts.support.staff import require_ticket_handler
from directcontracts.support.states import record_event
from directcontracts.support.tickets import clean_text

SEVERITY_BY_PRIORITY: dict[str, str] = {
    Priority.URGENT: "high",
    Priority.HIGH: "high",
    Priority.NORMAL: "medium",
    Priority.LOW: "low",
}


def available() -> bool:
    return importlib.util.find_spec("directcontracts.trust.cases") is not None


def _open_or_join_case(**kwargs: Any) -> Any:
    from directcontracts.trust.cases import open_or_join_case

    return open_or_join_case(**kwargs)


def case_url_for(user: Any, ticket: Ticket) -> str:
    """The ticket's Trust & Safety case page, for a reader who may open it (a Trust & Safety
    member who is not a party to the case: `trust.actions.require_case_handler`); "" for
    anyone else, who would be told the case does not exist or is theirs."""
    if not ticket.trust_case_id or not available():
        return ""
    from django.urls import reverse

    from directcontracts.trust.actions import is_party_to, is_trust_staff
    from directcontracts.trust.models import Case

    if not is_trust_staff(user):
        return ""
    case = Case.objects.filter(pk=ticket.trust_case_id).first()
    if case is None or is_party_to(case, user):
        return ""
    return reverse("trust:case", args=[case.reference])


def escalate_to_trust_safety(*, ticket: Ticket, by: Any, summary: str) -> Ticket:
    require_ticket_handler(by, ticket)
    text = clean_text(summary, label="Summary", max_chars=500, multiline=True)
    if not available():
        raise DomainError(
            SupportErrorCode.TRUST_UNAVAILABLE,
            "Trust & Safety cases are not available on this installation yet.",
            status=503,
        )
    with transaction.atomic():
        locked = lock_row(Ticket, ticket.pk)
        if locked.trust_case_id:
            raise Conflict(
                SupportErrorCode.ALREADY_ESCALATED,
                f"This request is already Trust & Safety case {locked.trust_case_ref or locked.trust_case_id}.",
            )
        case = _open_or_join_case(
            target_kind="support_ticket",
            target_id=locked.pk,
            source="support",
            severity=SEVERITY_BY_PRIORITY.get(locked.priority, "medium"),
            summary=f"{locked.reference}: {text}"[:500],
            evidence={
                "ticket": locked.reference,
                "topic": locked.topic,
                "subject": locked.subject,
                "description": locked.description[:2000],
                "requester_email": locked.requester_email,
                "contract_id": locked.contract_id,
                "escalated_by": by.pk,
            },
            reporter=locked.requester,
            dedupe_key=f"support_ticket:{locked.pk}",
        )
        locked.trust_case_id = case.pk
        locked.trust_case_ref = str(getattr(case, "reference", "") or case.pk)[:40]
        locked.save(update_fields=["trust_case_id", "trust_case_ref"])
        TicketMessage.objects.create(
            ticket=locked,
            author=by,
            kind=MessageKind.NOTE,
            body=f"Turned into Trust & Safety case {locked.trust_case_ref}: {text}",
        )
        record_event(
            ticket=locked,
            kind="escalated_to_trust_safety",
            actor=by,
            data={"case_id": case.pk, "case_ref": locked.trust_case_ref},
        )
    ticket.refresh_from_db()
    return ticket
