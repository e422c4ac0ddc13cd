"""The scoped lookups: a ticket someone may not see does not exist for them (404).

A support member who filed a request or is a party to its contract does not open it as
staff: `403 staff_is_a_party`, with a message that says another member handles it
(core/own_matter.py); the staff services refuse them too (`staff.require_ticket_handler`)."""

from __future__ import annotations

from typing import Any

from directcontracts.core.errors import DomainError, NotFound
from directcontracts.support import staff, tokens
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import Ticket
from directcontracts.support.staff import is_support_staff

NOT_FOUND_MESSAGE = "No request with this reference is visible to you."


def _not_found() -> NotFound:
    return NotFound(NOT_FOUND_MESSAGE, code=SupportErrorCode.NOT_FOUND)


def get_ticket_for_user(user: Any, reference: str) -> Ticket:
    """The requester's own ticket."""
    ticket = Ticket.objects.visible_to(user).filter(reference=reference.upper()[:16]).first()
    if ticket is None:
        raise _not_found()
    return ticket


def get_ticket_for_visitor(reference: str, *, access_key: str = "", granted: list[int]) -> Ticket:
    """A visitor's ticket, by the signed access link, or by an id the session was granted."""
    ticket = Ticket.objects.filter(reference=reference.upper()[:16], requester__isnull=True).first()
    if ticket is None:
        raise _not_found()
    if ticket.pk in granted:
        return ticket
    try:
        tokens.read_access_token(access_key, ticket_id=ticket.pk, email=ticket.requester_email)
    except DomainError as error:
        if error.code == SupportErrorCode.LINK_EXPIRED:
            raise  # this ticket's own link, too old: say so
        raise _not_found() from None
    return ticket


def get_ticket_for_staff(user: Any, reference: str) -> Ticket:
    if not is_support_staff(user):
        raise _not_found()
    ticket = (
        Ticket.objects.select_related(
            "requester", "assignee", "contract", "article", "rated_member"
        )
        .filter(reference=reference.upper()[:16])
        .first()
    )
    if ticket is None:
        raise _not_found()
    staff.refuse_a_party_to(ticket, user)
    return ticket
