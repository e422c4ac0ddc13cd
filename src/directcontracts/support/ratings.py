""" "How did we do?": the requester rates a resolved or closed request, Good or Bad, with an
optional word on what we could have done better.

One rating per ticket, kept on the ticket: rating again changes it, so a double click or a
change of mind never counts twice. Each rating is an event on the timeline (the team sees
who rated what, and when). Limited per ticket (`RATING_LIMIT_PER_TICKET` an hour): the
request's page may be reached without an account, through its signed link.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from directcontracts.core import clock, ratelimit
from directcontracts.core.errors import DomainError
from directcontracts.core.locks import lock_row
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import MessageKind, Satisfaction, Ticket, TicketMessage
from directcontracts.support.states import record_event
from directcontracts.support.tickets import clean_text

COMMENT_MAX = 1000
RATING_LIMIT_PER_TICKET = 20
RATING_WINDOW_SECONDS = 3600


def rate_request(*, ticket: Ticket, user: Any, rating: str, comment: str = "") -> Ticket:
    """Record (or change) the requester's rating of a resolved or closed request."""
    if rating not in Satisfaction.values:
        raise DomainError(
            SupportErrorCode.RATING_INVALID, "Choose Good or Bad.", field="satisfaction"
        )
    text = comment.strip()
    if text:
        text = clean_text(text, label="Comment", max_chars=COMMENT_MAX, multiline=True)
    ratelimit.hit(
        f"support.rating:ticket:{ticket.pk}",
        limit=RATING_LIMIT_PER_TICKET,
        window_seconds=RATING_WINDOW_SECONDS,
        message="This request was rated many times in a short time.",
    )
    with transaction.atomic():
        locked = lock_row(Ticket, ticket.pk)
        if not locked.can_be_rated:
            raise DomainError(
                SupportErrorCode.NOT_YET_RATEABLE,
                "You can rate our help once your request is resolved.",
                status=409,
            )
        member_id = answering_member(locked)
        Ticket.objects.filter(pk=locked.pk).update(
            satisfaction=rating,
            satisfaction_comment=text,
            rated_at=clock.now(),
            rated_member_id=member_id,
        )
        record_event(
            ticket=locked,
            kind="rated",
            actor=user,
            actor_label=locked.requester_email,
            data={
                "satisfaction": rating,
                "changed_from": locked.satisfaction,
                "rated_member": member_id,
            },
        )
    ticket.refresh_from_db()
    return ticket


def answering_member(ticket: Ticket) -> int | None:
    """The id of the staff member answering `ticket` now: its assignee, else the author of
    its last staff reply (None when no one has answered it)."""
    if ticket.assignee_id is not None:
        return ticket.assignee_id
    return (
        TicketMessage.objects.filter(ticket=ticket, kind=MessageKind.STAFF, author__isnull=False)
        .order_by("-created_at", "-id")
        .values_list("author_id", flat=True)
        .first()
    )
