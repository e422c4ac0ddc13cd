"""Files attached to a request: sniffed by content against an allow-list, bounded in size.

The type is decided by the bytes, never by the name or the browser's claim: a file is
accepted only if it starts like a PNG, JPEG, GIF, WebP or PDF, or is plain UTF-8 text
without control characters. It is stored under a random name with its SHA-256 and served
back only as a download, with the sniffed type.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile

from directcontracts.core import ratelimit
from directcontracts.core.errors import DomainError
from directcontracts.helpcenter.text import first_control_character
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import TicketAttachment, TicketMessage

ALLOWED_DESCRIPTION = "PNG, JPEG, GIF or WebP images, PDF documents, or plain text"
_EXTENSIONS = {
    "image/png": ".png",
    "image/jpeg": ".jpg",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
}


@dataclass(frozen=True)
class IncomingFile:
    name: str
    content: bytes


def sniff(content: bytes) -> str | None:
    """The content type of `content` if it is on the allow-list, else None."""
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    if content.startswith(b"%PDF-"):
        return "application/pdf"
    return "text/plain" if _is_plain_text(content) else None


def _is_plain_text(content: bytes) -> bool:
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return first_control_character(text, multiline=True) is None


def safe_name(name: str, content_type: str) -> str:
    """A display name: the base name, printable, short, with the extension of its type."""
    base = PurePosixPath(name.replace("\\", "/")).name or "file"
    base = "".join(ch for ch in base if ch.isprintable() and ch not in '"<>')[:100] or "file"
    stem = PurePosixPath(base).stem or "file"
    return f"{stem[:100]}{_EXTENSIONS[content_type]}"


def from_uploads(uploads: list[UploadedFile]) -> list[IncomingFile]:
    limit = settings.SUPPORT_MAX_ATTACHMENT_BYTES
    if len(uploads) > settings.SUPPORT_MAX_ATTACHMENTS:
        raise _too_many()
    files = []
    for upload in uploads:
        name = upload.name or "file"
        if (upload.size or 0) > limit:
            raise _too_big(name)
        files.append(IncomingFile(name=name, content=upload.read(limit + 1)))
    return files


def _too_many() -> DomainError:
    return DomainError(
        SupportErrorCode.TOO_MANY_FILES,
        f"Attach at most {settings.SUPPORT_MAX_ATTACHMENTS} files.",
    )


def _too_big(name: str) -> DomainError:
    megabytes = settings.SUPPORT_MAX_ATTACHMENT_BYTES / (1024 * 1024)
    return DomainError(
        SupportErrorCode.FILE_TOO_LARGE,
        f"“{name[:100]}” is larger than {megabytes:g} MB.",
        status=413,
    )


def check_files(files: list[IncomingFile]) -> list[str]:
    """Refuse the whole set if any file is not allowed; return each file's sniffed type."""
    if len(files) > settings.SUPPORT_MAX_ATTACHMENTS:
        raise _too_many()
    types = []
    for incoming in files:
        if not incoming.content:
            raise DomainError(SupportErrorCode.FILE_EMPTY, f"“{incoming.name[:100]}” is empty.")
        if len(incoming.content) > settings.SUPPORT_MAX_ATTACHMENT_BYTES:
            raise _too_big(incoming.name)
        content_type = sniff(incoming.content)
        if content_type is None:
            raise DomainError(
                SupportErrorCode.FILE_TYPE_NOT_ALLOWED,
                f"“{incoming.name[:100]}” is not a file type we accept ({ALLOWED_DESCRIPTION}).",
            )
        types.append(content_type)
    return types


BUDGET_WINDOW_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Spent:
    """Attachment bytes counted against a person's day; `give_back()` when nothing is stored."""

    key: str
    kib: int

    def give_back(self) -> None:
        if self.kib:
            ratelimit.release(self.key, window_seconds=BUDGET_WINDOW_SECONDS, amount=self.kib)


def spend_daily_budget(files: list[IncomingFile], *, user_id: int | None, email: str) -> Spent:
    """Count the files' size against SUPPORT_ATTACHMENT_BYTES_PER_DAY for the person (their
    account, or the address a visitor is answered at) over a sliding 24 hours, requests and
    replies together; refused (`429 attachment_budget_spent`, nothing counted) past it.
    Counted in KiB, each file rounded up."""
    person = f"user:{user_id}" if user_id else f"email:{email.strip().lower()}"
    key = f"support.attachment-bytes:{person}"
    kib = sum(math.ceil(len(incoming.content) / 1024) for incoming in files)
    if kib:
        budget_mb = settings.SUPPORT_ATTACHMENT_BYTES_PER_DAY / (1024 * 1024)
        ratelimit.spend(
            key,
            budget=settings.SUPPORT_ATTACHMENT_BYTES_PER_DAY // 1024,
            amount=kib,
            window_seconds=BUDGET_WINDOW_SECONDS,
            code=SupportErrorCode.ATTACHMENT_BUDGET_SPENT,
            message=f"You can attach up to {budget_mb:g} MB of files a day, and these would "
            "go past it. Send your message without them, or with smaller files.",
        )
    return Spent(key=key, kib=kib)


def store_files(message: TicketMessage, files: list[IncomingFile], types: list[str]) -> None:
    for incoming, content_type in zip(files, types, strict=True):
        stored_as = f"{secrets.token_hex(16)}{_EXTENSIONS[content_type]}"
        attachment = TicketAttachment(
            message=message,
            name=safe_name(incoming.name, content_type),
            content_type=content_type,
            size=len(incoming.content),
            sha256=hashlib.sha256(incoming.content).hexdigest(),
        )
        attachment.file.save(stored_as, ContentFile(incoming.content), save=False)
        attachment.save()
