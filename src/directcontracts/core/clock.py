"""The one clock every time-based rule reads.

Production reads the real time. Tests (and demos) freeze or advance it, so review
periods, link expiry and timers are tested without sleeping:

    clock.freeze(datetime(2026, 1, 1, tzinfo=UTC)); clock.advance(days=14)
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.utils import timezone

_lock = threading.Lock()
_frozen_at: datetime | None = None
_offset = timedelta(0)


def now() -> datetime:
    """The current time, aware, in UTC."""
    with _lock:
        if _frozen_at is not None:
            return _frozen_at
        return timezone.now() + _offset


def freeze(at: datetime | None = None) -> datetime:
    """Stop the clock at `at` (default: now)."""
    global _frozen_at
    if at is not None and timezone.is_naive(at):
        raise ValueError("freeze() needs an aware datetime")
    moment = at or now()
    with _lock:
        _frozen_at = moment
    return moment


def advance(delta: timedelta | None = None, **kwargs: float) -> datetime:
    """Move the clock forward (frozen or running) by a timedelta or timedelta kwargs."""
    global _frozen_at, _offset
    step = delta if delta is not None else timedelta(**kwargs)
    with _lock:
        if _frozen_at is not None:
            _frozen_at += step
        else:
            _offset += step
    return now()


def reset() -> None:
    """Back to real time."""
    global _frozen_at, _offset
    with _lock:
        _frozen_at = None
        _offset = timedelta(0)


@contextmanager
def frozen(at: datetime | None = None) -> Iterator[datetime]:
    moment = freeze(at)
    try:
        yield moment
    finally:
        reset()
