"""Names people give themselves may not pass for the platform or its staff.

A party's name is what the other party reads beside a message, on the contract's timeline,
in notices and emails; the platform's own acts read "Direct Contracts staff", "Trust &
Safety", "The platform". A freelancer who named themselves "Trust & Safety" posted thread
messages and ended contracts that the client's page showed as the staff's (hostile review,
7 December 2026, round F). So a name, a display name, an agency or a company may not:

- contain the platform's name (`PLATFORM_NAME`) or "Trust & Safety" (any spelling: "and",
  "&", "+", spaces, capitals, accents, look-alike letters through anyascii), or
- be, as a whole, one of the platform's own labels (support, staff, admin, the platform...).

Ordinary names that merely hold such a word ("IT Support Studio", "Finance Co") pass.
"""

from __future__ import annotations

import re

from anyascii import anyascii
from django.conf import settings

from directcontracts.accounts.errors import AccountErrorCode
from directcontracts.core.errors import DomainError

MAX_CHECKED = 300
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")

WHOLE_NAMES = frozenset(
    {
        "admin",
        "administrator",
        "finance",
        "finance team",
        "mediator",
        "moderator",
        "platform",
        "security",
        "security team",
        "staff",
        "support",
        "support team",
        "system",
        "the platform",
    }
)


def _words(text: str) -> str:
    plain = anyascii(text[:MAX_CHECKED]).casefold().replace("&", " and ").replace("+", " and ")
    return " ".join(_NOT_ALNUM.sub(" ", plain).split())


def _squeezed(text: str) -> str:
    return _words(text).replace(" and ", " ").replace(" ", "")


def passes_for_staff(name: str) -> bool:
    squeezed = _squeezed(name)
    if not squeezed:
        return False
    platform = _squeezed(settings.PLATFORM_NAME)
    return (
        "trustsafety" in squeezed
        or "trustandsafety" in squeezed
        or (bool(platform) and platform in squeezed)
        or _words(name) in WHOLE_NAMES
    )


def check_name(name: str, *, field: str) -> None:
    """Refuses (400 `name_reserved`) a name that would pass for the platform or its staff."""
    if passes_for_staff(name):
        raise DomainError(
            AccountErrorCode.NAME_RESERVED,
            f"Choose another name: names that read as {settings.PLATFORM_NAME} or its staff "
            "(Trust & Safety, support) are kept for the platform.",
            field=field,
        )
