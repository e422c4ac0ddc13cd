"""Accounts Trust & Safety stopped (suspended or banned), as the rest of the site needs them.

A stopped person cannot sign in, yet must be able to read why and to appeal. So:

1. notifications email them the account-and-security notices (the suspension, the ban, the
   appeal's decision) only when the account is stopped *by Trust & Safety*: an account an
   administrator deactivated is emailed nothing, like a closed one (`is_stopped`);
2. the sign-in page, after the right password, tells them why they cannot sign in and emails
   the signed appeal link again (`explain_stop`): with a wrong password, or for an address
   with no account, the page says what it always says, so nobody learns who has an account.

A stop stands while the case that made it has no later reinstatement or accepted appeal.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.urls import reverse

from directcontracts.accounts.hooks import StopNotice
from directcontracts.accounts.models import User
from directcontracts.core import ratelimit
from directcontracts.core.errors import RateLimited
from directcontracts.notifications.email import send_templated_email
from directcontracts.notifications.notices import absolute_url
from directcontracts.trust.appeal_links import appeal_url
from directcontracts.trust.models import AuditEntry, Case

STOPS = ("suspend", "ban")
UNDOES = ("reinstate", "appeal_overturned")
# The appeal link is emailed again at most this often, however many times the person tries
# to sign in (an inbox is not flooded by someone who knows the password).
RESEND_EVERY = timedelta(minutes=15)
EMAIL_TEMPLATE = "trust/email/stopped_sign_in"


def standing_stop(user: User | int, *, except_case: Case | None = None) -> AuditEntry | None:
    """The suspension or ban of `user` that still stands (the latest), or None; with
    `except_case`, one made in any other case."""
    entries = AuditEntry.objects.filter(
        case__subject_user_id=user if isinstance(user, int) else user.pk,
        action__in=STOPS + UNDOES,
    )
    if except_case is not None:
        entries = entries.exclude(case_id=except_case.pk)
    standing: dict[int | None, AuditEntry] = {}
    for entry in entries.select_related("case").order_by("created_at", "pk"):
        if entry.action in STOPS:
            standing[entry.case_id] = entry
        else:
            standing.pop(entry.case_id, None)
    if not standing:
        return None
    return max(standing.values(), key=lambda entry: (entry.created_at, entry.pk))


def is_stopped(user: object) -> bool:
    """True for an inactive account that Trust & Safety suspended or banned (not closed)."""
    return _stop_of(user) is not None


def _stop_of(user: object) -> AuditEntry | None:
    if not isinstance(user, User) or user.is_active or user.closed_at is not None:
        return None
    return standing_stop(user)


def explain_stop(user: User) -> StopNotice | None:
    """What the sign-in page tells a stopped person who typed the right password; emails
    them the appeal link again (at most every RESEND_EVERY). None when not stopped by
    Trust & Safety (a closed or deactivated account keeps the generic refusal)."""
    entry = _stop_of(user)
    if entry is None or entry.case is None:
        return None
    banned = entry.action == "ban"
    reference = entry.case.reference
    return StopNotice(
        banned=banned,
        since=entry.created_at,
        reference=reference,
        emailed=_email_appeal_link(user, entry, reference=reference, banned=banned),
    )


def _email_appeal_link(user: User, entry: AuditEntry, *, reference: str, banned: bool) -> bool:
    """Email the appeal link unless it was emailed in the last RESEND_EVERY; True if sent."""
    window = int(RESEND_EVERY.total_seconds())
    try:
        ratelimit.hit(
            f"trust.stopped-sign-in:{user.pk}", limit=1, window_seconds=window, message=""
        )
    except RateLimited:
        return False
    send_templated_email(
        to=user.email,
        template=EMAIL_TEMPLATE,
        context={
            "person": user,
            "banned": banned,
            "since": entry.created_at,
            "reference": reference,
            "url": absolute_url(appeal_url(reference, user)),
            "support_url": settings.BASE_URL + reverse("support:new"),
        },
    )
    return True
