"""Dates in the words notices, refusals and the timeline use: "6 March 2027", no leading zero."""

from __future__ import annotations

from datetime import date, datetime


def day_in_words(day: date | None) -> str:
    # Nullable columns (a deadline, a lifting time) reach here only once they are set.
    if day is None:
        raise ValueError("a date to put in words is missing")
    return f"{day.day} {day:%B %Y}"


def moment_in_words(moment: datetime | None) -> str:
    """The day and the time of day as stored (UTC): the caller adds " UTC"."""
    if moment is None:
        raise ValueError("a moment to put in words is missing")
    return f"{day_in_words(moment)} {moment:%H:%M}"
