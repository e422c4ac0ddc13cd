"""Errors that services raise and that the API and the web both show the same way.

Each app keeps its codes in one `ErrorCode` enum (see accounts/errors.py); a
`DomainError` carries a code, a human message and the HTTP status it maps to.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class CoreErrorCode(StrEnum):
    VALIDATION_ERROR = "validation_error"
    CONTROL_CHARACTERS = "control_characters"
    MALFORMED_JSON = "malformed_json"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    NOT_AUTHENTICATED = "not_authenticated"
    PERMISSION_DENIED = "permission_denied"
    STAFF_IS_A_PARTY = "staff_is_a_party"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    CSRF_FAILED = "csrf_failed"
    BAD_REQUEST = "bad_request"
    INVALID_ENCODING = "invalid_encoding"
    MALFORMED_FORM = "malformed_form"
    TOO_MANY_FIELDS = "too_many_fields"
    TOO_MANY_FILES = "too_many_files"
    RATE_LIMITED = "rate_limited"
    INVALID_TRANSITION = "invalid_transition"
    CONFLICT = "conflict"
    SERVER_ERROR = "server_error"
    INVALID_COUNTRY = "invalid_country"


class DomainError(Exception):
    """A refusal with a stable machine-readable code and a message for people."""

    status = 400

    def __init__(self, code: str, message: str, *, status: int | None = None, **details: Any):
        super().__init__(message)
        self.code = str(code)
        self.message = message
        if status is not None:
            self.status = status
        self.details = details

    def as_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details:
            body["details"] = self.details
        return {"error": body}


class NotFound(DomainError):
    status = 404

    def __init__(self, message: str = "Not found.", code: str = CoreErrorCode.NOT_FOUND):
        super().__init__(code, message)


class PermissionDenied(DomainError):
    status = 403

    def __init__(self, message: str, code: str = CoreErrorCode.PERMISSION_DENIED):
        super().__init__(code, message)


class Conflict(DomainError):
    status = 409


def wait_in_words(seconds: int) -> str:
    """How long until a limit's window ends, rounded up: "40 seconds", "12 minutes", "2 hours"."""
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = -(-seconds // 60)
    if minutes <= 90:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours = -(-minutes // 60)
    return f"{hours} hours"


class RateLimited(DomainError):
    """Over a limit. The message ends with when to try again, from `retry_after` (the
    seconds left in the limit's window), so that it never says "an hour" when it is three
    minutes, and every limit words it alike."""

    status = 429

    def __init__(self, message: str, *, retry_after: int, code: str = CoreErrorCode.RATE_LIMITED):
        retry_after = max(1, int(retry_after))
        text = f"{message} Try again in {wait_in_words(retry_after)}.".strip()
        super().__init__(code, text, retry_after=retry_after)
        self.retry_after = retry_after


def error_body(code: str, message: str, **details: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"code": str(code), "message": message}
    if details:
        body["details"] = details
    return {"error": body}
