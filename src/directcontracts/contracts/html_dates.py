"""Dates for markup built in Python (the contract page's cards, the earnings and list rows)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.utils import dateformat
from django.utils.dates import MONTHS_3
from django.utils.timezone import template_localtime  # type: ignore[attr-defined]


def date_filter(value: Any, format_string: str) -> str:
    """`value|date:format_string` ("" for no value, as the filter gives).

    The formats the rows and cards use are built directly, the way DateFormat builds each
    letter (j: the day, M: `MONTHS_3[month].title()`, translated; Y: "%04d"; H, i, m, d:
    "%02d"), without building a DateFormat for every date of a page (issue 19, fifth round;
    tests/contracts/test_html_dates.py compares with the filter). Any other format goes to
    Django's."""
    if value in (None, ""):
        return ""
    local = template_localtime(value)
    if format_string == "c":
        return str(local.isoformat())  # what DateFormat.c gives, without building one
    if isinstance(local, date):
        if format_string == "j M Y":
            return f"{local.day} {MONTHS_3[local.month].title()} {local.year:04d}"
        if format_string == "Y-m-d":
            return f"{local.year:04d}-{local.month:02d}-{local.day:02d}"
        if format_string == "j M Y H:i" and isinstance(local, datetime):
            return (
                f"{local.day} {MONTHS_3[local.month].title()} {local.year:04d} "
                f"{local.hour:02d}:{local.minute:02d}"
            )
    return dateformat.format(local, format_string)
