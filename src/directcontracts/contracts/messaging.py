"""The contract's message thread: screened before it is stored, unread counts, email notice.

A message is screened first (outside any transaction, so the screener's log of a held or
refused message survives); only an allowed message is stored and shown to the other party.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

from directcontracts.accounts.models import User
from directcontracts.contracts import policy
from directcontracts.contracts.announce import announce, contract_path
from directcontracts.contracts.deliverables import IncomingFile, check_files, describe_file
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.models import (
    Contract,
    ContractState,
    Message,
    MessageAttachment,
    ThreadReadMark,
)
from directcontracts.contracts.services import require_party
from directcontracts.core import clock, ratelimit, submissions
from directcontracts.core.errors import Conflict, DomainError, NotFound

MAX_MESSAGE_CHARS = 10_000
# The same words from the same person this soon after are a double submit (a second click,
# a reload that posts again): the first message is the answer, and nobody is told twice.
DUPLICATE_WINDOW = timedelta(seconds=30)
OPEN_STATES = {ContractState.INVITED, ContractState.ACTIVE, ContractState.ENDED}


def require_thread_open(contract: Contract) -> None:
    """Messages need a contract the client has been sent (and not declined or cancelled)."""
    if contract.client_id is None or contract.state not in OPEN_STATES:
        raise Conflict(
            ContractErrorCode.INVALID_TRANSITION,
            "Messages open once the client has accepted the contract.",
            current_state=contract.state,
        )


def count_words_sent(contract: Contract, sender: User) -> None:
    """Count a message, proposed change or dispute statement from `sender` on `contract`,
    refusing it over MESSAGES_PER_HOUR (429 `rate_limited`). Each is a notice and an email to
    the other party (and a message or change a run of the screener): without a limit one
    party could flood the other's inbox (hostile reviews, 7 December 2026, rounds E and F).
    Counted before screening, so held ones count too."""
    limit = settings.MESSAGES_PER_HOUR
    ratelimit.hit(
        f"contract-words:{contract.pk}:{sender.pk}",
        limit=limit,
        window_seconds=3600,
        message=f"You have sent {limit} messages, proposals and statements on this contract in the last "
        "hour, the most an hour allows.",
    )


def post_message(
    *, contract: Contract, sender: User, body: str, files: list[IncomingFile] | None = None
) -> Message:
    require_party(contract, sender)
    require_thread_open(contract)  # what the state refuses comes before what was written
    body = body.strip()
    if not body:
        raise DomainError(ContractErrorCode.MESSAGE_EMPTY, "Write a message first.")
    if len(body) > MAX_MESSAGE_CHARS:
        raise DomainError(
            ContractErrorCode.MESSAGE_TOO_LONG,
            f"A message can be at most {MAX_MESSAGE_CHARS} characters.",
        )
    check_files(files or [])
    # Looked for twice: before screening, so a second click is not screened again, and
    # again in the saving transaction behind the sender's submission lock, where a
    # request at the same instant can no longer slip between the look-up and the insert.
    if not files and (sent := _same_message_just_sent(contract, sender, body)):
        return sent
    count_words_sent(contract, sender)
    policy.screen_message(
        text=body,
        sender_id=sender.pk,
        contract_id=contract.pk,
        from_client=sender.pk == contract.client_id,
    )
    with transaction.atomic():
        submissions.one_at_a_time(f"message:{contract.pk}:{sender.pk}")
        if not files and (sent := _same_message_just_sent(contract, sender, body)):
            return sent
        message = Message.objects.create(contract=contract, sender=sender, body=body)
        for incoming in files or []:
            _attach(message, incoming)
        mark_read(contract=contract, user=sender, at=message.created_at)
        other = contract.client if sender.pk == contract.freelancer_id else contract.freelancer
        announce(
            contract,
            kind="contract.message_posted",
            title=f"New message from {sender.display_name}",
            body=body[:500],
            to=[other],
            key=f"message:{message.pk}",
            # Straight to the thread, not the top of a long contract page.
            url=contract_path(contract, "messages"),
        )
    return message


def _same_message_just_sent(contract: Contract, sender: User, body: str) -> Message | None:
    return (
        Message.objects.filter(
            contract=contract,
            sender=sender,
            body=body,
            attachments__isnull=True,
            created_at__gte=clock.now() - DUPLICATE_WINDOW,
        )
        .order_by("-id")
        .first()
    )


def _attach(message: Message, incoming: IncomingFile) -> MessageAttachment:
    name, content_type, digest = describe_file(incoming)
    key = secrets.token_hex(16)
    attachment = MessageAttachment(
        message=message,
        storage_key=key,
        name=name,
        size=len(incoming.content),
        content_type=content_type,
        sha256=digest,
    )
    attachment.file.save(key, ContentFile(incoming.content), save=False)
    attachment.save()
    return attachment


def open_attachment(*, user: User, attachment_id: int) -> MessageAttachment:
    """A thread's files are for the contract's two parties only."""
    found = (
        MessageAttachment.objects.select_related("message__contract")
        .filter(pk=attachment_id)
        .first()
    )
    if found is None or not found.message.contract.is_party(user):
        raise NotFound("No such file.", code=ContractErrorCode.FILE_NOT_FOUND)
    return found


def mark_read(*, contract: Contract, user: User, at: datetime | None = None) -> None:
    """One UPDATE on every visit but the first (the page is read far more than it is new)."""
    when = at or clock.now()
    marks = ThreadReadMark.objects.filter(contract=contract, user=user)
    if marks.update(last_read_at=when):
        return
    try:
        with transaction.atomic():
            ThreadReadMark.objects.create(contract=contract, user=user, last_read_at=when)
    except IntegrityError:  # another tab's first visit made it a moment ago
        marks.update(last_read_at=when)


def mark_read_when_needed(*, contract: Contract, user: User) -> ReadState:
    """For readers that have not counted the unread messages already (the API's thread): one
    count, and the write only when it changes something (an API client may poll the thread)."""
    state = read_state(contract=contract, user=user)
    if state.needs_marking:
        mark_read(contract=contract, user=user)
    return state


def unread_count(*, contract: Contract, user: User) -> int:
    return read_state(contract=contract, user=user).unread


@dataclass(frozen=True, slots=True)
class ReadState:
    unread: int
    ever_opened: bool

    @property
    def needs_marking(self) -> bool:
        """Moving the mark only matters when something is unread (or there is no mark yet):
        with nothing after the old mark, it and now count the same messages, now and later."""
        return self.unread > 0 or not self.ever_opened


def read_state(*, contract: Contract, user: User) -> ReadState:
    mark = (
        ThreadReadMark.objects.filter(contract=contract, user=user)
        .values_list("last_read_at", flat=True)
        .first()
    )
    messages = contract.messages.exclude(sender=user)
    if mark is not None:
        messages = messages.filter(created_at__gt=mark)
    return ReadState(unread=messages.count(), ever_opened=mark is not None)
