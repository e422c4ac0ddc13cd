"""Every write about people: sign-up, verification, sign-in, passwords, sessions, tokens, 2FA.

Sign-in never tells whether an address has an account: a wrong password and an unknown
address get the same message, and both count against the same limits.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from importlib import import_module

import pyotp
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from directcontracts.accounts import hooks, known_devices, names
from directcontracts.accounts.errors import AccountErrorCode
from directcontracts.accounts.models import (
    AccountEvent,
    ApiToken,
    ClientProfile,
    FreelancerProfile,
    RecoveryCode,
    TotpDevice,
    User,
    UserSession,
    normalize_email,
)
from directcontracts.accounts.tokens import (
    decode_uid,
    email_verification_tokens,
    encode_uid,
    password_reset_tokens,
)
from directcontracts.core import clock, ratelimit
from directcontracts.core.countries import clean_country
from directcontracts.core.errors import (
    Conflict,
    DomainError,
    NotFound,
    PermissionDenied,
    RateLimited,
)
from directcontracts.core.locks import for_update
from directcontracts.core.validation import find_control_character
from directcontracts.notifications.email import send_templated_email
from directcontracts.notifications.email_groups import BY_KEY
from directcontracts.notifications.notices import may_email

SIGN_IN_REFUSED = "That email and password don't match an account. Check both and try again."
RECOVERY_CODE_COUNT = 10


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def record_event(
    *, user: User | None, kind: str, ip_address: str | None = None, **detail: object
) -> AccountEvent:
    return AccountEvent.objects.create(user=user, kind=kind, ip_address=ip_address, detail=detail)


def _validate_password(password: str, user: User | None = None) -> None:
    try:
        password_validation.validate_password(password, user)
    except ValidationError as exc:
        raise DomainError(AccountErrorCode.WEAK_PASSWORD, " ".join(exc.messages)) from None


# --- Sign-up and email verification ---------------------------------------------------


SIGN_UP_NOTICES_PER_DAY = 3


@transaction.atomic
def sign_up(
    *,
    email: str,
    password: str,
    full_name: str,
    as_freelancer: bool = True,
    as_client: bool = False,
    ip_address: str | None = None,
) -> User | None:
    """Creates the account and emails the verification link; returns None when the address
    already has an account.

    Both answers look the same from outside (no account enumeration): the same checks run
    in the same order, the password is hashed either way, and the owner of a taken address
    is told by email instead.
    """
    email = normalize_email(email)
    ratelimit.hit(
        f"sign-up:address:{ratelimit.address_key(ip_address)}",
        limit=settings.SIGN_UP_LIMIT_PER_ADDRESS,
        window_seconds=3600,
        message="Too many accounts were created from your network.",
    )
    if not as_freelancer and not as_client:
        raise DomainError(
            AccountErrorCode.INVALID_ROLE, "Choose at least one role: freelancer or client."
        )
    names.check_name(full_name, field="full_name")
    _validate_password(password, User(email=email, full_name=full_name.strip()))
    existing = User.objects.get_by_email(email)
    if existing is not None:
        User().set_password(password)  # the same time as creating an account
        _tell_owner_of_sign_up_attempt(existing)
        return None
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email,
                password,
                full_name=full_name.strip(),
                is_freelancer=as_freelancer,
                is_client=as_client,
            )
    except IntegrityError:
        # Two sign-ups with one address raced; the loser is a taken address like above.
        winner = User.objects.get_by_email(email)
        if winner is not None:
            _tell_owner_of_sign_up_attempt(winner)
        return None
    record_event(user=user, kind=AccountEvent.Kind.SIGNED_UP, ip_address=ip_address)
    hooks.account_created(user)
    send_verification_email(user=user)
    return user


def _tell_owner_of_sign_up_attempt(user: User) -> None:
    """A few emails a day at most, so sign-ups can't be used to flood someone's inbox.
    Only to an account that can act on it, as account-and-security notices go
    (`may_email`): an active one, or one Trust & Safety stopped (it may appeal); never to
    a closed account or one an administrator deactivated."""
    if not may_email(user, BY_KEY["account_security"]):
        return
    try:
        ratelimit.hit(
            f"sign-up-notice:{user.pk}",
            limit=SIGN_UP_NOTICES_PER_DAY,
            window_seconds=86400,
            message="",
        )
    except RateLimited:
        return
    send_templated_email(
        to=user.email,
        template="accounts/email/sign_up_attempt",
        context={
            "user": user,
            "sign_in_url": settings.BASE_URL + reverse("accounts:sign_in"),
            "reset_url": settings.BASE_URL + reverse("accounts:forgot_password"),
        },
    )


def verification_url(user: User) -> str:
    token = email_verification_tokens.make_token(user)
    path = reverse("accounts:verify_email", kwargs={"uidb64": encode_uid(user), "token": token})
    return f"{settings.BASE_URL}{path}"


def send_verification_email(*, user: User) -> None:
    if user.email_verified:
        return
    send_templated_email(
        to=user.email,
        template="accounts/email/verify_email",
        context={"user": user, "url": verification_url(user)},
    )


def _link_error(status: str, what: str) -> DomainError:
    if status == "expired":
        return DomainError(
            AccountErrorCode.LINK_EXPIRED,
            f"This {what} link has expired. Ask for a new one.",
            status=410,
        )
    if status == "used":
        return DomainError(
            AccountErrorCode.LINK_USED, f"This {what} link has already been used.", status=410
        )
    return DomainError(AccountErrorCode.LINK_INVALID, f"This {what} link is not valid.")


def check_verification_link(*, uidb64: str, token: str) -> User:
    """The person a verification link is for, or why it can't be used (nothing changes)."""
    user = decode_uid(uidb64)
    if user is None:
        raise _link_error("invalid", "verification")
    status = email_verification_tokens.status(user, token)
    if status != "ok":
        raise _link_error(status, "verification")
    return user


@transaction.atomic
def verify_email(*, uidb64: str, token: str) -> User:
    user = check_verification_link(uidb64=uidb64, token=token)
    updated = User.objects.filter(pk=user.pk, email_verified_at__isnull=True).update(
        email_verified_at=clock.now()
    )
    if not updated:  # a concurrent click got there first
        raise _link_error("used", "verification")
    user.refresh_from_db(fields=["email_verified_at"])
    record_event(user=user, kind=AccountEvent.Kind.EMAIL_VERIFIED)
    return user


# --- Sign-in --------------------------------------------------------------------------


@dataclass(frozen=True)
class SignInResult:
    user: User
    needs_second_factor: bool


def _limit_keys(email: str, ip_address: str | None) -> tuple[str, str]:
    return (
        f"sign-in:account:{normalize_email(email)}",
        f"sign-in:address:{ratelimit.address_key(ip_address)}",
    )


TOO_MANY_SIGN_INS = "Too many failed sign-in attempts. You can also reset your password."


def _reserve_attempt(limits: list[tuple[str, int]], *, message: str) -> None:
    """Count one attempt against every (key, limit) before anything is tried.

    Counting first (atomically) is what stops a burst: forty concurrent guesses can't all
    pass a check before any of them is recorded. A refusal gives back what it took.
    """
    window = settings.SIGN_IN_LIMIT_WINDOW_SECONDS
    taken: list[str] = []
    try:
        for key, limit in limits:
            taken.append(key)
            ratelimit.hit(key, limit=limit, window_seconds=window, message=message)
    except RateLimited:
        for key in taken:
            ratelimit.release(key, window_seconds=window)
        raise


def check_credentials(
    *, email: str, password: str, ip_address: str | None, known_device: str | None = None
) -> SignInResult:
    """Step one of signing in: the password. Raises the same error for every failure.

    Only failures count against the limits: a right password gives its attempt back.
    `known_device` is the browser's cookie from an earlier sign-in (`known_devices`): when it
    names this account, failures count against that browser instead of the account, so a
    stranger's wrong passwords never lock the owner out of their own browser.
    """
    window = settings.SIGN_IN_LIMIT_WINDOW_SECONDS
    account_key, address_key = _limit_keys(email, ip_address)
    user = User.objects.get_by_email(email)
    device = known_devices.device_of(known_device, user)
    if device is not None:
        account_key = f"sign-in:device:{device}"
    _reserve_attempt(
        [
            (account_key, settings.SIGN_IN_LIMIT_PER_ACCOUNT),
            (address_key, settings.SIGN_IN_LIMIT_PER_ADDRESS),
        ],
        message=TOO_MANY_SIGN_INS,
    )

    if user is None:
        User().set_password(password)  # spend the same time as a real check: no timing oracle
    right = user is not None and user.check_password(password)
    if user is None or not right or not user.is_active:
        record_event(user=user, kind=AccountEvent.Kind.SIGN_IN_FAILED, ip_address=ip_address)
        # Only the right password learns why a stopped account can't sign in; a wrong one,
        # or an address with no account, reads the same as ever (no account enumeration).
        if user is not None and right:
            _refuse_stopped(user)
        raise DomainError(AccountErrorCode.INVALID_CREDENTIALS, SIGN_IN_REFUSED, status=401)
    ratelimit.clear(account_key)
    ratelimit.release(address_key, window_seconds=window)
    if not user.email_verified:
        raise DomainError(
            AccountErrorCode.EMAIL_NOT_VERIFIED,
            "Confirm your email address first: open the link we sent you, or ask for a new one.",
            status=403,
        )
    return SignInResult(user=user, needs_second_factor=has_totp(user))


def _refuse_stopped(user: User) -> None:
    """Called after the right password of an inactive account: when Trust & Safety stopped
    it, say so (and the handler emails the appeal link again); otherwise return."""
    stop = hooks.explain_stop(user)
    if stop is None:
        return
    what = "closed for good" if stop.banned else "suspended"
    raise AccountStopped(
        AccountErrorCode.ACCOUNT_DISABLED,
        f"Trust & Safety {what} your account on {stop.since:%-d %B %Y} (reference "
        f"{stop.reference}), so you can't sign in. The reason and a link to appeal, which "
        "works without signing in, are in the email we sent you.",
        status=403,
        stop=stop,
    )


class AccountStopped(DomainError):
    """The right password of an account Trust & Safety stopped: `stop` says how and when."""

    def __init__(self, code: str, message: str, *, status: int, stop: hooks.StopNotice):
        super().__init__(code, message, status=status)
        self.stop = stop


def safe_next_url(next_url: str) -> str:
    """Where to go after signing in: a path on this site, or "" (then the dashboard).

    Only a plain path qualifies. Browsers read "//evil.example", a backslash after the first
    slash, "https:evil.example" and paths with tabs or line breaks in them as other sites, so
    those are refused, with Django's own check (`url_has_allowed_host_and_scheme`, no host
    allowed) behind the first two tests."""
    candidate = (next_url or "").strip()[:2000]
    if not candidate.startswith("/") or candidate.startswith("//"):
        return ""
    if "\\" in candidate or find_control_character(candidate, multiline=False):
        return ""
    if not url_has_allowed_host_and_scheme(candidate, allowed_hosts=set()):
        return ""
    return candidate


def record_sign_in(
    *, user: User, session_key: str, ip_address: str | None, user_agent: str
) -> UserSession:
    record_event(user=user, kind=AccountEvent.Kind.SIGNED_IN, ip_address=ip_address)
    session, _ = UserSession.objects.update_or_create(
        session_key=session_key,
        defaults={
            "user": user,
            "ip_address": ip_address,
            "user_agent": user_agent[:300],
            "last_seen_at": clock.now(),
        },
    )
    return session


def record_sign_out(*, user: User, session_key: str | None, ip_address: str | None) -> None:
    if session_key:
        UserSession.objects.filter(session_key=session_key).delete()
    record_event(user=user, kind=AccountEvent.Kind.SIGNED_OUT, ip_address=ip_address)


def delete_browser_sessions(session_keys: list[str]) -> None:
    """Ends these browser sessions at once, in the session engine's cache too.

    With the cached session engine (CACHE_URL set) deleting the database rows alone would
    leave the cached copies signed in until they expire.
    """
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    for key in session_keys:
        store_class(session_key=key).delete()
    Session.objects.filter(session_key__in=session_keys).delete()


@transaction.atomic
def end_session(*, user: User, session_id: int) -> None:
    session = UserSession.objects.filter(user=user, pk=session_id).first()
    if session is None:
        raise NotFound(
            "That session does not exist or has already ended.",
            code=AccountErrorCode.SESSION_NOT_FOUND,
        )
    delete_browser_sessions([session.session_key])
    session.delete()
    record_event(user=user, kind=AccountEvent.Kind.SESSION_ENDED, session_id=session_id)


@transaction.atomic
def end_other_sessions(*, user: User, keep_session_key: str | None) -> int:
    others = UserSession.objects.filter(user=user).exclude(session_key=keep_session_key or "")
    keys = list(others.values_list("session_key", flat=True))
    delete_browser_sessions(keys)
    others.delete()
    if keys:
        record_event(user=user, kind=AccountEvent.Kind.SESSION_ENDED, count=len(keys))
    return len(keys)


# --- Passwords ------------------------------------------------------------------------


def password_reset_url(user: User) -> str:
    token = password_reset_tokens.make_token(user)
    path = reverse("accounts:reset_password", kwargs={"uidb64": encode_uid(user), "token": token})
    return f"{settings.BASE_URL}{path}"


# Emails a link asks for, per email address and hour, whoever asks and from wherever: the
# per-address limits alone let someone with many addresses flood one inbox.
LINK_EMAILS_PER_ACCOUNT_PER_HOUR = 5


def _limit_link_emails(kind: str, email: str) -> None:
    """Counted by the address as typed (normalised), whether or not it has an account, so
    that the refusal says nothing about who has one."""
    ratelimit.hit(
        f"{kind}:account:{normalize_email(email)}",
        limit=LINK_EMAILS_PER_ACCOUNT_PER_HOUR,
        window_seconds=3600,
        message="Several emails were already sent to this address; check your inbox and spam.",
    )


def request_password_reset(*, email: str, ip_address: str | None) -> None:
    """Always looks the same from outside, whether or not the address has an account."""
    ratelimit.hit(
        f"password-reset:address:{ratelimit.address_key(ip_address)}",
        limit=settings.SIGN_IN_LIMIT_PER_ADDRESS,
        window_seconds=settings.SIGN_IN_LIMIT_WINDOW_SECONDS,
        message="Too many password reset requests.",
    )
    _limit_link_emails("password-reset", email)
    user = User.objects.get_by_email(email)
    if user is None or not user.is_active:
        return
    record_event(user=user, kind=AccountEvent.Kind.PASSWORD_RESET_REQUESTED, ip_address=ip_address)
    send_templated_email(
        to=user.email,
        template="accounts/email/reset_password",
        context={"user": user, "url": password_reset_url(user)},
    )


def check_password_reset_link(*, uidb64: str, token: str) -> User:
    user = decode_uid(uidb64)
    if user is None:
        raise _link_error("invalid", "password reset")
    status = password_reset_tokens.status(user, token)
    if status != "ok":
        raise _link_error(status, "password reset")
    return user


@transaction.atomic
def reset_password(*, uidb64: str, token: str, new_password: str) -> User:
    user = check_password_reset_link(uidb64=uidb64, token=token)
    _validate_password(new_password, user)
    user.set_password(new_password)
    # Whoever could read the mailbox proved they own the address.
    fields = ["password"]
    if user.email_verified_at is None:
        user.email_verified_at = clock.now()
        fields.append("email_verified_at")
    user.save(update_fields=fields)
    end_other_sessions(user=user, keep_session_key=None)
    ratelimit.clear(_limit_keys(user.email, None)[0])
    revoked = revoke_all_api_tokens(user=user, reason="password reset")
    record_event(user=user, kind=AccountEvent.Kind.PASSWORD_CHANGED, via="reset")
    _tell_password_changed(user, revoked_tokens=revoked)
    return user


@transaction.atomic
def change_password(*, user: User, current_password: str, new_password: str) -> int:
    """Changes the password and revokes every API token; returns how many were revoked.
    (Django ends the other signed-in sessions: their password hash no longer matches.)"""
    if not user.check_password(current_password):
        raise DomainError(
            AccountErrorCode.INVALID_CREDENTIALS, "Your current password is not correct."
        )
    _validate_password(new_password, user)
    user.set_password(new_password)
    user.save(update_fields=["password"])
    revoked = revoke_all_api_tokens(user=user, reason="password change")
    record_event(user=user, kind=AccountEvent.Kind.PASSWORD_CHANGED, via="settings")
    _tell_password_changed(user, revoked_tokens=revoked)
    return revoked


def _tell_password_changed(user: User, *, revoked_tokens: int) -> None:
    send_templated_email(
        to=user.email,
        template="accounts/email/password_changed",
        context={
            "user": user,
            "revoked_tokens": revoked_tokens,
            "settings_url": settings.BASE_URL + reverse("accounts:settings"),
            "reset_url": settings.BASE_URL + reverse("accounts:forgot_password"),
        },
    )


# --- Profiles and roles ---------------------------------------------------------------

# A role is turned on only by the person's explicit choice (`turn_on_role`), never as a side
# effect of saving a profile: a client who saved the wrong form became a freelancer unawares.
ROLES = ("freelancer", "client")
_ROLE_OFF = {
    "freelancer": "Freelancer work is not on for your account: choose “Also work as a "
    "freelancer” in your settings first.",
    "client": "Hiring is not on for your account: choose “Also hire freelancers” in your "
    "settings first.",
}


def _require_role(user: User, role: str) -> None:
    if not getattr(user, f"is_{role}"):
        raise DomainError(AccountErrorCode.ROLE_NOT_ON, _ROLE_OFF[role], status=409, role=role)


STAFF_ROLE_REFUSAL = (
    "Staff accounts don't work as freelancers or hire freelancers: use a personal account, "
    "with its own email address, for your own contracts."
)


@transaction.atomic
def turn_on_role(*, user: User, role: str) -> bool:
    """Adds `role` (freelancer or client) to the person's account. True when it was off;
    False (and nothing recorded) when it was already on, so a repeated press changes nothing.
    Staff accounts are refused (403 `staff_cannot_take_role`): a staff member's own contracts
    would sit in the queues they work, so they use a separate personal account."""
    if user.is_staff:
        raise PermissionDenied(STAFF_ROLE_REFUSAL, code=AccountErrorCode.STAFF_CANNOT_TAKE_ROLE)
    if role not in ROLES:
        raise DomainError(
            AccountErrorCode.INVALID_ROLE, "Choose a role: freelancer or client.", role=role
        )
    flag = f"is_{role}"
    # Compare-and-set: two presses at once turn it on, and record it, once.
    changed = User.objects.filter(pk=user.pk, **{flag: False}).update(**{flag: True}) == 1
    setattr(user, flag, True)
    if changed:
        record_event(user=user, kind=AccountEvent.Kind.ROLE_TURNED_ON, role=role)
    return changed


@transaction.atomic
def save_freelancer_profile(
    *, user: User, display_name: str, country: str, payout_currency: str, agency_name: str = ""
) -> FreelancerProfile:
    _require_role(user, "freelancer")
    names.check_name(display_name, field="display_name")
    names.check_name(agency_name, field="agency_name")
    if payout_currency not in settings.SUPPORTED_CURRENCIES:
        raise DomainError(
            "unsupported_currency",
            f"Payouts are possible in {', '.join(settings.SUPPORTED_CURRENCIES)}.",
        )
    profile, _ = FreelancerProfile.objects.update_or_create(
        user=user,
        defaults={
            "display_name": display_name.strip(),
            "country": clean_country(country),
            "payout_currency": payout_currency,
            "agency_name": agency_name.strip(),
        },
    )
    record_event(user=user, kind=AccountEvent.Kind.PROFILE_UPDATED, profile="freelancer")
    return profile


@transaction.atomic
def save_client_profile(*, user: User, name: str, company: str, country: str) -> ClientProfile:
    _require_role(user, "client")
    names.check_name(name, field="name")
    names.check_name(company, field="company")
    profile, _ = ClientProfile.objects.update_or_create(
        user=user,
        defaults={
            "name": name.strip(),
            "company": company.strip(),
            "country": clean_country(country),
        },
    )
    record_event(user=user, kind=AccountEvent.Kind.PROFILE_UPDATED, profile="client")
    return profile


# --- API tokens -----------------------------------------------------------------------


TOKEN_MAX_DAYS = 3650


@transaction.atomic
def create_api_token(
    *, user: User, name: str, expires_in_days: int | None = None
) -> tuple[ApiToken, str]:
    """Returns the token row and its secret, which is shown once and never stored.
    `expires_in_days` makes it stop working after that many days (default: never).

    A token skips the sign-in's second step, so staff make one only with two-factor on;
    joining a staff group later revokes the tokens made before (accounts/signals.py)."""
    if requires_two_factor(user) and not has_totp(user):
        raise DomainError(
            AccountErrorCode.STAFF_TOKEN_NEEDS_TWO_FACTOR,
            "Staff accounts can make an API token only with two-factor sign-in on. "
            "Turn it on in Settings → Security, then make the token.",
            status=403,
        )
    if expires_in_days is not None and not 1 <= expires_in_days <= TOKEN_MAX_DAYS:
        raise DomainError(
            AccountErrorCode.INVALID_TOKEN_EXPIRY,
            f"A token can expire after 1 to {TOKEN_MAX_DAYS} days, or never.",
        )
    secret = settings.API_TOKEN_PREFIX + secrets.token_urlsafe(32)
    expires_at = (
        clock.now() + timedelta(days=expires_in_days) if expires_in_days is not None else None
    )
    token = ApiToken.objects.create(
        user=user,
        name=name.strip() or "API token",
        prefix=secret[:10],
        digest=_digest(secret),
        expires_at=expires_at,
    )
    record_event(user=user, kind=AccountEvent.Kind.TOKEN_CREATED, token_id=token.pk)
    return token, secret


def revoke_all_api_tokens(*, user: User, reason: str) -> int:
    """Revokes every active token of `user` (a password change or reset); returns how many."""
    revoked = ApiToken.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=clock.now()
    )
    if revoked:
        record_event(user=user, kind=AccountEvent.Kind.TOKEN_REVOKED, count=revoked, reason=reason)
    return revoked


@transaction.atomic
def revoke_api_token(*, user: User, token_id: int) -> ApiToken:
    token = ApiToken.objects.filter(user=user, pk=token_id, revoked_at__isnull=True).first()
    if token is None:
        raise NotFound(
            "That token does not exist or is already revoked.",
            code=AccountErrorCode.TOKEN_NOT_FOUND,
        )
    token.revoked_at = clock.now()
    token.save(update_fields=["revoked_at"])
    record_event(user=user, kind=AccountEvent.Kind.TOKEN_REVOKED, token_id=token.pk)
    return token


TOKEN_USE_PRECISION = timedelta(minutes=1)


def authenticate_api_token(secret: str) -> User | None:
    if not secret.startswith(settings.API_TOKEN_PREFIX) or len(secret) > 200:
        return None
    # Unordered and sliced, not first(): the digest is unique, and an ORDER BY would cost
    # Django a reference per selected column on every API request.
    # Whether the owner has two-factor on is asked in the same query (a subquery), so the
    # staff check below costs no query of its own.
    confirmed = TotpDevice.objects.filter(user_id=OuterRef("user_id"), confirmed_at__isnull=False)
    token = next(
        iter(
            ApiToken.objects.select_related("user")
            .annotate(owner_has_two_factor=Exists(confirmed))
            .filter(digest=_digest(secret), revoked_at__isnull=True, user__is_active=True)
            .exclude(expires_at__lte=clock.now())
            .order_by()[:1]
        ),
        None,
    )
    if token is None:
        return None
    # A token skips the sign-in's second step: a staff member's works only while their
    # two-factor sign-in is on (an administrator's reset, or a token older than the rule).
    if requires_two_factor(token.user) and not token.owner_has_two_factor:
        raise DomainError(
            AccountErrorCode.STAFF_TOKEN_NEEDS_TWO_FACTOR,
            "This staff account's API tokens work only with two-factor sign-in on. "
            "Turn it on in Settings → Security; the token works again.",
            status=403,
        )
    now = clock.now()
    # "Last used" to the minute: a busy integration does not write (and commit) per request.
    if token.last_used_at is None or now - token.last_used_at >= TOKEN_USE_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


# --- Two-factor sign-in (TOTP) --------------------------------------------------------


def has_totp(user: User) -> bool:
    return TotpDevice.objects.filter(user=user, confirmed_at__isnull=False).exists()


def requires_two_factor(user: User) -> bool:
    """Staff (the back office, staff pages) must sign in with two factors."""
    return bool(user.is_staff or user.is_superuser)


def totp_uri(device: TotpDevice) -> str:
    return pyotp.TOTP(device.secret).provisioning_uri(
        name=device.user.email, issuer_name=settings.PLATFORM_NAME
    )


def pending_totp_device(*, user: User) -> TotpDevice | None:
    """The device being set up (not yet confirmed), if any."""
    return TotpDevice.objects.filter(user=user, confirmed_at__isnull=True).first()


@transaction.atomic
def begin_totp_setup(*, user: User) -> TotpDevice:
    if has_totp(user):
        raise Conflict(AccountErrorCode.TOTP_ALREADY_ENABLED, "Two-factor sign-in is already on.")
    device, _ = TotpDevice.objects.update_or_create(
        user=user,
        defaults={"secret": pyotp.random_base32(), "confirmed_at": None, "last_used_step": 0},
    )
    return device


def _accept_totp_code(device: TotpDevice, code: str) -> bool:
    """A code is good for its 30-second step (one step of drift allowed), and only once."""
    code = "".join(ch for ch in code if ch.isdigit())
    if len(code) != 6:
        return False
    totp = pyotp.TOTP(device.secret)
    current = totp.timecode(clock.now())
    for step in (current - 1, current, current + 1):
        if step > device.last_used_step and secrets.compare_digest(totp.generate_otp(step), code):
            claimed = TotpDevice.objects.filter(pk=device.pk, last_used_step__lt=step).update(
                last_used_step=step
            )
            return bool(claimed)
    return False


def _recovery_hash(code: str) -> str:
    """Salted and slow, like a password (see RecoveryCode for the SHA-256 inside)."""
    return make_password(_digest(code))


def _new_recovery_codes(user: User) -> list[str]:
    RecoveryCode.objects.filter(user=user).delete()
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODE_COUNT)]
    RecoveryCode.objects.bulk_create(
        [RecoveryCode(user=user, digest=_recovery_hash(code)) for code in codes]
    )
    return codes


def _use_recovery_code(user: User, code: str) -> bool:
    """Checks the code against each unused one (at most ten slow checks), and uses it up
    with compare-and-set, so two requests can't both spend it."""
    candidate = _digest("".join(code.split()).lower())
    for row in RecoveryCode.objects.filter(user=user, used_at__isnull=True).only("pk", "digest"):
        if row.digest and check_password(candidate, row.digest):
            return bool(
                RecoveryCode.objects.filter(pk=row.pk, used_at__isnull=True).update(
                    used_at=clock.now(), digest=""
                )
            )
    return False


@transaction.atomic
def confirm_totp(*, user: User, code: str) -> list[str]:
    """Turns 2FA on once the first code checks out; returns the recovery codes, shown once."""
    device = for_update(TotpDevice.objects.filter(user=user)).first()
    if device is None:
        raise DomainError(AccountErrorCode.TOTP_NOT_ENABLED, "Start the two-factor set-up first.")
    if device.confirmed:
        raise Conflict(AccountErrorCode.TOTP_ALREADY_ENABLED, "Two-factor sign-in is already on.")
    if not _accept_totp_code(device, code):
        raise DomainError(
            AccountErrorCode.TOTP_INVALID, "That code is not right. Enter the current 6-digit code."
        )
    TotpDevice.objects.filter(pk=device.pk).update(confirmed_at=clock.now())
    record_event(user=user, kind=AccountEvent.Kind.TOTP_ENABLED)
    return _new_recovery_codes(user)


def disable_totp(*, user: User, code: str) -> None:
    if not has_totp(user):
        raise DomainError(AccountErrorCode.TOTP_NOT_ENABLED, "Two-factor sign-in is not on.")
    if requires_two_factor(user):
        raise DomainError(
            AccountErrorCode.TWO_FACTOR_REQUIRED,
            "Staff accounts must keep two-factor sign-in on. To move it to a new phone, ask "
            "an administrator to reset it, then set it up again.",
            status=403,
        )
    # Checked outside the transaction below, so that a wrong code still counts against the limit.
    verify_second_factor(user=user, code=code)
    with transaction.atomic():
        TotpDevice.objects.filter(user=user).delete()
        RecoveryCode.objects.filter(user=user).delete()
        record_event(user=user, kind=AccountEvent.Kind.TOTP_DISABLED)


def verify_second_factor(*, user: User, code: str, ip_address: str | None = None) -> None:
    """A current TOTP code or an unused recovery code; each works once.

    Only wrong codes count against the limit (as for passwords), so a person who signs
    in often is never locked out by their own right codes.
    """
    limit_key = f"second-factor:{user.pk}"
    window = settings.SIGN_IN_LIMIT_WINDOW_SECONDS
    _reserve_attempt(
        [(limit_key, settings.SIGN_IN_LIMIT_PER_ACCOUNT)],
        message="Too many wrong codes.",
    )
    device = TotpDevice.objects.filter(user=user, confirmed_at__isnull=False).first()
    if device is not None and _accept_totp_code(device, code):
        ratelimit.release(limit_key, window_seconds=window)
        return
    if _use_recovery_code(user, code):
        ratelimit.release(limit_key, window_seconds=window)
        record_event(user=user, kind=AccountEvent.Kind.RECOVERY_CODE_USED, ip_address=ip_address)
        return
    raise DomainError(
        AccountErrorCode.TOTP_INVALID, "That code is not right. Try the current code from your app."
    )


def resend_verification(*, email: str, ip_address: str | None) -> None:
    """Looks the same whether or not the address has an unverified account."""
    ratelimit.hit(
        f"resend-verification:address:{ratelimit.address_key(ip_address)}",
        limit=settings.SIGN_IN_LIMIT_PER_ADDRESS,
        window_seconds=settings.SIGN_IN_LIMIT_WINDOW_SECONDS,
        message="Too many requests for a new link.",
    )
    _limit_link_emails("resend-verification", email)
    user = User.objects.get_by_email(email)
    if user is not None and user.is_active:
        send_verification_email(user=user)
