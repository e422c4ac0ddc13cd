"""Fixed-window rate limits kept in the database, so every worker process shares them.

`check()` refuses when a key already used up its window; `record()` counts an attempt.
Sign-in counts failures only, so a person who types the right password is never locked
out by their own successful sign-ins.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import F

from directcontracts.core import clock
from directcontracts.core.errors import RateLimited
from directcontracts.core.models import RateLimitCounter


def _window_start(window_seconds: int) -> datetime:
    moment = clock.now()
    epoch = int(moment.timestamp())
    return moment - timedelta(seconds=epoch % window_seconds, microseconds=moment.microsecond)


def _storage_key(key: str) -> str:
    # Keys hold email addresses and IPs; store a digest, not the personal data.
    return hashlib.sha256(key.encode()).hexdigest()


def count(key: str, *, window_seconds: int) -> int:
    row = (
        RateLimitCounter.objects.filter(
            key=_storage_key(key), window_start=_window_start(window_seconds)
        )
        .values_list("count", flat=True)
        .first()
    )
    return row or 0


def seconds_left(window_seconds: int) -> int:
    start = _window_start(window_seconds)
    return max(1, int((start + timedelta(seconds=window_seconds) - clock.now()).total_seconds()))


def check(key: str, *, limit: int, window_seconds: int, message: str) -> None:
    if count(key, window_seconds=window_seconds) >= limit:
        raise RateLimited(message, retry_after=seconds_left(window_seconds))


def record(key: str, *, window_seconds: int) -> int:
    storage_key = _storage_key(key)
    start = _window_start(window_seconds)
    updated = RateLimitCounter.objects.filter(key=storage_key, window_start=start).update(
        count=F("count") + 1
    )
    if not updated:
        try:
            with transaction.atomic():
                RateLimitCounter.objects.create(key=storage_key, window_start=start, count=1)
        except IntegrityError:
            RateLimitCounter.objects.filter(key=storage_key, window_start=start).update(
                count=F("count") + 1
            )
    return count(key, window_seconds=window_seconds)


def hit(key: str, *, limit: int, window_seconds: int, message: str) -> None:
    """Count an attempt and refuse it when it goes over the limit."""
    check(key, limit=limit, window_seconds=window_seconds, message=message)
    record(key, window_seconds=window_seconds)


def clear(key: str) -> None:
    RateLimitCounter.objects.filter(key=_storage_key(key)).delete()


def prune(older_than: timedelta = timedelta(days=1)) -> int:
    deleted, _ = RateLimitCounter.objects.filter(window_start__lt=clock.now() - older_than).delete()
    return deleted
