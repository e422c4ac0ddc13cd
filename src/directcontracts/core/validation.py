"""Text from people: the one place that refuses control characters.

Every text field, web and API, refuses the C0 and C1 control characters (and DEL), the
explicit direction controls (embeddings, overrides, isolates) and lone surrogates: they are
invisible, PostgreSQL cannot store NUL, a newline in a name ends up in an email header, an
escape sequence in a log line rewrites a terminal, a direction control left open reverses
the words after it (a name or title inside the platform's sentence to the other party).
Multi-line text (a scope of work, a message) may hold tab, newline and carriage return;
single-line text (names, titles, codes) may not.

- Django forms inherit `TextGuardMixin` (every `CharField` gets the validator; a field
  whose widget is a `Textarea` is multi-line).
- Ninja schemas type their strings `SingleLineStr` or `MultiLineStr`.
- Both report the code `control_characters` (a form error on the web; 422 on the API).

Tests walk every project form and every API input and fail on a string left unguarded.
"""

from __future__ import annotations

import re
import types
import typing
from typing import Annotated, Any

from django import forms
from django.core import validators as django_validators
from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from pydantic import AfterValidator, BaseModel, Field
from pydantic_core import PydanticCustomError

CONTROL_CHARACTERS = "control_characters"
# Pydantic's own refusal of a lone surrogate in a length-constrained string is the same case.
CONTROL_CHARACTER_ERRORS = frozenset({CONTROL_CHARACTERS, "string_unicode"})

# The explicit bidirectional embeddings, overrides and isolates (U+202A-U+202E,
# U+2066-U+2069): invisible, and one left open reorders everything after it on the line,
# including the platform's own words around a name or title in the other party's notice,
# email or page ("Trojan Source"; hostile review, 7 December 2026, round F). Right-to-left
# text needs none of them (the marks U+200E/U+200F and joiners stay allowed).
DIRECTION_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# One character class each: a single linear scan, nothing to backtrack.
_SINGLE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{DIRECTION_CONTROLS}\ud800-\udfff]")
_MULTI_LINE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{DIRECTION_CONTROLS}\ud800-\udfff]")


def find_control_character(value: str, *, multiline: bool) -> str | None:
    """The first character `value` may not hold, or None."""
    found = (_MULTI_LINE if multiline else _SINGLE_LINE).search(value)
    return found.group() if found else None


def describe(char: str) -> str:
    return f"U+{ord(char):04X}"


def message_for(char: str, *, multiline: bool) -> str:
    allowed = " (line breaks and tabs are fine here)" if multiline else ""
    return (
        f"Remove the control character ({describe(char)}) from this text: invisible and "
        f"control characters are not accepted{allowed}."
    )


# --- Django --------------------------------------------------------------------------------


@deconstructible
class NoControlCharactersValidator:
    code = CONTROL_CHARACTERS

    def __init__(self, *, multiline: bool = False) -> None:
        self.multiline = multiline

    def __call__(self, value: Any) -> None:
        if not isinstance(value, str):
            return
        char = find_control_character(value, multiline=self.multiline)
        if char is not None:
            raise ValidationError(
                message_for(char, multiline=self.multiline),
                code=self.code,
                params={"character": describe(char)},
            )

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NoControlCharactersValidator) and (
            self.multiline == other.multiline
        )


def guard_form_field(field: forms.Field) -> None:
    """Adds the validator to one text field (multi-line when its widget is a Textarea)."""
    if not isinstance(field, forms.CharField):
        return
    if any(isinstance(v, NoControlCharactersValidator) for v in field.validators):
        return
    # Django's own NUL check would report the same character a second time.
    field.validators = [
        v
        for v in field.validators
        if not isinstance(v, django_validators.ProhibitNullCharactersValidator)
    ]
    field.validators.append(
        NoControlCharactersValidator(multiline=isinstance(field.widget, forms.Textarea))
    )


class TextGuardMixin:
    """Form mixin (put it first): every text field of the form refuses control characters."""

    fields: dict[str, forms.Field]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            guard_form_field(field)


# --- Pydantic (ninja schemas) --------------------------------------------------------------


def _pydantic_check(multiline: bool) -> Any:
    def check(value: str) -> str:
        char = find_control_character(value, multiline=multiline)
        if char is not None:
            raise PydanticCustomError(
                CONTROL_CHARACTERS,
                message_for(char, multiline=multiline),
                {"character": describe(char)},
            )
        return value

    check.__name__ = "refuse_control_characters"
    return AfterValidator(check)


_SINGLE_LINE_CHECK = _pydantic_check(multiline=False)
_MULTI_LINE_CHECK = _pydantic_check(multiline=True)
# The same rule in the OpenAPI document (a JSON Schema pattern; the check above enforces it,
# with its own `control_characters` code), so a generated client knows what is refused.
_SINGLE_LINE_SCHEMA = Field(
    json_schema_extra={"pattern": r"^[^\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$"}
)
_MULTI_LINE_SCHEMA = Field(
    json_schema_extra={
        "pattern": r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F"
        r"\u202A-\u202E\u2066-\u2069]*$"
    }
)

SingleLineStr = Annotated[str, _SINGLE_LINE_CHECK, _SINGLE_LINE_SCHEMA]
"""A name, title, code or search term: no control characters at all."""

MultiLineStr = Annotated[str, _MULTI_LINE_CHECK, _MULTI_LINE_SCHEMA]
"""A description or message: tab, newline and carriage return allowed, other controls not."""


def _is_guarded(metadata: list[Any]) -> bool:
    return any(m is _SINGLE_LINE_CHECK or m is _MULTI_LINE_CHECK for m in metadata)


def _string_leaves(annotation: Any) -> tuple[list[Any], list[type[BaseModel]]]:
    """The Annotated[str, ...] / str leaves of a type, and the nested models inside it."""
    strings: list[Any] = []
    models: list[type[BaseModel]] = []
    stack = [annotation]
    while stack:
        current = stack.pop()
        if current is str:
            strings.append(current)
        elif typing.get_origin(current) is Annotated:
            base, *metadata = typing.get_args(current)
            if base is str:
                strings.append(current if _is_guarded(metadata) else str)
            else:
                stack.append(base)
        elif isinstance(current, type) and issubclass(current, BaseModel):
            models.append(current)
        elif typing.get_origin(current) is not None or isinstance(current, types.UnionType):
            stack.extend(typing.get_args(current))
    return strings, models


def unguarded_string_fields(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Names of the string fields of a schema (nested ones too) that take any character."""
    found: list[str] = []
    for name, info in model.model_fields.items():
        strings, models = _string_leaves(info.annotation)
        if (strings and not _is_guarded(info.metadata)) and any(s is str for s in strings):
            found.append(prefix + name)
        for nested in models:
            found += unguarded_string_fields(nested, f"{prefix}{name}.")
    return found
