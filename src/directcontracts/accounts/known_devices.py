"""Known browsers: a stranger's wrong passwords do not lock a person out of their own browser.

The sign-in limit counts failures per account, from any address, so that many addresses
cannot share the guessing of one password. Alone, that let anyone who knows an address keep
its owner out: five wrong passwords every fifteen minutes and the right one is refused too
(hostile review, 7 December 2026, round F). The usual answer (OWASP's "device cookies"):

1. After a complete sign-in (password and, when on, the second step) the browser gets a
   signed cookie naming the account and a random id of its own.
2. A sign-in from a browser whose cookie names the account being signed in to counts its
   failures against that cookie's id, not against the account: strangers' failures do not
   touch it, and its own wrong passwords are limited just as much.
3. Every other attempt (no cookie, an altered or old one, or one of another account) counts
   against the account as before, so guessing still meets the same limit.

The cookie holds no secret and grants nothing: the password is checked as ever.
"""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.core import signing
from django.http import HttpResponse

from directcontracts.accounts.models import User

COOKIE = "dc_known_device"
SALT = "directcontracts.accounts.known-device"
MAX_AGE_SECONDS = 180 * 86400


def issue(user: User) -> str:
    """A new cookie value for `user` on this browser."""
    return signing.dumps({"u": user.pk, "d": secrets.token_urlsafe(12)}, salt=SALT)


def device_of(value: str | None, user: User | None) -> str | None:
    """The browser's id when `value` is a sound cookie of `user`, or None."""
    if not value or user is None or len(value) > 200:
        return None
    try:
        data: Any = signing.loads(value, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("u") != user.pk:
        return None
    device = data.get("d")
    return device if isinstance(device, str) and device else None


def remember(response: HttpResponse, user: User) -> None:
    response.set_cookie(
        COOKIE,
        issue(user),
        max_age=MAX_AGE_SECONDS,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
