"""Webhook signatures, Stripe's scheme: HMAC-SHA256 over "<timestamp>.<body>".

Each delivery carries `DirectContracts-Signature: t=<unix seconds>,v1=<hex digest>`. The
timestamp is inside the signed text, so a captured request cannot be replayed later than
the receiver's tolerance; the comparison is constant-time. This module uses only the
standard library so that integrators can copy `verify_signature` as it is.
"""

from __future__ import annotations

import hashlib
import hmac
import time

SIGNATURE_HEADER = "DirectContracts-Signature"
EVENT_HEADER = "DirectContracts-Event"
DELIVERY_HEADER = "DirectContracts-Delivery"
DEFAULT_TOLERANCE_SECONDS = 300


class InvalidSignature(Exception):
    """The request is not from us, was changed, or is too old."""


def compute_signature(secret: str, timestamp: int, body: bytes) -> str:
    signed = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def signature_header(secret: str, timestamp: int, body: bytes) -> str:
    return f"t={timestamp},v1={compute_signature(secret, timestamp, body)}"


def _parse(header: str) -> tuple[int, list[str]]:
    timestamp: int | None = None
    signatures: list[str] = []
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1" and value:
            signatures.append(value)
    if timestamp is None or not signatures:
        raise InvalidSignature("The signature header has no timestamp or no v1 signature.")
    return timestamp, signatures


def check_signature(
    secret: str,
    header: str,
    body: bytes | str,
    tolerance: int = DEFAULT_TOLERANCE_SECONDS,
    *,
    now: float | None = None,
) -> None:
    """Raise InvalidSignature with the reason, or return when the request is genuine.

    `body` must be the raw request body, byte for byte, not re-serialised JSON.
    """
    raw = body.encode() if isinstance(body, str) else body
    timestamp, signatures = _parse(header or "")
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise InvalidSignature("The timestamp is outside the tolerance (a replay or a bad clock).")
    expected = compute_signature(secret, timestamp, raw)
    # Several v1 values may be present while a secret is being rolled; one must match.
    if not any(hmac.compare_digest(expected, candidate) for candidate in signatures):
        raise InvalidSignature("No signature matches the body for this secret.")


def verify_signature(
    secret: str,
    header: str,
    body: bytes | str,
    tolerance: int = DEFAULT_TOLERANCE_SECONDS,
    *,
    now: float | None = None,
) -> bool:
    """True when `header` is a valid signature of `body` with `secret`, made recently."""
    try:
        check_signature(secret, header, body, tolerance, now=now)
    except InvalidSignature:
        return False
    return True
