"""Signed, expiring, single-use links for email verification and password reset.

Both build on Django's PasswordResetTokenGenerator: the token hashes state that the
link's use changes (the verification time; the password hash), so a used link stops
working, and it carries its own timestamp, so an old one expires. Time comes from the
project clock so that expiry is tested without sleeping.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes, force_str
from django.utils.http import base36_to_int, urlsafe_base64_decode, urlsafe_base64_encode

from directcontracts.accounts.models import AccountEvent, User
from directcontracts.core import clock


class _ClockedTokenGenerator(PasswordResetTokenGenerator):
    timeout_setting = "PASSWORD_RESET_TIMEOUT"

    def _now(self) -> datetime:
        return clock.now().replace(tzinfo=None)

    def timeout(self) -> int:
        return int(getattr(settings, self.timeout_setting))

    def status(self, user: User, token: str) -> str:
        """'ok', 'invalid', 'expired' or 'used', so the page can say which."""
        try:
            ts = base36_to_int(token.split("-")[0])
        except ValueError:
            return "invalid"
        if not self.check_token_ignoring_age(user, token, ts):
            return "used" if self.was_used(user, ts) else "invalid"
        if (self._num_seconds(self._now()) - ts) > self.timeout():
            return "expired"
        return "ok"

    def check_token_ignoring_age(self, user: User, token: str, ts: int) -> bool:
        return any(
            constant_time_compare(self._make_token_with_timestamp(user, ts, secret), token)
            for secret in [self.secret, *self.secret_fallbacks]
        )

    def was_used(self, user: User, ts: int) -> bool:
        """Did a use of a link made at `ts` change the state the token hashes?"""
        return False


class EmailVerificationTokenGenerator(_ClockedTokenGenerator):
    key_salt = "directcontracts.accounts.email-verification"
    timeout_setting = "EMAIL_VERIFICATION_TIMEOUT"

    def _make_hash_value(self, user: User, timestamp: int) -> str:
        verified = "" if user.email_verified_at is None else user.email_verified_at.isoformat()
        return f"{user.pk}{user.email}{verified}{timestamp}"

    def was_used(self, user: User, ts: int) -> bool:
        return user.email_verified_at is not None


class ClockedPasswordResetTokenGenerator(_ClockedTokenGenerator):
    key_salt = "directcontracts.accounts.password-reset"

    def was_used(self, user: User, ts: int) -> bool:
        # The token hashes the password, so any change since the link was made voids it;
        # say "used" rather than "not valid" when the password changed after the link was sent.
        made_at = datetime(2001, 1, 1, tzinfo=UTC) + timedelta(seconds=ts)
        return AccountEvent.objects.filter(
            user=user, kind=AccountEvent.Kind.PASSWORD_CHANGED, created_at__gte=made_at
        ).exists()


email_verification_tokens = EmailVerificationTokenGenerator()
password_reset_tokens = ClockedPasswordResetTokenGenerator()


def encode_uid(user: User) -> str:
    return urlsafe_base64_encode(force_bytes(user.pk))


def decode_uid(uidb64: str) -> User | None:
    try:
        pk = int(force_str(urlsafe_base64_decode(uidb64)))
    except (TypeError, ValueError, OverflowError):
        return None
    return User.objects.filter(pk=pk).first()
