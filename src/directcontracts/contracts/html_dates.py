"""Dates for markup built in Python (the contract page's cards, the earnings and list rows)."""

from __future__ import annotations

from typing import Any

from django.utils import dateformat
from django.utils.timezone import template_localtime  # type: ignore[attr-defined]


def date_filter(value: Any, format_string: str) -> str:
    """`value|date:format_string` ("" for no value, as the filter gives)."""
    if value in (None, ""):
        return ""
    local = template_localtime(value)
    if format_string == "c":
        return str(local.isoformat())  # what DateFormat.c gives, without building one
    return dateformat.format(local, format_string)
