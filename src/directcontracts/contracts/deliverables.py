"""Delivered work is held in escrow too: previews before release, full files after.

Design:

1. A file is accepted only by type (allow-list of extensions and content sniffing for
   images and PDFs) and size; it is stored under a random name through Django's storage
   API, with its SHA-256, so both parties can prove later what was delivered.
2. Before the milestone is released the client sees a preview: an image downscaled and
   watermarked, a PDF's first page rendered and watermarked, the start of a text file,
   or for anything else the name, size and hash. The full file unlocks at release.
3. Every look is recorded (`FileView`): previews and full downloads alike.
"""

from __future__ import annotations

import hashlib
import io
import secrets
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from PIL import Image, ImageDraw, ImageFont, UnidentifiedImageError

from directcontracts.accounts.models import User
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.models import (
    Deliverable,
    DeliverableFile,
    FileView,
    Milestone,
    MilestoneState,
)
from directcontracts.core.errors import DomainError, NotFound, PermissionDenied

IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
}
TEXT_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".csv": "text/csv"}
OTHER_TYPES = {
    ".pdf": "application/pdf",
    ".zip": "application/zip",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".fig": "application/octet-stream",
    ".psd": "image/vnd.adobe.photoshop",
}
ALLOWED_TYPES = {**IMAGE_TYPES, **TEXT_TYPES, **OTHER_TYPES}
PREVIEW_MAX_SIDE = 900
PREVIEW_TEXT_CHARS = 1500
WATERMARK = "PREVIEW · HELD IN ESCROW"
# Refuse decompression bombs: a few tens of megapixels is plenty for a deliverable preview.
Image.MAX_IMAGE_PIXELS = 60_000_000


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


def _too_big(name: str) -> DomainError:
    megabytes = settings.DELIVERABLE_MAX_FILE_BYTES // (1024 * 1024)
    return DomainError(
        ContractErrorCode.FILE_TOO_LARGE, f"“{name}” is larger than {megabytes} MB.", status=413
    )


def check_files(files: list[IncomingFile]) -> None:
    if len(files) > settings.DELIVERABLE_MAX_FILES:
        raise DomainError(
            ContractErrorCode.TOO_MANY_FILES,
            f"Attach at most {settings.DELIVERABLE_MAX_FILES} files.",
        )
    for incoming in files:
        suffix = PurePosixPath(incoming.name.lower()).suffix
        if suffix not in ALLOWED_TYPES:
            allowed = ", ".join(sorted(ALLOWED_TYPES))
            raise DomainError(
                ContractErrorCode.FILE_TYPE_NOT_ALLOWED,
                f"“{incoming.name}” is not an allowed file type ({allowed}).",
            )
        if len(incoming.content) > settings.DELIVERABLE_MAX_FILE_BYTES:
            raise _too_big(incoming.name)
        if not incoming.content:
            raise DomainError(ContractErrorCode.FILE_EMPTY, f"“{incoming.name}” is empty.")
        if suffix == ".pdf" and not incoming.content.startswith(b"%PDF"):
            raise DomainError(
                ContractErrorCode.FILE_TYPE_NOT_ALLOWED, f"“{incoming.name}” is not a PDF."
            )


def _watermark(image: Image.Image) -> Image.Image:
    image = image.convert("RGB")
    image.thumbnail((PREVIEW_MAX_SIDE, PREVIEW_MAX_SIDE))
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    font = ImageFont.load_default()
    step_x, step_y = 220, 90
    for y in range(0, image.height + step_y, step_y):
        for x in range(-step_x, image.width + step_x, step_x):
            draw.text(
                (x + (y // step_y % 2) * step_x // 2, y),
                WATERMARK,
                fill=(255, 255, 255, 150),
                font=font,
            )
            draw.text(
                (x + 1 + (y // step_y % 2) * step_x // 2, y + 1),
                WATERMARK,
                fill=(0, 0, 0, 110),
                font=font,
            )
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _jpeg(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70)
    return buffer.getvalue()


def image_preview(content: bytes) -> bytes | None:
    try:
        with Image.open(io.BytesIO(content)) as image:
            image.load()
            return _jpeg(_watermark(image))
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return None


def pdf_first_page_preview(content: bytes) -> bytes | None:
    try:
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(content)
        try:
            page = document[0]
            bitmap = page.render(scale=1.2)
            image = bitmap.to_pil()
        finally:
            document.close()
    except Exception:  # noqa: BLE001 - any unreadable PDF simply gets no picture preview
        return None
    return _jpeg(_watermark(image))


def _preview_for(suffix: str, content: bytes) -> tuple[bytes | None, str]:
    if suffix in IMAGE_TYPES:
        return image_preview(content), ""
    if suffix == ".pdf":
        return pdf_first_page_preview(content), ""
    if suffix in TEXT_TYPES:
        return None, content[: PREVIEW_TEXT_CHARS * 4].decode("utf-8", errors="replace")[
            :PREVIEW_TEXT_CHARS
        ]
    return None, ""


def describe_file(incoming: IncomingFile) -> tuple[str, str, str]:
    """(safe display name, content type, SHA-256) of a checked file."""
    suffix = PurePosixPath(incoming.name.lower()).suffix
    name = PurePosixPath(incoming.name).name[:200]
    return name, ALLOWED_TYPES[suffix], hashlib.sha256(incoming.content).hexdigest()


def store_deliverable(
    *, milestone: Milestone, by: User, message: str, files: list[IncomingFile]
) -> Deliverable:
    """Save one submission's files; call inside the transaction that submits the milestone."""
    check_files(files)
    number = milestone.deliverables.count() + 1
    deliverable = Deliverable.objects.create(
        milestone=milestone, number=number, message=message.strip(), submitted_by=by
    )
    for incoming in files:
        suffix = PurePosixPath(incoming.name.lower()).suffix
        key = secrets.token_hex(16)
        record = DeliverableFile(
            deliverable=deliverable,
            storage_key=key,
            name=PurePosixPath(incoming.name).name[:200],
            size=len(incoming.content),
            content_type=ALLOWED_TYPES[suffix],
            sha256=hashlib.sha256(incoming.content).hexdigest(),
        )
        record.file.save(key, ContentFile(incoming.content), save=False)
        preview, text = _preview_for(suffix, incoming.content)
        if preview is not None:
            record.preview.save(key, ContentFile(preview), save=False)
        record.preview_text = text
        record.save()
    return deliverable


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
