"""Fixed-window rate limits kept in the database, so every worker process shares them.

`hit()` counts an attempt and refuses it when the count goes over the limit, in one
statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING, on SQLite and PostgreSQL), so a
burst of concurrent attempts can never all slip in before any is counted. An attempt that
turns out not to count (sign-in counts failures only: the right password gives its attempt
back) is returned with `release()`. `check()` only looks; `record()` counts without a limit.
"""

from __future__ import annotations

import hashlib
import ipaddress
from datetime import datetime, timedelta
from typing import Any

from django.db import connection
from django.db.models import F

from directcontracts.core import clock
from directcontracts.core.errors import RateLimited
from directcontracts.core.models import RateLimitCounter


def _window_start(window_seconds: int) -> datetime:
    moment = clock.now()
    epoch = int(moment.timestamp())
    return moment - timedelta(seconds=epoch % window_seconds, microseconds=moment.microsecond)


# An IPv6 client is given a whole /64 (one link: privacy addressing changes the rest at will,
# and any home or cloud host can use all of it), so a limit per IPv6 address is a limit per
# /64; per single address it would be no limit at all.
IPV6_PREFIX = 64


def address_key(address: str | None) -> str:
    """The client's address as per-address limits count it: an IPv4 address as it is (an
    IPv4-mapped IPv6 address as its IPv4 one), an IPv6 address as its /64 network, anything
    else (none, or not an address) as "unknown"."""
    try:
        parsed = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return "unknown"
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{parsed}/{IPV6_PREFIX}", strict=False))
    return str(parsed)


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


def _increment_sql() -> str:
    q = connection.ops.quote_name
    table = q(RateLimitCounter._meta.db_table)
    key, start, n = q("key"), q("window_start"), q("count")
    # Identifiers only (quoted names from the model), never input: values are parameters.
    return (
        f"INSERT INTO {table} ({key}, {start}, {n}) VALUES (%s, %s, 1) "  # noqa: S608
        f"ON CONFLICT ({key}, {start}) DO UPDATE SET {n} = {table}.{n} + 1 "
        f"RETURNING {n}"
    )


def record(key: str, *, window_seconds: int) -> int:
    """Count an attempt (atomically) and return the window's count including it."""
    start = connection.ops.adapt_datetimefield_value(_window_start(window_seconds))
    with connection.cursor() as cursor:
        cursor.execute(_increment_sql(), [_storage_key(key), start])
        row = cursor.fetchone()
    return int(row[0])


def hit(key: str, *, limit: int, window_seconds: int, message: str) -> int:
    """Count an attempt and refuse it when it goes over the limit; returns the count."""
    counted = record(key, window_seconds=window_seconds)
    if counted > limit:
        raise RateLimited(message, retry_after=seconds_left(window_seconds))
    return counted


def release(key: str, *, window_seconds: int) -> None:
    """Give back one attempt counted by `hit()` in the current window."""
    RateLimitCounter.objects.filter(
        key=_storage_key(key), window_start=_window_start(window_seconds), count__gt=0
    ).update(count=F("count") - 1)


def clear(key: str) -> None:
    RateLimitCounter.objects.filter(key=_storage_key(key)).delete()


def prune(older_than: timedelta = timedelta(days=1)) -> int:
    deleted, _ = RateLimitCounter.objects.filter(window_start__lt=clock.now() - older_than).delete()
    return deleted


def with_retry_after(response: Any, error: BaseException | None) -> Any:
    """A page that shows a rate-limit refusal says when to come back in the header too
    (`Retry-After`, seconds), as the API does; any other response is returned as it is."""
    if isinstance(error, RateLimited):
        response["Retry-After"] = str(error.retry_after)
    return response
