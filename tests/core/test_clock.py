from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from directcontracts.core import clock

NEW_YEAR = datetime(2026, 1, 1, tzinfo=UTC)


def test_a_frozen_clock_reports_the_moment_it_was_frozen_at():
    clock.freeze(NEW_YEAR)
    assert clock.now() == NEW_YEAR
    assert clock.now() == NEW_YEAR


def test_advancing_a_frozen_clock_moves_it_by_exactly_that_much():
    clock.freeze(NEW_YEAR)
    clock.advance(days=14, hours=1)
    assert clock.now() == NEW_YEAR + timedelta(days=14, hours=1)


def test_advance_accepts_a_timedelta():
    clock.freeze(NEW_YEAR)
    assert clock.advance(timedelta(minutes=5)) == NEW_YEAR + timedelta(minutes=5)


def test_advancing_a_running_clock_puts_it_ahead_of_real_time():
    clock.advance(days=30)
    assert clock.now() - timezone.now() > timedelta(days=29)


def test_reset_returns_to_real_time():
    clock.freeze(NEW_YEAR)
    clock.reset()
    assert clock.now() > NEW_YEAR + timedelta(days=1)


def test_frozen_context_resets_the_clock_when_it_ends():
    with clock.frozen(NEW_YEAR) as moment:
        assert clock.now() == moment == NEW_YEAR
    assert clock.now() != NEW_YEAR


def test_the_clock_is_always_aware_and_in_utc():
    assert clock.now().utcoffset() == timedelta(0)


def test_freezing_at_a_naive_datetime_is_refused():
    with pytest.raises(ValueError, match="aware"):
        clock.freeze(datetime(2026, 1, 1))  # noqa: DTZ001


def test_the_frozen_clock_fixture_stops_time(frozen_clock):
    before = frozen_clock.now()
    frozen_clock.advance(seconds=1)
    assert frozen_clock.now() - before == timedelta(seconds=1)
