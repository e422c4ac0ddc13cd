"""Sliding-window rate limits kept in the database, so every worker process shares them.

Attempts are counted per key in fixed buckets one window long; a limit reads the current
bucket *and the one before it*, weighting the previous bucket by the share of it that still
lies inside the last `window_seconds` (the two-window estimate):

    estimate = previous * (1 - elapsed / window) + current

So a client who used its whole limit just before a bucket's edge cannot use it again just
after (a fixed window let it: twice the limit across the edge); the allowance comes back
gradually as the previous bucket slides out.

`hit()` counts an attempt and refuses it when the estimate goes over the limit, in one
statement (INSERT ... ON CONFLICT DO UPDATE ... RETURNING the current count and the previous
bucket's, on SQLite and PostgreSQL), so a burst of concurrent attempts can never all slip in
before any is counted. An attempt that turns out not to count (sign-in counts failures only:
the right password gives its attempt back) is returned with `release()`. `check()` only looks;
`record()` counts without a limit.
"""

from __future__ import annotations

import hashlib
import ipaddress
import math
from datetime import datetime, timedelta
from typing import Any

from django.db import connection
from django.db.models import F

from directcontracts.core import clock
from directcontracts.core.errors import RateLimited
from directcontracts.core.models import RateLimitCounter


def _window_start(window_seconds: int, moment: datetime | None = None) -> datetime:
    moment = moment or clock.now()
    epoch = int(moment.timestamp())
    return moment - timedelta(seconds=epoch % window_seconds, microseconds=moment.microsecond)


class _Buckets:
    """The current bucket, the one before it, and how far into the current one `now` is."""

    def __init__(self, window_seconds: int):
        now = clock.now()
        self.window = window_seconds
        self.current = _window_start(window_seconds, now)
        self.previous = self.current - timedelta(seconds=window_seconds)
        self.elapsed = (now - self.current).total_seconds()

    def estimate(self, previous: int, current: int) -> float:
        """Attempts in the last window: the current bucket's, and the previous bucket's
        weighted by the share of it still inside the window."""
        return previous * (1 - self.elapsed / self.window) + current

    def retry_after(self, previous: int, current: int, limit: int, amount: int = 1) -> int:
        """Seconds until `amount` more would be within `limit`, counted as it then would be
        (this bucket's count, refused attempts included, sliding out in turn)."""
        # (Rounded to a microsecond first: 40.000000001 seconds is 40, not 41.)
        room = limit - current - amount
        if room >= 0:
            # Still in this bucket, once enough of the previous one has slid out.
            at = self.window * (1 - room / previous) if previous else 0.0
            if at < self.window:
                return max(1, math.ceil(round(at - self.elapsed, 6)))
        # In the next bucket, this one becomes the previous one.
        later = self.window * (1 - (limit - amount) / current) if current else 0.0
        return max(1, math.ceil(round(self.window - self.elapsed + max(0.0, later), 6)))


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


def _counts(key: str, buckets: _Buckets) -> tuple[int, int]:
    """The previous bucket's count and the current one's, in one query."""
    rows = dict(
        RateLimitCounter.objects.filter(
            key=_storage_key(key), window_start__in=[buckets.previous, buckets.current]
        ).values_list("window_start", "count")
    )
    return rows.get(buckets.previous, 0), rows.get(buckets.current, 0)


def count(key: str, *, window_seconds: int) -> int:
    """Attempts counted in the current bucket (without the previous one's share)."""
    return _counts(key, _Buckets(window_seconds))[1]


def estimate(key: str, *, window_seconds: int) -> float:
    """Attempts in the last `window_seconds` as the limits weigh them."""
    buckets = _Buckets(window_seconds)
    return buckets.estimate(*_counts(key, buckets))


def check(key: str, *, limit: int, window_seconds: int, message: str) -> None:
    """Refuse (without counting) when one more attempt would go over the limit."""
    buckets = _Buckets(window_seconds)
    previous, current = _counts(key, buckets)
    if buckets.estimate(previous, current + 1) > limit:
        raise RateLimited(message, retry_after=buckets.retry_after(previous, current, limit))


def _increment_sql() -> str:
    q = connection.ops.quote_name
    table = q(RateLimitCounter._meta.db_table)
    key, start, n = q("key"), q("window_start"), q("count")
    # Identifiers only (quoted names from the model), never input: values are parameters.
    # The previous bucket is read by the same statement, so the decision needs no second
    # query and no gap.
    return (
        f"INSERT INTO {table} ({key}, {start}, {n}) VALUES (%s, %s, %s) "  # noqa: S608
        f"ON CONFLICT ({key}, {start}) DO UPDATE SET {n} = {table}.{n} + %s "
        f"RETURNING {n}, (SELECT p.{n} FROM {table} p "
        f"WHERE p.{key} = %s AND p.{start} = %s)"
    )


def _record(key: str, buckets: _Buckets, amount: int = 1) -> tuple[int, int]:
    adapt = connection.ops.adapt_datetimefield_value
    digest = _storage_key(key)
    current, previous = adapt(buckets.current), adapt(buckets.previous)
    with connection.cursor() as cursor:
        cursor.execute(_increment_sql(), [digest, current, amount, amount, digest, previous])
        row = cursor.fetchone()
    return int(row[1] or 0), int(row[0])


def record(key: str, *, window_seconds: int) -> int:
    """Count an attempt (atomically) and return the current bucket's count including it."""
    return _record(key, _Buckets(window_seconds))[1]


def hit(key: str, *, limit: int, window_seconds: int, message: str) -> int:
    """Count an attempt and refuse it when the sliding estimate goes over the limit;
    returns the current bucket's count."""
    buckets = _Buckets(window_seconds)
    previous, current = _record(key, buckets)
    if buckets.estimate(previous, current) > limit:
        raise RateLimited(message, retry_after=buckets.retry_after(previous, current, limit))
    return current


def spend(
    key: str, *, budget: int, amount: int, window_seconds: int, message: str, code: str
) -> None:
    """Count `amount` (bytes, say) against a budget for the sliding window, in the same one
    statement as `hit()`; over the budget the amount is given back (a refused upload spends
    nothing) and `RateLimited` says, with `code`, when the same amount would fit."""
    buckets = _Buckets(window_seconds)
    previous, current = _record(key, buckets, amount)
    if buckets.estimate(previous, current) > budget:
        release(key, window_seconds=window_seconds, amount=amount)
        wait = buckets.retry_after(previous, current - amount, budget, amount)
        raise RateLimited(message, retry_after=wait, code=code)


def release(key: str, *, window_seconds: int, amount: int = 1) -> None:
    """Give back what `hit()` (one attempt) or `spend()` (`amount`) counted in the current
    bucket."""
    RateLimitCounter.objects.filter(
        key=_storage_key(key), window_start=_window_start(window_seconds), count__gte=amount
    ).update(count=F("count") - amount)


def clear(key: str) -> None:
    RateLimitCounter.objects.filter(key=_storage_key(key)).delete()


def prune(older_than: timedelta = timedelta(days=2)) -> int:
    """Delete buckets started before `older_than` ago. Two days: the longest window is a
    day, and its previous bucket (started up to two days ago) still counts."""
    deleted, _ = RateLimitCounter.objects.filter(window_start__lt=clock.now() - older_than).delete()
    return deleted


def with_retry_after(response: Any, error: BaseException | None) -> Any:
    """A page that shows a rate-limit refusal says when to come back in the header too
    (`Retry-After`, seconds), as the API does; any other response is returned as it is."""
    if isinstance(error, RateLimited):
        response["Retry-After"] = str(error.retry_after)
    return response
