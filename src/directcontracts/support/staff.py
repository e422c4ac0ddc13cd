"""The support team's side: assign, reply, note, change status or priority.

Every function checks that the person is in the support team (anyone else is told the
ticket does not exist) and writes a `TicketEvent`: the audit trail of staff actions.

A reassignment or a priority change keeps its reason on the event. The reason is required
when the change undoes a colleague's or a customer's claim on the ticket: taking a ticket
away from the colleague it is assigned to (to oneself, someone else or nobody) and lowering
its priority. Taking an unassigned ticket, giving it to someone, dropping one's own, or
raising the priority may go without one.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Q

from directcontracts.accounts.models import User
from directcontracts.core import clock
from directcontracts.core.errors import DomainError, NotFound
from directcontracts.core.locks import lock_row
from directcontracts.core.own_matter import is_a_party, refuse_a_party
from directcontracts.support import attachments, emails
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import (
    PRIORITY_ORDER,
    SUPPORT_GROUP,
    CannedReply,
    MessageKind,
    Priority,
    Status,
    Ticket,
    TicketMessage,
)
from directcontracts.support.states import record_event, transition
from directcontracts.support.tickets import REPLY_MAX, clean_text, sla_due

HANDLE_PERMISSION = "support.handle_ticket"


def is_support_staff(user: Any) -> bool:
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.is_staff
        and user.has_perm(HANDLE_PERMISSION)
    )


def require_support_staff(user: Any) -> None:
    if not is_support_staff(user):
        raise NotFound("No request with this reference.", code=SupportErrorCode.NOT_FOUND)


PARTY_REFUSAL_WHAT = "this request"
PARTY_REFUSAL_TEAM = "support"


def people_of(ticket: Ticket, user: Any) -> tuple[int | None, ...]:
    """Who filed `ticket`: its signed-in requester, or `user` when a request filed signed
    out carries `user`'s own address (they raised it too)."""
    email = (getattr(user, "email", "") or "").strip().lower()
    filed_signed_out = ticket.requester_id is None and bool(email)
    if filed_signed_out and ticket.requester_email.strip().lower() == email:
        return (ticket.requester_id, user.pk)
    return (ticket.requester_id,)


def tickets_about(user: Any) -> Q:
    """The requests `is_party_to` says are about `user`, as one WHERE (no query): filed by
    them (signed in, or signed out with their address) or on a contract they are a party
    to. Left out of their lists; their pages refuse them."""
    theirs = (
        Q(requester_id=user.pk)
        | Q(contract__freelancer_id=user.pk)
        | Q(contract__client_id=user.pk)
    )
    email = (getattr(user, "email", "") or "").strip()
    if email:
        theirs |= Q(requester__isnull=True, requester_email__iexact=email)
    return theirs


def is_party_to(ticket: Ticket, user: Any) -> bool:
    """`user` filed `ticket` or is a party to the contract it is about."""
    return is_a_party(user, contract=ticket.contract, people=people_of(ticket, user))


def refuse_a_party_to(ticket: Ticket, user: Any) -> None:
    """`403 staff_is_a_party` when `ticket` is about `user` (core/own_matter.py)."""
    refuse_a_party(
        user,
        what=PARTY_REFUSAL_WHAT,
        team=PARTY_REFUSAL_TEAM,
        contract=ticket.contract,
        people=people_of(ticket, user),
    )


def require_ticket_handler(user: Any, ticket: Ticket) -> None:
    """A support member who may handle `ticket`: not one it is about (core/own_matter.py)."""
    require_support_staff(user)
    refuse_a_party_to(ticket, user)


def support_team() -> list[User]:
    return list(
        User.objects.filter(is_active=True, is_staff=True, groups__name=SUPPORT_GROUP)
        .distinct()
        .order_by("full_name", "email")
    )


def _locked(ticket: Ticket) -> Ticket:
    return lock_row(Ticket, ticket.pk)


def _sync(ticket: Ticket, locked: Ticket) -> Ticket:
    ticket.refresh_from_db()
    return locked


REASON_MAX = 500


def _change_reason(reason: str, *, required: bool, why: str) -> str:
    """The reason as the ticket's event keeps it; refused when blank and `required`."""
    text = clean_text(reason, label="Reason", max_chars=REASON_MAX, multiline=False, min_chars=0)
    if required and not text:
        raise DomainError(
            SupportErrorCode.REASON_REQUIRED,
            f"Write the reason: {why}. It goes on the ticket's history; nothing was changed.",
            field="reason",
        )
    return text


def _with_reason(data: dict[str, Any], reason: str) -> dict[str, Any]:
    return {**data, "reason": reason} if reason else data


@transaction.atomic
def assign_ticket(*, ticket: Ticket, assignee: User | None, by: Any, reason: str = "") -> Ticket:
    """Give the ticket to a support team member (or to nobody); new tickets become open.
    Taking it away from a colleague needs a reason (module docstring)."""
    require_ticket_handler(by, ticket)
    if assignee is not None and not (
        assignee.is_active and assignee.groups.filter(name=SUPPORT_GROUP).exists()
    ):
        raise DomainError(
            SupportErrorCode.NOT_SUPPORT_STAFF,
            "Tickets can be assigned only to members of the support team.",
            field="assignee",
        )
    locked = _locked(ticket)
    previous = locked.assignee_id
    new = assignee.pk if assignee else None
    note = _change_reason(
        reason,
        required=previous not in (None, by.pk, new),
        why="the request is assigned to a colleague",
    )
    locked.assignee = assignee
    locked.updated_at = clock.now()
    locked.save(update_fields=["assignee", "updated_at"])
    record_event(
        ticket=locked,
        kind="assigned",
        actor=by,
        data=_with_reason({"from": previous, "to": new}, note),
    )
    if locked.status == Status.NEW and assignee is not None:
        transition(locked, Status.OPEN, actor=by)
    if assignee is not None and assignee.pk != getattr(by, "pk", None):
        emails.tell_assignee(
            locked, title=f"{locked.reference} is assigned to you", body=locked.subject
        )
    return _sync(ticket, locked)


def _canned(canned_reply_id: int | None) -> CannedReply | None:
    if canned_reply_id is None:
        return None
    canned = CannedReply.objects.filter(pk=canned_reply_id, is_active=True).first()
    if canned is None:
        raise NotFound("No canned reply with this number.", code="canned_reply_not_found")
    return canned


def reply_to_customer(
    *,
    ticket: Ticket,
    by: Any,
    body: str,
    status_after: str = Status.WAITING,
    files: list[attachments.IncomingFile] | None = None,
    canned_reply_id: int | None = None,
) -> TicketMessage:
    """Answer the requester (by email too) and set the status the answer leaves it in."""
    require_ticket_handler(by, ticket)
    files = files or []
    text = clean_text(body, label="Reply", max_chars=REPLY_MAX, multiline=True)
    if status_after not in (Status.OPEN, Status.WAITING, Status.RESOLVED):
        raise DomainError(
            SupportErrorCode.INVALID_TRANSITION,
            "After a reply a request is open, waiting on the customer or resolved.",
        )
    types = attachments.check_files(files)
    canned = _canned(canned_reply_id)
    with transaction.atomic():
        locked = _locked(ticket)
        if locked.status == Status.CLOSED:
            raise DomainError(SupportErrorCode.TICKET_CLOSED, "This request is closed.", status=409)
        message = TicketMessage.objects.create(
            ticket=locked, author=by, kind=MessageKind.STAFF, body=text
        )
        attachments.store_files(message, files, types)
        now = clock.now()
        fields = ["updated_at"]
        locked.updated_at = now
        if locked.first_response_at is None:
            locked.first_response_at = now
            fields.append("first_response_at")
        if locked.assignee_id is None:
            locked.assignee = by
            fields.append("assignee")
        locked.save(update_fields=fields)
        record_event(
            ticket=locked,
            kind="replied",
            actor=by,
            data={"message": message.pk, "canned_reply": canned.pk if canned else None},
        )
        if locked.status != status_after:
            transition(locked, status_after, actor=by)
        emails.email_requester(
            locked,
            "staff_reply",
            message=message,
            author_name=by.full_name.split(" ")[0] if by.full_name else "Someone",
        )
    ticket.refresh_from_db()
    return message


@transaction.atomic
def add_internal_note(*, ticket: Ticket, by: Any, body: str) -> TicketMessage:
    """A note only the support team sees."""
    require_ticket_handler(by, ticket)
    text = clean_text(body, label="Note", max_chars=REPLY_MAX, multiline=True)
    locked = _locked(ticket)
    message = TicketMessage.objects.create(
        ticket=locked, author=by, kind=MessageKind.NOTE, body=text
    )
    record_event(ticket=locked, kind="note_added", actor=by, data={"message": message.pk})
    return message


@transaction.atomic
def change_status(*, ticket: Ticket, by: Any, status: str, reason: str = "") -> Ticket:
    require_ticket_handler(by, ticket)
    note = clean_text(reason, label="Reason", max_chars=500, multiline=False, min_chars=0)
    if status not in Status.values:
        raise DomainError(SupportErrorCode.INVALID_TRANSITION, "Choose a status from the list.")
    locked = _locked(ticket)
    transition(locked, status, actor=by, data={"reason": note} if note else None)
    if status == Status.RESOLVED:
        emails.email_requester(locked, "resolved")
    return _sync(ticket, locked)


@transaction.atomic
def change_priority(*, ticket: Ticket, by: Any, priority: str, reason: str = "") -> Ticket:
    """A new priority; before the first answer, the SLA deadline follows it. Lowering it
    needs a reason (module docstring)."""
    require_ticket_handler(by, ticket)
    if priority not in Priority.values:
        raise DomainError(SupportErrorCode.PRIORITY_INVALID, "Choose a priority from the list.")
    locked = _locked(ticket)
    previous = locked.priority
    note = _change_reason(
        reason,
        required=PRIORITY_ORDER[Priority(priority)] > PRIORITY_ORDER[Priority(previous)],
        why="lowering the priority gives the customer a later answer",
    )
    locked.priority = priority
    locked.updated_at = clock.now()
    fields = ["priority", "updated_at"]
    if locked.first_response_at is None and locked.is_confirmed:
        locked.first_response_due_at = sla_due(priority)
        fields.append("first_response_due_at")
    locked.save(update_fields=fields)
    record_event(
        ticket=locked,
        kind="priority_changed",
        actor=by,
        data=_with_reason({"from": previous, "to": priority}, note),
    )
    return _sync(ticket, locked)


def close_stale_resolved(*, older_than_days: int) -> int:
    """Close resolved tickets past the reopen window (the periodic sweep; idempotent)."""
    from datetime import timedelta

    cutoff = clock.now() - timedelta(days=older_than_days)
    closed = 0
    for ticket in Ticket.objects.filter(status=Status.RESOLVED, resolved_at__lt=cutoff)[:1000]:
        with transaction.atomic():
            locked = _locked(ticket)
            if locked.status == Status.RESOLVED:
                transition(locked, Status.CLOSED, actor_label="system", kind="auto_closed")
                closed += 1
    return closed
