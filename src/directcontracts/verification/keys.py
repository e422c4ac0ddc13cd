"""Signing keys: an id per key, the secret derived from the server's secret and that id.

Deriving (HMAC of VERIFICATION_SECRET, or SECRET_KEY when that is not set, with the key id)
keeps every secret out of the database and the code. Rotation adds a new key, which signs
from then on; older keys keep verifying what they signed until they are retired.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.conf import settings
from django.db import transaction

from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.core.locks import for_update
from directcontracts.verification.errors import VerificationErrorCode
from directcontracts.verification.models import VerificationKey


def secret_for(kid: str) -> bytes:
    master = (settings.VERIFICATION_SECRET or settings.SECRET_KEY).encode()
    return hmac.new(master, f"payment-request-key:{kid}".encode(), hashlib.sha256).digest()


def active_key() -> VerificationKey:
    """The newest key that is not retired; the first one is made on first use."""
    key = VerificationKey.objects.filter(retired_at__isnull=True).first()
    if key is None:
        key, _ = VerificationKey.objects.get_or_create(kid="k1")
    return key


def verifying_kids() -> set[str]:
    return set(
        VerificationKey.objects.filter(retired_at__isnull=True).values_list("kid", flat=True)
    )


@transaction.atomic
def rotate_key() -> VerificationKey:
    """A new key signs from now on; the previous ones still verify until retired."""
    return VerificationKey.objects.create(kid=f"k{secrets.token_hex(3)}")


@transaction.atomic
def retire_key(kid: str) -> VerificationKey:
    key = for_update(VerificationKey.objects.filter(kid=kid)).first()
    if key is None:
        raise DomainError(
            VerificationErrorCode.KEY_NOT_FOUND, f"There is no signing key {kid!r}.", status=404
        )
    others = VerificationKey.objects.filter(retired_at__isnull=True).exclude(pk=key.pk)
    if not others.exists():
        raise DomainError(
            VerificationErrorCode.LAST_KEY,
            "That is the only key in use: rotate first, so that a new key signs.",
        )
    if key.retired_at is None:
        key.retired_at = clock.now()
        key.save(update_fields=["retired_at"])
    return key
