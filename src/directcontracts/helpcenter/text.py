"""Text that people type is refused when it holds control characters.

Until `core/validation.py` lands (the sec-auth work), this is the one check both
`helpcenter` and `support` use. It runs in time linear in the text: one pass, no regex.
Tabs and line breaks are allowed where a field is multi-line; bidirectional overrides
(the "Trojan Source" characters) are refused everywhere, since they can make a message
read differently from what it holds.
"""

from __future__ import annotations

import unicodedata

from django.core.exceptions import ValidationError

_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_CHARACTERS = frozenset("\n\r\t")


def first_control_character(value: str, *, multiline: bool) -> str | None:
    """The first character `value` may not hold, or None."""
    for char in value:
        if char in _BIDI_CONTROLS:
            return char
        if unicodedata.category(char) == "Cc" and not (multiline and char in _LINE_CHARACTERS):
            return char
    return None


def _message(char: str) -> str:
    return f"Remove the control character U+{ord(char):04X}; only plain text is accepted."


def validate_single_line(value: str) -> None:
    char = first_control_character(value, multiline=False)
    if char is not None:
        raise ValidationError(_message(char), code="control_characters")


def validate_multiline(value: str) -> None:
    char = first_control_character(value, multiline=True)
    if char is not None:
        raise ValidationError(_message(char), code="control_characters")


def control_character_message(value: str, *, multiline: bool) -> str | None:
    """The refusal message for services (which raise DomainError), or None when clean."""
    char = first_control_character(value, multiline=multiline)
    return None if char is None else _message(char)
