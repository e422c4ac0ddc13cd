"""Text that people type is refused when it holds control characters.

The one check is `core/validation.py`; these are the shapes `helpcenter` and `support`
use it in: model and form validators, and a message for services that raise DomainError.
"""

from __future__ import annotations

from directcontracts.core.validation import (
    NoControlCharactersValidator,
    find_control_character,
    message_for,
)

validate_single_line = NoControlCharactersValidator(multiline=False)
validate_multiline = NoControlCharactersValidator(multiline=True)


def first_control_character(value: str, *, multiline: bool) -> str | None:
    return find_control_character(value, multiline=multiline)


def control_character_message(value: str, *, multiline: bool) -> str | None:
    """The refusal message for services (which raise DomainError), or None when clean."""
    char = find_control_character(value, multiline=multiline)
    return None if char is None else message_for(char, multiline=multiline)
