"""A breached-password check that works offline.

Django's CommonPasswordValidator already refuses the 20,000 most common passwords.
This adds the shapes that breach corpora are full of and that the list misses:
a common word or keyboard walk with digits or a year appended, one character repeated,
and the site's own name.
"""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError

_WEAK_STEMS = (
    "password",
    "passw0rd",
    "qwerty",
    "azerty",
    "letmein",
    "welcome",
    "iloveyou",
    "admin",
    "monkey",
    "dragon",
    "football",
    "baseball",
    "sunshine",
    "princess",
    "abc123",
    "123456",
    "trustno1",
    "directcontract",
    "directcontracts",
    "changeme",
    "secret",
    "login",
)
_SUFFIX = re.compile(r"[\d!@#$%^&*?.]*$")


class BreachedPasswordValidator:
    def validate(self, password: str, user: Any = None) -> None:
        lowered = password.lower()
        stem = _SUFFIX.sub("", lowered)
        if len(set(lowered)) <= 2:
            raise ValidationError(
                "This password repeats one or two characters; choose something less predictable.",
                code="password_too_repetitive",
            )
        if stem in _WEAK_STEMS or any(
            lowered.startswith(s) and len(stem) <= len(s) + 1 for s in _WEAK_STEMS
        ):
            raise ValidationError(
                "This password appears in lists of breached passwords; choose another.",
                code="password_breached",
            )

    def get_help_text(self) -> str:
        return "Your password can't be a well-known breached password."
