"""Bulk actions on the support queue: one change to several tickets at once.

Each ticket goes through the same service as on its own page (`staff.assign_ticket`,
`staff.change_priority`, `staff.reply_to_customer` then `staff.change_status`), in a
transaction of its own, so each writes its own `TicketEvent` rows (the audit trail) and
is refused for its own reasons: a ticket about the member (`core.own_matter`), a closed
one, a lowered priority without a reason. One refusal stops nothing else; the result
names what was done and what was refused, and why. A ticket is never half-changed (a
canned reply is sent only if the close goes through with it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from directcontracts.accounts.models import User
from directcontracts.core.errors import DomainError
from directcontracts.support import staff
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import CannedReply, Status, Ticket

MAX_TICKETS = 100


class Action:
    ASSIGN_TO_ME = "assign_to_me"
    ASSIGN = "assign"
    PRIORITY = "priority"
    CLOSE = "close"


ACTIONS = {
    Action.ASSIGN_TO_ME: "Assign to me",
    Action.ASSIGN: "Assign to…",
    Action.PRIORITY: "Set priority…",
    Action.CLOSE: "Close with a canned reply…",
}


@dataclass(frozen=True)
class Refusal:
    reference: str
    code: str
    message: str


@dataclass
class BulkResult:
    done: list[str] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)


@dataclass(frozen=True)
class BulkChange:
    """What to do to each ticket: `action` with its one argument."""

    action: str
    assignee: User | None = None
    priority: str = ""
    canned: CannedReply | None = None
    reason: str = ""


def apply_to_tickets(*, by: Any, references: list[str], change: BulkChange) -> BulkResult:
    """`change` to each ticket of `references` (at most MAX_TICKETS, in the order given);
    every ticket is done or refused on its own."""
    staff.require_support_staff(by)
    wanted = list(dict.fromkeys(references))[:MAX_TICKETS]
    found = (
        Ticket.objects.confirmed()
        .select_related("contract")
        .in_bulk(wanted, field_name="reference")
    )
    result = BulkResult()
    for reference in wanted:
        ticket = found.get(reference)
        if ticket is None:
            result.refused.append(
                Refusal(reference, SupportErrorCode.NOT_FOUND, "No request with this reference.")
            )
            continue
        try:
            with transaction.atomic():
                _apply(ticket, by, change)
        except DomainError as error:
            result.refused.append(Refusal(reference, error.code, error.message))
        else:
            result.done.append(reference)
    return result


def _apply(ticket: Ticket, by: Any, change: BulkChange) -> None:
    if change.action == Action.ASSIGN_TO_ME:
        staff.assign_ticket(ticket=ticket, assignee=by, by=by, reason=change.reason)
    elif change.action == Action.ASSIGN:
        staff.assign_ticket(ticket=ticket, assignee=change.assignee, by=by, reason=change.reason)
    elif change.action == Action.PRIORITY:
        staff.change_priority(ticket=ticket, by=by, priority=change.priority, reason=change.reason)
    elif change.action == Action.CLOSE and change.canned is not None:
        _close_with_reply(ticket, by, change.canned, change.reason)
    else:
        raise DomainError("validation_error", "Choose what to do with the tickets.")


def _close_with_reply(ticket: Ticket, by: Any, canned: CannedReply, reason: str) -> None:
    """The canned reply to the requester, then closed; in the caller's transaction, so a
    ticket that may not be closed gets no reply either."""
    keep = ticket.status if ticket.status != Status.NEW else Status.OPEN
    staff.reply_to_customer(
        ticket=ticket,
        by=by,
        body=fill_canned(canned, ticket),
        status_after=keep,
        canned_reply_id=canned.pk,
    )
    staff.change_status(ticket=ticket, by=by, status=Status.CLOSED, reason=reason)


def fill_canned(canned: CannedReply, ticket: Ticket) -> str:
    """The canned reply with `{name}` and `{reference}` filled in for `ticket`."""
    name = ticket.requester_name or "there"
    return canned.body.replace("{name}", name).replace("{reference}", ticket.reference)
