"""Notification settings, read through getattr so the app works before settings.py names them.

The proposed settings.py lines (with environment variables) are in docs/notifications.md.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# After a failed attempt n, the next one waits DEFAULT_RETRY_SCHEDULE[n - 1] seconds:
# 1 min, 5 min, 30 min, 2 h, 8 h, 24 h (about 35 hours in all, like Stripe's three days).
DEFAULT_RETRY_SCHEDULE = (60, 300, 1800, 7200, 28800, 86400)


def timeout_seconds() -> float:
    value = float(getattr(settings, "WEBHOOK_TIMEOUT_SECONDS", 10))
    if value <= 0:
        raise ImproperlyConfigured("WEBHOOK_TIMEOUT_SECONDS must be positive.")
    return value


def max_attempts() -> int:
    value = int(getattr(settings, "WEBHOOK_MAX_ATTEMPTS", len(DEFAULT_RETRY_SCHEDULE) + 1))
    if value < 1:
        raise ImproperlyConfigured("WEBHOOK_MAX_ATTEMPTS must be at least 1.")
    return value


def retry_schedule() -> tuple[int, ...]:
    schedule = tuple(
        int(s) for s in getattr(settings, "WEBHOOK_RETRY_SCHEDULE", DEFAULT_RETRY_SCHEDULE)
    )
    if not schedule or any(step <= 0 for step in schedule):
        raise ImproperlyConfigured("WEBHOOK_RETRY_SCHEDULE must be positive seconds.")
    return schedule


def allow_private_networks() -> bool:
    """Whether endpoints may point at loopback or private addresses (SSRF guard).

    Off unless configured (`make run` turns it on for a local receiver).
    """
    return bool(getattr(settings, "WEBHOOK_ALLOW_PRIVATE_NETWORKS", False))


def max_endpoints_per_user() -> int:
    return int(getattr(settings, "WEBHOOK_MAX_ENDPOINTS_PER_USER", 20))


def signature_tolerance_seconds() -> int:
    return int(getattr(settings, "WEBHOOK_SIGNATURE_TOLERANCE_SECONDS", 300))


def digest_hour_utc() -> int:
    """The UTC hour (0-23) at which daily email digests are sent (default 8, 08:00 UTC)."""
    value = int(getattr(settings, "EMAIL_DIGEST_HOUR_UTC", 8))
    if not 0 <= value <= 23:
        raise ImproperlyConfigured("EMAIL_DIGEST_HOUR_UTC must be an hour from 0 to 23.")
    return value


def digest_hour_words() -> str:
    """The digest hour as people read it ("08:00 UTC"), on the settings page and in the email."""
    return f"{digest_hour_utc():02d}:00 UTC"
