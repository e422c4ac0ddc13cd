"""The customer's side of Get Help: open a request, confirm the address, reply, reopen."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction

from directcontracts.accounts.models import normalize_email
from directcontracts.contracts.access import get_contract_for_user
from directcontracts.core import clock, ratelimit, submissions
from directcontracts.core.errors import DomainError, NotFound, RateLimited
from directcontracts.core.locks import for_update, lock_row
from directcontracts.helpcenter.models import Article
from directcontracts.helpcenter.text import control_character_message
from directcontracts.support import attachments, emails, tokens
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import (
    MessageKind,
    Priority,
    Status,
    Ticket,
    TicketMessage,
    Topic,
    Via,
)
from directcontracts.support.states import record_event, transition

REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L look-alikes
SUBJECT_MAX = 200
DESCRIPTION_MAX = 10_000
REPLY_MAX = 20_000
REQUEST_WINDOW_SECONDS = 3600
# Each reply is a notice to the assigned member: a requester looping replies flooded their
# inbox (hostile review, round H). Per request, so the signed link and email count alike.
REPLY_LIMIT_PER_TICKET = 30
# The same request again within this time is a double submit (a second click, a reload that
# posts again): the first ticket is the answer, not a second one.
DUPLICATE_WINDOW = timedelta(minutes=10)

TOPIC_PRIORITY = {Topic.TRUST_SAFETY: Priority.HIGH, Topic.PAYMENTS: Priority.NORMAL}


@dataclass
class RequestInput:
    topic: str
    subject: str
    description: str
    email: str = ""
    name: str = ""
    contract_id: int | None = None
    article_slug: str = ""
    files: list[attachments.IncomingFile] = field(default_factory=list)


def clean_text(
    value: str, *, label: str, max_chars: int, multiline: bool, min_chars: int = 1
) -> str:
    text = value.strip()
    if len(text) < min_chars or len(text) > max_chars:
        raise DomainError(
            SupportErrorCode.TEXT_INVALID,
            f"{label} must be {min_chars} to {max_chars:,} characters long.",
            field=label.lower(),
        )
    problem = control_character_message(text, multiline=multiline)
    if problem:
        raise DomainError(SupportErrorCode.TEXT_INVALID, f"{label}: {problem}", field=label.lower())
    return text


def new_reference() -> str:
    return "HLP-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))


def sla_due(priority: str) -> Any:
    return clock.now() + timedelta(hours=settings.SUPPORT_SLA_HOURS[priority])


def sla_words(priority: str) -> str:
    hours = settings.SUPPORT_SLA_HOURS[priority]
    return (
        f"within {hours} hour{'s' if hours != 1 else ''}"
        if hours < 48
        else f"within {hours // 24} days"
    )


def _limit_requests(user: Any, address: str | None, email: str) -> list[str]:
    """Count the request against every limit it falls under; returns the keys it was
    counted under (a request that turns out to be a double submit gives its slots back).

    Per person and per address (an IPv6 /64 counts as one address), both:
    - a signed-in person: SUPPORT_REQUEST_LIMIT_PER_USER for the account, and twice that
      for everyone signed in on one address (an office shares one), so that many accounts
      made on one network don't multiply the limit;
    - a visitor: SUPPORT_REQUEST_LIMIT_PER_ADDRESS for their address, and
      SUPPORT_REQUEST_LIMIT_PER_USER for the email address to answer (normalised, so that
      capitals or spaces make no new sender): each visitor request emails that address a
      confirmation link, and many networks must not flood one inbox."""
    where = ratelimit.address_key(address)
    if user is not None:
        limits = [
            (f"support.request:user:{user.pk}", settings.SUPPORT_REQUEST_LIMIT_PER_USER),
            (
                f"support.request:signed-in-address:{where}",
                2 * settings.SUPPORT_REQUEST_LIMIT_PER_USER,
            ),
        ]
    else:
        limits = [
            (f"support.request:address:{where}", settings.SUPPORT_REQUEST_LIMIT_PER_ADDRESS),
            (
                f"support.request:email:{normalize_email(email)}",
                settings.SUPPORT_REQUEST_LIMIT_PER_USER,
            ),
        ]
    counted: list[str] = []
    try:
        for key, limit in limits:
            counted.append(key)
            ratelimit.hit(
                key,
                limit=limit,
                window_seconds=REQUEST_WINDOW_SECONDS,
                message="You've sent many requests in a short time.",
            )
    except RateLimited:
        # A refused request is not one: give back what it took from the other limits.
        _release(counted)
        raise
    return counted


def _release(keys: list[str]) -> None:
    for key in keys:
        ratelimit.release(key, window_seconds=REQUEST_WINDOW_SECONDS)


def _requester_email(user: Any, email: str) -> str:
    if user is not None:
        return str(user.email)
    address = normalize_email(email)
    if not address:
        raise DomainError(
            SupportErrorCode.EMAIL_REQUIRED,
            "Give the email address where we should answer you.",
            field="email",
        )
    try:
        validate_email(address)
    except ValidationError:
        raise DomainError(
            SupportErrorCode.EMAIL_INVALID, "This email address is not valid.", field="email"
        ) from None
    return address


def _article(slug: str) -> Article | None:
    if not slug:
        return None
    article = Article.objects.published().filter(slug=slug[:100]).first()
    if article is None:
        raise NotFound("No Help Center article has this address.", code="article_not_found")
    return article


def _contract(user: Any, contract_id: int | None) -> Any:
    if contract_id is None:
        return None
    # Only the person's own contracts: anyone else's is "not found", like everywhere.
    return get_contract_for_user(user, contract_id)


def open_request(*, user: Any, data: RequestInput, address: str | None) -> Ticket:
    """Open a Get Help request.

    1. Check everything first (topic, texts, email, contract ownership, files) so a
       refusal writes nothing.
    2. The same request sent again within DUPLICATE_WINDOW returns the first ticket (a
       double submit opens one ticket and sends one email). Looked for before the rate
       limit counts it, and again behind the address's submission lock in the saving
       transaction, where two requests at the same instant queue: the one that finds its
       twin there gives back the rate-limit slot it was counted.
    3. A signed-in person's request is confirmed at once and enters the queue; a visitor's
       waits for the emailed confirmation link.
    """
    if user is not None and not getattr(user, "is_authenticated", False):
        user = None
    if data.topic not in Topic.values:
        raise DomainError(SupportErrorCode.TOPIC_INVALID, "Choose what your request is about.")
    subject = clean_text(data.subject, label="Subject", max_chars=SUBJECT_MAX, multiline=False)
    description = clean_text(
        data.description,
        label="Description",
        max_chars=DESCRIPTION_MAX,
        multiline=True,
        min_chars=10,
    )
    name = clean_text(data.name, label="Name", max_chars=150, multiline=False, min_chars=0)
    email = _requester_email(user, data.email)
    contract = _contract(user, data.contract_id) if user is not None else None
    article = _article(data.article_slug)
    types = attachments.check_files(data.files)
    if sent := _same_request_just_sent(email, data.topic, subject, description, contract):
        return sent
    counted_as = _limit_requests(user, address, email)
    try:
        with transaction.atomic():
            submissions.one_at_a_time(f"support.request:{email}")
            if sent := _same_request_just_sent(email, data.topic, subject, description, contract):
                # The twin sent at the same instant opened it: this one is no new request.
                _release(counted_as)
                return sent
            # The files' bytes against the person's day, in this transaction: undone with
            # it if anything after refuses (round I).
            attachments.spend_daily_budget(
                data.files, user_id=getattr(user, "pk", None), email=email
            )
            ticket = _create_ticket(
                user=user,
                email=email,
                name=name or (user.full_name if user is not None else ""),
                topic=data.topic,
                subject=subject,
                description=description,
                contract=contract,
                article=article,
            )
            message = TicketMessage.objects.create(
                ticket=ticket, author=user, kind=MessageKind.CUSTOMER, body=description
            )
            attachments.store_files(message, data.files, types)
            record_event(
                ticket=ticket,
                kind="opened",
                actor=user,
                actor_label=email,
                to_status=Status.NEW,
                data={"topic": data.topic, "files": len(data.files)},
            )
            if user is not None:
                _confirm(ticket)
            else:
                emails.email_confirmation(ticket)
    except RateLimited:
        # Over the attachment budget: a refused request is not one (nor are its bytes).
        _release(counted_as)
        raise
    return ticket


def _same_request_just_sent(
    email: str, topic: str, subject: str, description: str, contract: Any
) -> Ticket | None:
    return (
        Ticket.objects.filter(
            requester_email=email,
            topic=topic,
            subject=subject,
            description=description,
            contract=contract,
            created_at__gte=clock.now() - DUPLICATE_WINDOW,
        )
        .order_by("-id")
        .first()
    )


def _create_ticket(*, user: Any, email: str, name: str, **fields: Any) -> Ticket:
    priority = TOPIC_PRIORITY.get(fields["topic"], Priority.NORMAL)
    for _ in range(5):
        try:
            with transaction.atomic():
                return Ticket.objects.create(
                    reference=new_reference(),
                    requester=user,
                    requester_email=email,
                    requester_name=name,
                    priority=priority,
                    **fields,
                )
        except IntegrityError:  # a reference collision (1 in 31^8): draw another
            continue
    raise RuntimeError("could not draw a free ticket reference")


def _confirm(ticket: Ticket) -> None:
    now = clock.now()
    ticket.email_confirmed_at = now
    ticket.first_response_due_at = sla_due(ticket.priority)
    ticket.updated_at = now
    ticket.save(update_fields=["email_confirmed_at", "first_response_due_at", "updated_at"])
    record_event(ticket=ticket, kind="email_confirmed", actor=ticket.requester)
    emails.email_requester(ticket, "received", sla=sla_words(ticket.priority))


@dataclass(frozen=True)
class Confirmation:
    ticket: Ticket
    already_confirmed: bool  # the link was used before: nothing changed this time


def check_confirmation_link(*, token: str) -> Ticket:
    """The request a confirmation link is for, or why it can't be used (nothing changes:
    mail scanners open links, so only `confirm_request`, on the page's button, confirms)."""
    return _ticket_of_confirm_token(token, lock=False)


@transaction.atomic
def confirm_request(*, token: str) -> Confirmation:
    """A visitor's confirmation link: the request enters the queue (once; reusing is fine)."""
    ticket = _ticket_of_confirm_token(token, lock=True)
    if ticket.email_confirmed_at is not None:
        return Confirmation(ticket=ticket, already_confirmed=True)
    _confirm(ticket)
    return Confirmation(ticket=ticket, already_confirmed=False)


def _ticket_of_confirm_token(token: str, *, lock: bool) -> Ticket:
    try:
        payload = tokens.read_confirm_token(token)
    except DomainError as error:
        if error.code == SupportErrorCode.LINK_EXPIRED:
            raise _confirmation_expired() from None
        raise
    ticket_id = payload.get("t")
    # Locked when confirming, so two presses at once confirm (and email) once.
    rows = for_update(Ticket.objects.all()) if lock else Ticket.objects.all()
    ticket = rows.filter(pk=ticket_id).first() if isinstance(ticket_id, int) else None
    if ticket is None or ticket.requester_email != payload.get("e"):
        raise DomainError(
            SupportErrorCode.LINK_INVALID, "This link is not valid for any request.", status=400
        )
    return ticket


def _confirmation_expired() -> DomainError:
    # An expired link can't say whether it was used in time, so the message covers both.
    return DomainError(
        SupportErrorCode.LINK_EXPIRED,
        f"This confirmation link has expired: it works for {settings.SUPPORT_CONFIRM_LINK_HOURS} "
        "hours. If you confirmed your request in time, it is with our team and we answer by "
        "email; if not, please send it again.",
        status=410,
    )


def reopen_deadline(ticket: Ticket) -> Any:
    """The last moment the requester may reopen a resolved ticket."""
    resolved_at = ticket.resolved_at or ticket.updated_at
    return resolved_at + timedelta(days=settings.SUPPORT_REOPEN_DAYS)


def can_reopen(ticket: Ticket) -> bool:
    return ticket.status == Status.RESOLVED and clock.now() <= reopen_deadline(ticket)


def _require_open_to_customer(ticket: Ticket) -> None:
    if not ticket.is_confirmed:
        raise DomainError(
            SupportErrorCode.NOT_CONFIRMED,
            "Confirm your email address first, with the link we sent you.",
            status=409,
        )
    if ticket.status == Status.CLOSED:
        raise DomainError(
            SupportErrorCode.TICKET_CLOSED,
            "This request is closed. Please send a new request; you can mention its reference.",
            status=409,
        )
    if ticket.status == Status.RESOLVED and not can_reopen(ticket):
        raise DomainError(
            SupportErrorCode.REOPEN_WINDOW_PASSED,
            f"This request was resolved more than {settings.SUPPORT_REOPEN_DAYS} days ago, so it "
            "can't be reopened. Please send a new request; you can mention its reference.",
            status=409,
        )


def reply_as_customer(
    *,
    ticket: Ticket,
    user: Any,
    body: str,
    files: list[attachments.IncomingFile] | None = None,
    via: str = Via.WEB,
    email_message_id: str = "",
) -> TicketMessage:
    """The requester adds to the conversation; a waiting or resolved ticket opens again."""
    files = files or []
    text = clean_text(body, label="Message", max_chars=REPLY_MAX, multiline=True)
    types = attachments.check_files(files)
    ratelimit.hit(
        f"support.reply:ticket:{ticket.pk}",
        limit=REPLY_LIMIT_PER_TICKET,
        window_seconds=REQUEST_WINDOW_SECONDS,
        message=f"You have added {REPLY_LIMIT_PER_TICKET} messages to this request in the last "
        "hour, the most an hour allows; we read every one.",
    )
    with transaction.atomic():
        locked = lock_row(Ticket, ticket.pk)
        _require_open_to_customer(locked)
        # Undone with the transaction if anything refuses (round I).
        attachments.spend_daily_budget(
            files, user_id=locked.requester_id, email=locked.requester_email
        )
        message = TicketMessage.objects.create(
            ticket=locked,
            author=user if getattr(user, "pk", None) else None,
            kind=MessageKind.CUSTOMER,
            body=text,
            via=via,
            email_message_id=email_message_id[:250],
        )
        attachments.store_files(message, files, types)
        if locked.status in (Status.WAITING, Status.RESOLVED):
            kind = "reopened" if locked.status == Status.RESOLVED else "customer_replied"
            transition(
                locked, Status.OPEN, actor=user, actor_label=locked.requester_email, kind=kind
            )
        else:
            Ticket.objects.filter(pk=locked.pk).update(updated_at=clock.now())
            record_event(ticket=locked, kind="customer_replied", actor=user, data={"via": via})
        emails.tell_assignee(
            locked,
            title=f"{locked.reference}: the customer replied",
            body=text[:500],
        )
    ticket.refresh_from_db()
    return message


@transaction.atomic
def resolve_request(*, ticket: Ticket, user: Any) -> Ticket:
    """The requester says our answer solved it: a ticket waiting on them becomes resolved
    (they can still reopen it within SUPPORT_REOPEN_DAYS, then rate it), instead of reading
    "Waiting for your reply" with nothing left to say."""
    locked = lock_row(Ticket, ticket.pk)
    if locked.status != Status.WAITING:
        raise DomainError(
            SupportErrorCode.INVALID_TRANSITION,
            f"This request is {Status(locked.status).label.lower()}: only a request waiting "
            "for your reply can be marked as answered. Add a message instead.",
            status=409,
        )
    _require_open_to_customer(locked)
    transition(
        locked, Status.RESOLVED, actor=user, actor_label=locked.requester_email, kind="resolved"
    )
    emails.tell_assignee(locked, title=f"{locked.reference}: answered, says the customer", body="")
    return locked


@transaction.atomic
def reopen_request(*, ticket: Ticket, user: Any) -> Ticket:
    """The requester reopens a resolved ticket within SUPPORT_REOPEN_DAYS of its resolution."""
    locked = lock_row(Ticket, ticket.pk)
    if locked.status != Status.RESOLVED:
        raise DomainError(
            SupportErrorCode.INVALID_TRANSITION,
            f"This request is {Status(locked.status).label.lower()}, so there is nothing to reopen.",
            status=409,
        )
    _require_open_to_customer(locked)
    transition(locked, Status.OPEN, actor=user, actor_label=locked.requester_email, kind="reopened")
    emails.tell_assignee(locked, title=f"{locked.reference}: reopened by the customer", body="")
    return locked
