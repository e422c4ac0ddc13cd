"""Web sessions: the one way a browser becomes signed in, for every app's pages.

Every sign-in records its session (the list in settings, sign out one or all) and whether
it passed two-factor sign-in (staff pages need it; see middleware.py).
"""

from __future__ import annotations

from django.contrib.auth import login
from django.http import HttpRequest

from directcontracts.accounts import backends, services
from directcontracts.accounts.models import User
from directcontracts.core import clock

# Set in a session once it has passed two-factor sign-in (or set it up).
TWO_FACTOR_SESSION_KEY = "two_factor_at"


def mark_two_factor_passed(request: HttpRequest) -> None:
    request.session[TWO_FACTOR_SESSION_KEY] = clock.now().timestamp()


def two_factor_passed(request: HttpRequest) -> bool:
    return bool(request.session.get(TWO_FACTOR_SESSION_KEY))


def start_session(request: HttpRequest, user: User, *, second_factor_passed: bool = False) -> None:
    """Signs `user` in on this browser and records the session.

    Callers have checked who this is: the sign-in pages (password, then the code), or a
    new account whose password was set a moment ago.
    """
    login(request, user, backend=backends.PATH)
    if second_factor_passed:
        mark_two_factor_passed(request)
    services.record_sign_in(
        user=user,
        session_key=request.session.session_key or "",
        ip_address=request.META.get("REMOTE_ADDR") or None,
        user_agent=request.headers.get("User-Agent", ""),
    )
