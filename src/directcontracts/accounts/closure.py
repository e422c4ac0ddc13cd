"""Close your account: what a person can do for themselves when they leave.

Design:

1. Refused, with every reason in words and a stable code each (`409 close_blocked`,
   `details.reasons`), while anything still needs the account: an active contract, money
   in escrow, a payout on its way or a balance, an open dispute or chargeback case. The
   apps that own those register their checks (`personal_data.register_closure_check`).
   Staff accounts can't close themselves (`403 staff_cannot_close`): their access is
   removed by an administrator, so the staff audit trail keeps a named person.
   A contract before it is active never holds an account open by itself: the freelancer's
   own invitation waiting for an answer blocks (withdraw it first, a link to the contract);
   an invitation addressed to the person as client is declined by the closing and its
   freelancer told (otherwise any freelancer could keep a client from leaving by inviting
   them); the person's drafts and declined proposals are cancelled (nobody waits for them).
   The settings page lists those contracts before the person confirms
   (`what_closing_ends`), read from the selectors the closing acts on.
2. The person proves it is them (their password) and ticks the confirmation.
3. In one transaction, under a lock on the person's row, the checks run again, then:
   the confirmation email is queued to the address as it still is; the account is
   deactivated (no sign-in, password unusable, every session ended, every API token
   revoked, two-factor removed); the name becomes "Closed account #id" and the email an
   unroutable `closed-<id>@closed.invalid`; profiles are pseudonymised the same way; data
   exports are deleted; each app forgets what it keeps only for the person (registered
   erasers: saved payment and payout methods, webhook endpoints, the client name and email
   the freelancer typed on a closed client's contracts). Contracts, messages, the
   ledger and every audit row stay as they are: they are the other party's and the
   platform's legal and financial record, and the ledger stays balanced because no money
   moves.
4. An `account_closed` event records it (the audit trail keeps the id, not the name).
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.urls import reverse

from directcontracts.accounts.data_export import discard_all_exports
from directcontracts.accounts.errors import AccountErrorCode
from directcontracts.accounts.models import (
    AccountEvent,
    ClientProfile,
    FreelancerProfile,
    RecoveryCode,
    TotpDevice,
    User,
    UserSession,
)
from directcontracts.accounts.personal_data import (
    ClosureBlocker,
    ClosureEffect,
    closure_blockers,
    closure_effects,
    run_closure_actions,
    run_closure_erasers,
)
from directcontracts.core import clock, ratelimit
from directcontracts.core.errors import Conflict, DomainError, PermissionDenied
from directcontracts.core.locks import lock_row, lock_row_or_none
from directcontracts.notifications.email import send_templated_email
from directcontracts.notifications.models import WebhookEndpoint

CLOSED_EMAIL_DOMAIN = "closed.invalid"  # RFC 2606: never routable
CLOSE_ATTEMPTS_PER_WINDOW = 5
CLOSE_WINDOW_SECONDS = 900


def closed_name(user: User) -> str:
    return f"Closed account #{user.pk}"


def closed_email(user: User) -> str:
    return f"closed-{user.pk}@{CLOSED_EMAIL_DOMAIN}"


def staff_refusal() -> DomainError:
    return PermissionDenied(
        "Staff accounts can't be closed from settings: ask an administrator to remove your "
        "staff access, so that the staff audit trail keeps who did what.",
        code=AccountErrorCode.STAFF_CANNOT_CLOSE,
    )


def blocked_refusal(blockers: list[ClosureBlocker]) -> DomainError:
    return DomainError(
        AccountErrorCode.CLOSE_BLOCKED,
        "Your account can't be closed yet: " + " ".join(blocker.message for blocker in blockers),
        status=409,
        reasons=[blocker.as_dict() for blocker in blockers],
    )


def lock_open_account(user_id: int) -> User:
    """For a write that makes a person party to a contract (sending or accepting an
    invitation): locks the person's row (`FOR NO KEY UPDATE`, which waits for a closing in
    flight, and makes a closing wait for this) and refuses a closed account. Without it the
    closing's checks could pass just before the contract commits, leaving a closed account
    on a live contract (`tests/accounts/test_close_account_races.py`)."""
    user = lock_row_or_none(User, user_id)
    if user is None or user.closed_at is not None:
        raise Conflict(
            AccountErrorCode.ACCOUNT_CLOSED,
            "This account has been closed, so it can't take part in a contract any more.",
        )
    return user


def what_stops_closing(user: User) -> list[ClosureBlocker]:
    """For the settings page: every reason, in words with a link (empty: it can close)."""
    return closure_blockers(user)


def what_closing_ends(user: User) -> list[ClosureEffect]:
    """For the settings page: what the closing itself will decline or cancel."""
    return closure_effects(user)


def close_account(
    *, user: User, password: str, confirmed: bool, ip_address: str | None = None
) -> None:
    if user.is_staff or user.is_superuser:
        raise staff_refusal()
    ratelimit.hit(
        f"close-account:{user.pk}",
        limit=CLOSE_ATTEMPTS_PER_WINDOW,
        window_seconds=CLOSE_WINDOW_SECONDS,
        message="Too many attempts to close your account; try again later.",
    )
    if not user.check_password(password):
        raise DomainError(
            AccountErrorCode.INVALID_CREDENTIALS,
            "Your password is not correct.",
        )
    if not confirmed:
        raise DomainError(
            AccountErrorCode.CLOSE_NOT_CONFIRMED,
            "Tick the box to confirm that you want to close your account for good.",
        )
    _close(user_id=user.pk, ip_address=ip_address)


@transaction.atomic
def _close(*, user_id: int, ip_address: str | None) -> None:
    # 1. Lock the person's row; check again under it (a contract accepted a moment ago).
    user = lock_row(User, user_id, holds_back_references=True)
    if user.closed_at is not None:
        return
    blockers = closure_blockers(user)
    if blockers:
        raise blocked_refusal(blockers)
    # What the closing ends itself (invitations waiting for this person's answer are
    # declined, their freelancers told), while the email still matches them.
    run_closure_actions(user)
    # 2. The confirmation goes to the address as it is now, before it is erased.
    send_templated_email(
        to=user.email,
        template="accounts/email/account_closed",
        context={"user": user, "name": user.display_name, "help_url": _help_url()},
    )
    # 3. Sign-in ends for good: sessions, tokens, second factor.
    from directcontracts.accounts.services import delete_browser_sessions, revoke_all_api_tokens

    keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    delete_browser_sessions(keys)
    UserSession.objects.filter(user=user).delete()
    revoked = revoke_all_api_tokens(user=user, reason="account closed")
    TotpDevice.objects.filter(user=user).delete()
    RecoveryCode.objects.filter(user=user).delete()
    # 4. Personal data: pseudonymised where rows must stay, deleted where they need not.
    now = clock.now()
    user.full_name = closed_name(user)
    user.email = closed_email(user)
    user.is_active = False
    user.closed_at = now
    user.set_unusable_password()
    user.save(update_fields=["full_name", "email", "is_active", "closed_at", "password"])
    FreelancerProfile.objects.filter(user=user).update(
        display_name=closed_name(user), agency_name=""
    )
    ClientProfile.objects.filter(user=user).update(name=closed_name(user), company="")
    discard_all_exports(user=user)
    WebhookEndpoint.objects.filter(owner=user, active=True).update(active=False)
    run_closure_erasers(user)
    # 5. The audit trail.
    from directcontracts.accounts.services import record_event

    record_event(
        user=user,
        kind=AccountEvent.Kind.ACCOUNT_CLOSED,
        ip_address=ip_address,
        sessions_ended=len(keys),
        tokens_revoked=revoked,
    )


def _help_url() -> str:
    return settings.BASE_URL + reverse("support:new")
