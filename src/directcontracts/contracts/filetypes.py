"""The file types a deliverable or a message attachment may be, decided by content.

A file's name says what it claims to be; its first bytes say what it is. Every upload must
be one of the allow-listed types below *and* its content must match the type its name
claims (an executable called `logo.png` is refused, and so is PostScript called `logo.png`,
which an image library would otherwise hand to Ghostscript). Each check reads a fixed
prefix, or scans the bytes once with a single character class (linear time).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.core.errors import DomainError


@dataclass(frozen=True)
class FileType:
    content_type: str
    label: str  # "a PNG image": how the refusal names what the file should have been
    preview: str  # "image", "pdf", "text" or "" (name, size and hash only)
    matches: Callable[[bytes], bool]


def _starts(*prefixes: bytes) -> Callable[[bytes], bool]:
    return lambda content: content.startswith(prefixes)


def _is_webp(content: bytes) -> bool:
    return content[:4] == b"RIFF" and content[8:12] == b"WEBP"


def _zip_names(content: bytes) -> list[str] | None:
    if not content.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return archive.namelist()  # the central directory only; nothing is inflated
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None


def _is_zip(content: bytes) -> bool:
    return _zip_names(content) is not None


def _office(folder: str) -> Callable[[bytes], bool]:
    def matches(content: bytes) -> bool:
        names = _zip_names(content)
        return (
            names is not None
            and "[Content_Types].xml" in names
            and any(name.startswith(folder) for name in names)
        )

    return matches


def _is_figma(content: bytes) -> bool:
    return content.startswith(b"fig-kiwi") or _is_zip(content)


# Control characters other than tab, line feed, carriage return and form feed: binary data.
_BINARY = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _is_text(content: bytes) -> bool:
    """UTF-8 (or UTF-16 with its byte-order mark, or Windows-1252) text without binary bytes."""
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8-sig", "cp1252"]
    for encoding in encodings:
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _BINARY.search(text) is None
    return False


_PNG = FileType("image/png", "a PNG image", "image", _starts(b"\x89PNG\r\n\x1a\n"))
_JPEG = FileType("image/jpeg", "a JPEG image", "image", _starts(b"\xff\xd8\xff"))
_GIF = FileType("image/gif", "a GIF image", "image", _starts(b"GIF87a", b"GIF89a"))
_WEBP = FileType("image/webp", "a WebP image", "image", _is_webp)
_PDF = FileType("application/pdf", "a PDF document", "pdf", _starts(b"%PDF-"))

ALLOWED: dict[str, FileType] = {
    ".png": _PNG,
    ".jpg": _JPEG,
    ".jpeg": _JPEG,
    ".gif": _GIF,
    ".webp": _WEBP,
    ".pdf": _PDF,
    ".txt": FileType("text/plain", "a text file", "text", _is_text),
    ".md": FileType("text/markdown", "a Markdown text file", "text", _is_text),
    ".csv": FileType("text/csv", "a CSV text file", "text", _is_text),
    ".zip": FileType("application/zip", "a ZIP archive", "", _is_zip),
    ".docx": FileType(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "a Word document",
        "",
        _office("word/"),
    ),
    ".xlsx": FileType(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "an Excel workbook",
        "",
        _office("xl/"),
    ),
    ".pptx": FileType(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "a PowerPoint presentation",
        "",
        _office("ppt/"),
    ),
    ".fig": FileType("application/octet-stream", "a Figma file", "", _is_figma),
    ".psd": FileType("image/vnd.adobe.photoshop", "a Photoshop document", "", _starts(b"8BPS")),
}


def suffix_of(name: str) -> str:
    return PurePosixPath(name.lower()).suffix


def identify(name: str, content: bytes) -> FileType:
    """The allow-listed type of a file, checked against its content; refused otherwise."""
    found = ALLOWED.get(suffix_of(name))
    if found is None:
        allowed = ", ".join(sorted(ALLOWED))
        raise DomainError(
            ContractErrorCode.FILE_TYPE_NOT_ALLOWED,
            f"“{name}” is not an allowed file type ({allowed}).",
        )
    if not found.matches(content):
        raise DomainError(
            ContractErrorCode.FILE_CONTENT_MISMATCH,
            f"“{name}” is not {found.label}: its content doesn't match its name. "
            "Upload it in the format its name says, or rename it to what it really is.",
            claimed_type=found.content_type,
        )
    return found
