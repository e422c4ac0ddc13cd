"""Replies by email: an RFC 5322 message lands on the ticket its reply address names.

The mail server hands each message for `support+...@<inbound domain>` to
`directcontracts receive_support_email` (for example a Postfix pipe or an MTA webhook
that runs it). The path:

1. Refuse anything over MAX_EMAIL_BYTES before parsing.
2. Find our address among the recipients and read the ticket from its HMAC token
   (`support/tokens.py`); a forged or unknown token names no ticket.
3. The sender must be the ticket's requester (same address, case-insensitively).
4. Take the plain-text body above our "reply above this line" marker (or above the
   first quoted line), and the allowed attachments; the Message-ID makes a redelivered
   email land once.
5. Add it as the customer's reply, exactly as the web would. A closed ticket answers the
   sender with where to send a new request instead.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import getaddresses

from django.conf import settings
from django.db import IntegrityError
from django.urls import reverse

from directcontracts.core.errors import DomainError
from directcontracts.support import attachments, emails, tokens
from directcontracts.support.emails import REPLY_MARKER
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import Ticket, TicketMessage, Via
from directcontracts.support.tickets import REPLY_MAX, reply_as_customer

MAX_EMAIL_BYTES = 15 * 1024 * 1024
MAX_LINES = 5000
RECIPIENT_HEADERS = ("Delivered-To", "X-Original-To", "To", "Cc")


@dataclass(frozen=True)
class InboundResult:
    accepted: bool
    reason: str
    ticket_reference: str = ""
    message_id: int | None = None


def receive_email(raw: bytes) -> InboundResult:
    if not settings.SUPPORT_INBOUND_ADDRESS:
        return InboundResult(False, "no inbound address is configured")
    if len(raw) > MAX_EMAIL_BYTES:
        return InboundResult(False, "the message is too large")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)  # noqa: S101 - the default policy's class
    ticket = _ticket_for(message)
    if ticket is None:
        return InboundResult(False, "no ticket matches the reply address")
    sender = _sender(message)
    if sender != ticket.requester_email.lower():
        return InboundResult(False, "the sender is not the ticket's requester", ticket.reference)
    message_id = str(message.get("Message-ID", "")).strip()[:250]
    if message_id and ticket.messages.filter(email_message_id=message_id).exists():
        return InboundResult(True, "already received", ticket.reference)
    body = reply_text(message)
    files = _attachments(message)
    try:
        added = reply_as_customer(
            ticket=ticket,
            user=ticket.requester,
            body=body or "(The email had no text.)",
            files=files,
            via=Via.EMAIL,
            email_message_id=message_id,
        )
    except IntegrityError:  # the same Message-ID delivered twice at once
        return InboundResult(True, "already received", ticket.reference)
    except DomainError as error:
        _tell_sender_it_was_refused(ticket, error)
        return InboundResult(False, error.message, ticket.reference)
    return InboundResult(True, "added to the ticket", ticket.reference, added.pk)


def _ticket_for(message: EmailMessage) -> Ticket | None:
    local, _, domain = settings.SUPPORT_INBOUND_ADDRESS.lower().partition("@")
    prefix = f"{local}+"
    for header in RECIPIENT_HEADERS:
        for _, address in getaddresses([str(v) for v in message.get_all(header, [])]):
            mailbox, _, host = address.lower().partition("@")
            if host != domain or not mailbox.startswith(prefix):
                continue
            ticket_id = tokens.ticket_id_from_reply_token(mailbox[len(prefix) :])
            if ticket_id is not None:
                return Ticket.objects.filter(pk=ticket_id).first()
    return None


def _sender(message: EmailMessage) -> str:
    addresses = getaddresses([str(message.get("From", ""))])
    return addresses[0][1].strip().lower() if addresses else ""


def reply_text(message: EmailMessage) -> str:
    """The new text of a reply: above our marker, or above the quoted previous email."""
    part = message.get_body(preferencelist=("plain",))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        return ""
    lines = []
    for count, line in enumerate(str(content).splitlines()):
        stripped = line.strip()
        if count >= MAX_LINES or stripped == REPLY_MARKER or stripped.startswith(">"):
            break
        lines.append(line.rstrip())
    # Mail programs introduce the quote with a line such as "On <date>, <name> wrote:".
    while lines and (not lines[-1].strip() or lines[-1].rstrip().endswith("wrote:")):
        lines.pop()
    return "\n".join(lines).strip()[:REPLY_MAX]


def _attachments(message: EmailMessage) -> list[attachments.IncomingFile]:
    files: list[attachments.IncomingFile] = []
    for part in message.iter_attachments():
        if len(files) >= settings.SUPPORT_MAX_ATTACHMENTS:
            break
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload:
            continue
        if len(payload) > settings.SUPPORT_MAX_ATTACHMENT_BYTES:
            continue
        if attachments.sniff(payload) is None:
            continue  # not on the allow-list: left out, the rest still lands
        files.append(attachments.IncomingFile(name=part.get_filename() or "file", content=payload))
    return files


def _tell_sender_it_was_refused(ticket: Ticket, error: DomainError) -> None:
    if error.code not in (
        SupportErrorCode.TICKET_CLOSED,
        SupportErrorCode.REOPEN_WINDOW_PASSED,
    ):
        return
    emails.email_requester(
        ticket,
        "closed_reply",
        reason=error.message,
        new_request_url=settings.BASE_URL + reverse("support:new"),
    )


__all__ = ["InboundResult", "TicketMessage", "receive_email", "reply_text"]
