"""The first-party cookie that tells one anonymous visitor's vote from another's."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from directcontracts.helpcenter.services import Voter, voter_for

VISITOR_COOKIE = "dc_visitor"
VISITOR_COOKIE_AGE = 365 * 86400
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _valid(token: str) -> bool:
    return 20 <= len(token) <= 64 and all(ch in _TOKEN_CHARS for ch in token)


def client_address(request: HttpRequest) -> str | None:
    return request.META.get("REMOTE_ADDR") or None


def request_voter(request: HttpRequest) -> tuple[Voter, str]:
    """The voter behind a request, and the visitor token to (re)set as the cookie."""
    token = request.COOKIES.get(VISITOR_COOKIE, "")
    if not _valid(token):
        token = secrets.token_urlsafe(24)
    return voter_for(user=request.user, visitor_token=token, address=client_address(request)), token


def existing_voter_key(request: HttpRequest) -> str | None:
    """The voter key of someone who may have voted already (no new cookie for a page view)."""
    user = request.user
    if user.is_authenticated:
        return f"user:{user.pk}"
    token = request.COOKIES.get(VISITOR_COOKIE, "")
    if not _valid(token):
        return None
    return voter_for(user=None, visitor_token=token, address=None).key


def remember_visitor(response: HttpResponse, token: str) -> None:
    response.set_cookie(
        VISITOR_COOKIE,
        token,
        max_age=VISITOR_COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
