"""Evidence on a dispute: uploaded files (checked and stored like deliverables, under a
random name, with their SHA-256) and links to delivered files and thread messages that
are already on the contract (nothing is copied; the links prove what was there)."""

from __future__ import annotations

import hashlib
import secrets
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.files.base import ContentFile

from directcontracts.contracts.deliverables import check_files, describe_file
from directcontracts.contracts.models import DeliverableFile, Message
from directcontracts.core.dates import moment_in_words
from directcontracts.core.errors import DomainError
from directcontracts.disputes.errors import DisputeErrorCode
from directcontracts.disputes.models import Dispute, Evidence, EvidenceKind, Statement

if TYPE_CHECKING:
    from directcontracts.contracts.deliverables import IncomingFile
    from directcontracts.disputes.services import EvidenceInput


def _count(evidence: EvidenceInput) -> int:
    return len(evidence.files) + len(evidence.deliverable_file_ids) + len(evidence.message_ids)


def check_incoming(evidence: EvidenceInput) -> None:
    """Before any transaction: the files' types and sizes, and how many items at once."""
    if _count(evidence) > settings.DISPUTE_MAX_EVIDENCE_FILES:
        raise _too_much()
    check_files(evidence.files)


def check_room(dispute: Dispute, evidence: EvidenceInput, *, role: str) -> None:
    """Each party gives at most DISPUTE_MAX_EVIDENCE_FILES items of evidence to a dispute:
    a share for both together let the one who opened it use it all and leave the other
    party none to answer with (hostile review, round H)."""
    held = Evidence.objects.filter(statement__dispute=dispute, statement__role=role).count()
    if held + _count(evidence) > settings.DISPUTE_MAX_EVIDENCE_FILES:
        raise _too_much()


def _too_much() -> DomainError:
    return DomainError(
        DisputeErrorCode.TOO_MUCH_EVIDENCE,
        f"You can give at most {settings.DISPUTE_MAX_EVIDENCE_FILES} pieces of evidence to a "
        "dispute; point at the most telling ones.",
    )


def attach(
    statement: Statement,
    *,
    files: list[IncomingFile],
    deliverable_files: list[DeliverableFile],
    messages: list[Message],
) -> None:
    for incoming in files:
        name, content_type, digest = describe_file(incoming)
        key = secrets.token_hex(16)
        item = Evidence(
            statement=statement,
            kind=EvidenceKind.FILE,
            storage_key=key,
            name=name,
            size=len(incoming.content),
            content_type=content_type,
            sha256=digest,
        )
        item.file.save(key, ContentFile(incoming.content), save=False)
        item.save()
    for record in deliverable_files:
        Evidence.objects.create(
            statement=statement,
            kind=EvidenceKind.DELIVERABLE,
            deliverable_file=record,
            name=record.name,
            size=record.size,
            content_type=record.content_type,
            sha256=record.sha256,
        )
    for message in messages:
        Evidence.objects.create(
            statement=statement,
            kind=EvidenceKind.MESSAGE,
            message=message,
            name=f"Message of {moment_in_words(message.created_at)} UTC",
            sha256=hashlib.sha256(message.body.encode()).hexdigest(),
        )
