"""The evidence pack keeps its moments as ISO 8601 text (the JSON bundle is the record);
the chargeback page shows them as the rest of the site does: "5 Dec 2026 23:28 UTC"."""

from __future__ import annotations

from datetime import UTC, datetime

from django import template
from django.utils.dateformat import format as date_format
from django.utils.dateparse import parse_datetime

register = template.Library()


@register.filter
def pack_when(value: str | datetime | None) -> str:
    """An ISO moment from the pack in words; "—" when there is none."""
    moment = parse_datetime(value) if isinstance(value, str) else value
    if moment is None:
        return str(value) if value else "—"
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return f"{date_format(moment, 'j M Y H:i')} UTC"


@register.filter
def pack_kind(kind: str) -> str:
    """An event kind from the pack as the PDF words it ('milestone.released' → 'Milestone
    released')."""
    from directcontracts.contracts.statements import describe_kind

    return describe_kind(str(kind or ""))
