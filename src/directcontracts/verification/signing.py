"""Signing what the platform sends, and reading a token back.

A token is `dcv1.<key id>.<payload>.<signature>`: the payload (base64url JSON) repeats what
the request covers (request id, kind, contract, milestone, amount, currency, a digest of the
recipient, expiry) and the signature is HMAC-SHA256 over everything before it with the key's
secret (keys.py). The short code is a second way to find the same request.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction

from directcontracts.verification import codes, keys
from directcontracts.verification.models import SignedRequest

VERSION = "dcv1"
MAX_TOKEN_CHARS = 1000


@dataclass(frozen=True)
class Issued:
    request: SignedRequest
    token: str

    @property
    def code(self) -> str:
        return codes.display(self.request.code)

    @property
    def verify_url(self) -> str:
        return f"{settings.BASE_URL}/verify/?t={self.token}"


def recipient_digest(email: str) -> str:
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(kid: str, payload: str) -> str:
    message = f"{VERSION}.{kid}.{payload}".encode()
    return _b64(hmac.new(keys.secret_for(kid), message, hashlib.sha256).digest())


def covered(request: SignedRequest) -> dict[str, Any]:
    return {
        "i": request.pk,
        "k": request.kind,
        "c": request.contract_id,
        "m": request.milestone_id or 0,
        "a": request.amount_minor,
        "u": request.currency,
        "r": request.recipient_digest[:16],
        "x": int(request.expires_at.timestamp()),
    }


def token_for(request: SignedRequest) -> str:
    payload = _b64(json.dumps(covered(request), separators=(",", ":")).encode())
    return f"{VERSION}.{request.kid}.{payload}.{_signature(request.kid, payload)}"


def sign_request(
    *,
    kind: str,
    reference: str,
    contract_id: int,
    milestone_id: int | None,
    amount_minor: int,
    currency: str,
    recipient: str,
    expires_at: datetime,
) -> Issued:
    """Records what is being sent and returns its token and code (for the email and page)."""
    key = keys.active_key()
    for _ in range(5):  # a code collision is astronomically rare; try again if it happens
        try:
            with transaction.atomic():
                request = SignedRequest.objects.create(
                    kind=kind,
                    reference=reference,
                    contract_id=contract_id,
                    milestone_id=milestone_id,
                    amount_minor=amount_minor,
                    currency=currency,
                    recipient_digest=recipient_digest(recipient),
                    kid=key.kid,
                    code=codes.new_code(),
                    expires_at=expires_at,
                )
            return Issued(request=request, token=token_for(request))
        except IntegrityError:
            continue
    raise RuntimeError("could not make a unique verification code")


def latest_for(reference: str) -> Issued | None:
    """The newest signed request for `reference` (a resent invitation replaces the old one)."""
    request = SignedRequest.objects.filter(reference=reference).order_by("-id").first()
    return None if request is None else Issued(request=request, token=token_for(request))


@dataclass(frozen=True)
class TokenReading:
    """What a token says: `request` when its signature holds and matches our record."""

    request: SignedRequest | None
    problem: str = ""  # why it is forged ("signature", "key", "altered", "format")


def read_token(token: str) -> TokenReading:
    if len(token) > MAX_TOKEN_CHARS:
        return TokenReading(None, "format")
    parts = token.split(".")
    if len(parts) != 4 or parts[0] != VERSION:
        return TokenReading(None, "format")
    _, kid, payload, signature = parts
    if not (kid.isascii() and kid.isalnum() and len(kid) <= 16):
        return TokenReading(None, "format")
    if kid not in keys.verifying_kids():
        return TokenReading(None, "key")
    if not hmac.compare_digest(_signature(kid, payload), signature):
        return TokenReading(None, "signature")
    try:
        claims = json.loads(_unb64(payload))
        request_id = int(claims["i"])
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
        return TokenReading(None, "format")
    request = SignedRequest.objects.filter(pk=request_id, kid=kid).first()
    if request is None or covered(request) != claims:
        return TokenReading(None, "altered")
    return TokenReading(request)
