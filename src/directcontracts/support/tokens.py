"""Signed links and reply addresses for tickets.

- The confirmation link (a visitor proves their address) and the access link (a visitor
  reads and answers their ticket on the web) are Django-signed payloads with the time
  they were made, checked against the project clock so expiry is tested without sleeping.
- The reply address `support+t<id>-<mac>@domain` carries an HMAC of the ticket id: short
  enough for an email local part, and unguessable, so an email can land only on the
  ticket it answers. The sender must also be the ticket's requester.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.support.errors import SupportErrorCode

CONFIRM_SALT = "directcontracts.support.confirm"
ACCESS_SALT = "directcontracts.support.access"
REPLY_SALT = "directcontracts.support.reply-to"
MAX_TOKEN_CHARS = 400


def make_token(payload: dict[str, Any], *, salt: str) -> str:
    return signing.dumps({**payload, "iat": int(clock.now().timestamp())}, salt=salt)


def read_token(
    token: str, *, salt: str, max_age_seconds: int, expect: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The payload of a valid, unexpired link. With `expect`, a link whose payload differs
    (made for another ticket or address) is invalid before its age is looked at, so an old
    link for one ticket says nothing ("expired") about another."""
    if not token or len(token) > MAX_TOKEN_CHARS:
        raise _invalid()
    try:
        payload = signing.loads(token, salt=salt)
    except signing.BadSignature:
        raise _invalid() from None
    if not isinstance(payload, dict) or not isinstance(payload.get("iat"), int):
        raise _invalid()
    if expect is not None and any(payload.get(key) != value for key, value in expect.items()):
        raise _invalid()
    if clock.now().timestamp() - payload["iat"] > max_age_seconds:
        raise DomainError(
            SupportErrorCode.LINK_EXPIRED,
            "This link has expired. Open your latest email from us, or send a new request.",
            status=410,
        )
    return payload


def _invalid() -> DomainError:
    return DomainError(
        SupportErrorCode.LINK_INVALID,
        "This link is not valid. Check that you copied all of it from the email.",
        status=400,
    )


def confirm_token(ticket_id: int, email: str) -> str:
    return make_token({"t": ticket_id, "e": email}, salt=CONFIRM_SALT)


def read_confirm_token(token: str) -> dict[str, Any]:
    return read_token(
        token, salt=CONFIRM_SALT, max_age_seconds=settings.SUPPORT_CONFIRM_LINK_HOURS * 3600
    )


def access_token(ticket_id: int, email: str) -> str:
    return make_token({"t": ticket_id, "e": email}, salt=ACCESS_SALT)


def read_access_token(token: str, *, ticket_id: int, email: str) -> dict[str, Any]:
    """The access link of this ticket and requester address, unexpired; else invalid (a
    link of another ticket) or expired."""
    return read_token(
        token,
        salt=ACCESS_SALT,
        max_age_seconds=settings.SUPPORT_ACCESS_LINK_DAYS * 86400,
        expect={"t": ticket_id, "e": email},
    )


def _reply_mac(ticket_id: int) -> str:
    return salted_hmac(REPLY_SALT, f"ticket:{ticket_id}", algorithm="sha256").hexdigest()[:20]


def reply_token(ticket_id: int) -> str:
    return f"t{ticket_id}-{_reply_mac(ticket_id)}"


def reply_address(ticket_id: int) -> str:
    """The Reply-To for a ticket's emails, or "" when no inbound address is configured."""
    inbound = settings.SUPPORT_INBOUND_ADDRESS
    if not inbound:
        return ""
    local, _, domain = inbound.partition("@")
    return f"{local}+{reply_token(ticket_id)}@{domain}"


def ticket_id_from_reply_token(token: str) -> int | None:
    """The ticket a reply token names, or None when it is malformed or forged."""
    if len(token) > 40 or not token.startswith("t"):
        return None
    number, _, mac = token[1:].partition("-")
    if not number.isdigit() or len(number) > 18:
        return None
    ticket_id = int(number)
    return ticket_id if constant_time_compare(mac, _reply_mac(ticket_id)) else None
