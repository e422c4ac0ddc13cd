"""Delivered work is held in escrow too: previews before release, full files after.

Design:

1. A file is accepted only if its name is an allow-listed type *and* its content is that
   type (`filetypes.identify`: sniffed from its bytes, never trusted from its name), within
   the size limits. It is stored under a random name through Django's storage API, with
   its SHA-256, so both parties can prove later what was delivered.
2. Before the milestone is released the client sees a preview: the start of a text file
   (cut at once, no decoding involved), and for images and PDFs a watermarked, downscaled
   picture. Pictures are never decoded in the request: the submission commits with the
   file `pending`, and the worker (`make_preview_task`, enqueued on commit) renders it in a
   sandboxed child process with CPU, memory and time limits (`preview_render`,
   `core/sandbox.py`), then marks it `ready` (or `failed`). The full file unlocks at release.
3. Every look is recorded (`FileView`): previews and full downloads alike.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from functools import partial
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from directcontracts.accounts.models import User
from directcontracts.contracts import filetypes
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.models import (
    Deliverable,
    DeliverableFile,
    FileView,
    Milestone,
    MilestoneState,
    PreviewState,
)
from directcontracts.core import sandbox
from directcontracts.core.errors import Conflict, DomainError, NotFound, PermissionDenied

logger = logging.getLogger(__name__)

PREVIEW_TEXT_CHARS = 1500
RENDERER = "directcontracts.contracts.preview_render:render"


@dataclass(frozen=True)
class IncomingFile:
    name: str
    content: bytes


def incoming_from_uploads(uploads: list[UploadedFile]) -> list[IncomingFile]:
    limit = settings.DELIVERABLE_MAX_FILE_BYTES
    files = []
    for upload in uploads:
        if (upload.size or 0) > limit:
            raise _too_big(upload.name or "file")
        files.append(IncomingFile(name=upload.name or "file", content=upload.read(limit + 1)))
    return files


def max_file_size_words() -> str:
    """The largest file a delivery takes, in words ("25 MB"; a small test limit in KB)."""
    limit = settings.DELIVERABLE_MAX_FILE_BYTES
    if limit >= 1024 * 1024:
        return f"{limit // (1024 * 1024)} MB"
    return f"{limit // 1024} KB"


def _too_big(name: str) -> DomainError:
    size = max_file_size_words()
    return DomainError(
        ContractErrorCode.FILE_TOO_LARGE,
        f"“{name}” is larger than {size}, the most one file can be. Compress it, or split it "
        f"into parts of up to {size}, and attach them again.",
        status=413,
    )


def check_files(files: list[IncomingFile]) -> list[filetypes.FileType]:
    """Each file's checked type, in order; refuses the whole lot on the first bad file."""
    if len(files) > settings.DELIVERABLE_MAX_FILES:
        raise DomainError(
            ContractErrorCode.TOO_MANY_FILES,
            f"Attach at most {settings.DELIVERABLE_MAX_FILES} files.",
        )
    found = []
    for incoming in files:
        if len(incoming.content) > settings.DELIVERABLE_MAX_FILE_BYTES:
            raise _too_big(incoming.name)
        if not incoming.content:
            raise DomainError(ContractErrorCode.FILE_EMPTY, f"“{incoming.name}” is empty.")
        found.append(filetypes.identify(incoming.name, incoming.content))
    return found


def _text_start(content: bytes) -> str:
    start = content[: PREVIEW_TEXT_CHARS * 4]
    encoding = "utf-16" if start.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    return start.decode(encoding, errors="replace")[:PREVIEW_TEXT_CHARS]


def describe_file(incoming: IncomingFile) -> tuple[str, str, str]:
    """(safe display name, content type, SHA-256) of a checked file."""
    found = filetypes.identify(incoming.name, incoming.content)
    name = PurePosixPath(incoming.name).name[:200]
    return name, found.content_type, hashlib.sha256(incoming.content).hexdigest()


def store_deliverable(
    *, milestone: Milestone, by: User, message: str, files: list[IncomingFile]
) -> Deliverable:
    """Save one submission's files; call inside the transaction that submits the milestone.

    Picture previews are left `pending` for the worker, enqueued when the transaction commits."""
    types = check_files(files)
    number = milestone.deliverables.count() + 1
    deliverable = Deliverable.objects.create(
        milestone=milestone, number=number, message=message.strip(), submitted_by=by
    )
    for incoming, found in zip(files, types, strict=True):
        key = secrets.token_hex(16)
        record = DeliverableFile(
            deliverable=deliverable,
            storage_key=key,
            name=PurePosixPath(incoming.name).name[:200],
            size=len(incoming.content),
            content_type=found.content_type,
            sha256=hashlib.sha256(incoming.content).hexdigest(),
            preview_text=_text_start(incoming.content) if found.preview == "text" else "",
            preview_state=PreviewState.PENDING
            if found.preview in ("image", "pdf")
            else PreviewState.NONE,
        )
        record.file.save(key, ContentFile(incoming.content), save=False)
        record.save()
        if record.preview_state == PreviewState.PENDING:
            transaction.on_commit(partial(_enqueue_preview, record.pk))
    return deliverable


def _enqueue_preview(file_id: int) -> None:
    from directcontracts.contracts.tasks import make_preview_task

    make_preview_task.enqueue(file_id)


# --- Making a preview (the worker) -------------------------------------------------------


def _limits() -> sandbox.Limits:
    return sandbox.Limits(
        cpu_seconds=settings.PREVIEW_CPU_SECONDS,
        memory_bytes=settings.PREVIEW_MEMORY_MB * 1024 * 1024,
        wall_seconds=settings.PREVIEW_TIMEOUT_SECONDS,
    )


def render_preview(content: bytes, *, kind: str) -> bytes | None:
    """A watermarked JPEG of an image or a PDF's first page, rendered in the sandbox."""
    return sandbox.run(
        RENDERER,
        content,
        limits=_limits(),
        options={
            "kind": kind,
            "max_pixels": settings.PREVIEW_MAX_PIXELS,
            "max_pages": settings.PREVIEW_MAX_PDF_PAGES,
        },
    )


def make_preview(*, file_id: int) -> str:
    """Render a pending file's picture preview; idempotent (a done file is left alone).

    Runs outside any transaction: the slow part holds no lock; the result is written with
    compare-and-set on the `pending` state."""
    record = DeliverableFile.objects.filter(pk=file_id).first()
    if record is None or record.preview_state != PreviewState.PENDING:
        return record.preview_state if record else "missing"
    kind = filetypes.ALLOWED[filetypes.suffix_of(record.name)].preview
    with record.file.open("rb") as handle:
        content = handle.read()
    try:
        picture = render_preview(content, kind=kind)
    except sandbox.SandboxFailure as failure:
        logger.warning("preview of file %s stopped: %s", file_id, failure)
        picture = None
    if picture is None:
        DeliverableFile.objects.filter(pk=file_id, preview_state=PreviewState.PENDING).update(
            preview_state=PreviewState.FAILED
        )
        return PreviewState.FAILED
    stored = record.preview.storage.save(
        record.preview.field.generate_filename(record, record.storage_key), ContentFile(picture)
    )
    claimed = DeliverableFile.objects.filter(pk=file_id, preview_state=PreviewState.PENDING).update(
        preview=stored, preview_state=PreviewState.READY
    )
    if not claimed:  # another run got there first: keep its picture, drop ours
        record.preview.storage.delete(stored)
    return PreviewState.READY if claimed else record.preview_state


# --- Looking at delivered files ---------------------------------------------------------


def _file_for(user: User, file_id: int) -> DeliverableFile:
    record = (
        DeliverableFile.objects.select_related("deliverable__milestone__contract")
        .filter(pk=file_id)
        .first()
    )
    if record is None or not record.deliverable.milestone.contract.is_party(user):
        raise NotFound("No such file.", code=ContractErrorCode.FILE_NOT_FOUND)
    return record


def can_download(user: User, record: DeliverableFile) -> bool:
    contract = record.deliverable.milestone.contract
    return (
        user.pk == contract.freelancer_id
        or record.deliverable.milestone.state == MilestoneState.RELEASED
    )


def open_preview(*, user: User, file_id: int) -> DeliverableFile:
    record = _file_for(user, file_id)
    if record.preview_state == PreviewState.PENDING:
        raise Conflict(
            ContractErrorCode.PREVIEW_PENDING,
            "The preview is being prepared. Try again in a moment.",
            preview_state=record.preview_state,
        )
    if not record.preview:
        raise NotFound("This file has no picture preview.", code=ContractErrorCode.FILE_NOT_FOUND)
    FileView.objects.create(file=record, viewer=user, kind="preview")
    return record


def open_full_file(*, user: User, file_id: int) -> DeliverableFile:
    record = _file_for(user, file_id)
    if not can_download(user, record):
        raise PermissionDenied(
            "The full file unlocks when the milestone is released. Until then you can see its preview, size and hash.",
            code=ContractErrorCode.FILE_LOCKED,
        )
    FileView.objects.create(file=record, viewer=user, kind="full")
    return record
