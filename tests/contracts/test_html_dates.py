"""`date_filter` builds the rows' and cards' date formats itself (issue 19, fifth round): the
same text as Django's `|date` filter for datetimes in several time zones, for dates, in
another language, and without building a DateFormat for those formats."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from django.template import Context, Template
from django.utils import dateformat, timezone, translation

from directcontracts.contracts.html_dates import date_filter

FORMATS = ["j M Y", "Y-m-d", "j M Y H:i", "c"]


def date_of_django(value, format_string):
    """What a template gives: `{{ value|date:"..." }}` (the value in the current time zone)."""
    return Template("{{ value|date:format }}").render(
        Context({"value": value, "format": format_string}, autoescape=False)
    )


MOMENTS = [
    datetime(2026, 1, 1, 0, 0, tzinfo=UTC),
    datetime(2026, 3, 29, 0, 59, 59, 999_999, tzinfo=UTC),  # Europe's clocks change
    datetime(2026, 12, 31, 23, 30, 5, 123_456, tzinfo=UTC),  # a new year in some zones
    datetime(999, 5, 7, 8, 9, tzinfo=UTC),  # a year of three digits is written with four
] + [datetime(2026, 1, 1, 7, 3, tzinfo=UTC) + timedelta(days=31 * n) for n in range(12)]


@pytest.mark.parametrize("zone", ["UTC", "Europe/Paris", "Pacific/Auckland", "America/St_Johns"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_same_text_as_the_filter(zone, language):
    with timezone.override(zone), translation.override(language):
        for moment in MOMENTS:
            for format_string in FORMATS:
                assert date_filter(moment, format_string) == date_of_django(
                    moment, format_string
                ), (moment, format_string)
        for day in (date(2026, 2, 1), date(2026, 11, 30), date(45, 1, 9)):
            for format_string in ("j M Y", "Y-m-d"):
                assert date_filter(day, format_string) == date_of_django(day, format_string)


def test_no_value_is_no_text_and_other_formats_go_to_django():
    assert date_filter(None, "j M Y") == date_filter("", "Y-m-d") == ""
    moment = datetime(2026, 7, 4, 15, 6, tzinfo=UTC)
    with timezone.override("UTC"):
        assert date_filter(moment, "D, d F") == date_of_django(moment, "D, d F") == "Sat, 04 July"


def test_the_rows_formats_build_no_dateformat(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a DateFormat was built")

    monkeypatch.setattr(dateformat, "format", refuse)
    moment = datetime(2026, 7, 4, 15, 6, tzinfo=UTC)
    with timezone.override("Europe/Paris"):
        assert date_filter(moment, "j M Y H:i") == "4 Jul 2026 17:06"
        assert date_filter(moment, "j M Y") == "4 Jul 2026"
        assert date_filter(moment, "Y-m-d") == "2026-07-04"
        assert date_filter(date(2026, 7, 4), "j M Y") == "4 Jul 2026"
