"""What a ticket tells people: emails to the requester (after commit) and in-app notices
to the staff member it is assigned to."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from directcontracts.notifications.email import render_email
from directcontracts.notifications.services import notify
from directcontracts.support import tokens
from directcontracts.support.models import Ticket
from directcontracts.support.tasks import send_ticket_email_task

REPLY_MARKER = "-- Reply above this line to answer us --"


def customer_url(ticket: Ticket) -> str:
    """Where the requester reads the ticket: their account, or a signed link for a visitor."""
    path = reverse("support:request_detail", args=[ticket.reference])
    if ticket.requester_id is None:
        path += f"?key={tokens.access_token(ticket.pk, ticket.requester_email)}"
    return f"{settings.BASE_URL}{path}"


def thread_id(ticket: Ticket) -> str:
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].strip("> ") or "directcontracts.local"
    return f"<ticket-{ticket.reference.lower()}@{domain}>"


def email_requester(ticket: Ticket, template: str, **context: Any) -> None:
    reply_to = tokens.reply_address(ticket.pk)
    subject, body = render_email(
        f"support/email/{template}",
        {
            "ticket": ticket,
            "url": customer_url(ticket),
            "reply_by_email": bool(reply_to),
            "reply_marker": REPLY_MARKER,
            "reopen_days": settings.SUPPORT_REOPEN_DAYS,
            **context,
        },
    )
    transaction.on_commit(
        partial(
            send_ticket_email_task.enqueue,
            [ticket.requester_email],
            subject,
            body,
            reply_to,
            thread_id(ticket),
        )
    )


def email_confirmation(ticket: Ticket) -> None:
    token = tokens.confirm_token(ticket.pk, ticket.requester_email)
    url = settings.BASE_URL + reverse("support:confirm", args=[token])
    subject, body = render_email(
        "support/email/confirm",
        {"ticket": ticket, "url": url, "hours": settings.SUPPORT_CONFIRM_LINK_HOURS},
    )
    transaction.on_commit(
        partial(send_ticket_email_task.enqueue, [ticket.requester_email], subject, body)
    )


def tell_assignee(ticket: Ticket, *, title: str, body: str) -> None:
    if ticket.assignee is None or not ticket.assignee.is_active:
        return
    notify(
        recipient=ticket.assignee,
        kind="support.ticket",
        title=title[:200],
        body=body,
        url=reverse("support:staff_ticket", args=[ticket.reference]),
    )
