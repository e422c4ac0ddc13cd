"""In-app notices: every state change tells the right person here and, usually, by email."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.conf import settings
from django.db import transaction

from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.notifications.access import get_notice_for_user
from directcontracts.notifications.email import send_templated_email
from directcontracts.notifications.email_groups import DAILY, IMMEDIATE, EmailGroup, group_of
from directcontracts.notifications.email_preferences import unsubscribe_url
from directcontracts.notifications.errors import NotificationErrorCode
from directcontracts.notifications.models import ABOUT_MAX_LENGTH, LINK_TEXT_MAX_LENGTH, Notice
from directcontracts.notifications.selectors import frequency_for

NOTICE_EMAIL_TEMPLATE = "notifications/email/notice"
# accounts.closure.CLOSED_EMAIL_DOMAIN (not imported: accounts depends on notifications).
CLOSED_EMAIL_SUFFIX = "@closed.invalid"
MAX_LINKS = 5  # further places of this site a notice's body may link (`notify`'s `links`)


# Handlers that say whether an inactive account was stopped by a decision its owner can
# appeal (trust registers one: a suspension or a ban). Only such an account is emailed the
# groups that reach stopped accounts; one an administrator deactivated gets nothing.
StoppedCheck = Callable[[Any], bool]
_stopped_checks: list[StoppedCheck] = []


def register_stopped_account_check(check: StoppedCheck) -> None:
    if check not in _stopped_checks:
        _stopped_checks.append(check)


def _check_notice(*, kind: str, title: str, about: str, url: str) -> None:
    if not kind or len(kind) > 64:
        raise DomainError(
            NotificationErrorCode.NOTICE_INVALID, "A notice needs a kind of 1–64 characters."
        )
    if not title.strip() or len(title) > 200:
        raise DomainError(
            NotificationErrorCode.NOTICE_INVALID, "A notice needs a title of 1–200 characters."
        )
    if len(about) > ABOUT_MAX_LENGTH or "\n" in about or "\r" in about:
        raise DomainError(
            NotificationErrorCode.NOTICE_INVALID,
            f"A notice names what it is about in one line of at most {ABOUT_MAX_LENGTH} "
            "characters.",
        )
    # Only links into this site: a notice must never send someone elsewhere. A plain path
    # only: browsers read "/\\host" as "//host" and drop tabs and line breaks ("/\t/host").
    if url and (not is_site_path(url) or len(url) > 500):
        raise DomainError(
            NotificationErrorCode.NOTICE_INVALID, "A notice links only to a path on this site."
        )


def is_site_path(url: str) -> bool:
    """A path on this site that no browser reads as another site's address."""
    return (
        url.startswith("/")
        and not url.startswith("//")
        and "\\" not in url
        and not any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url)
    )


def absolute_url(path: str) -> str:
    return f"{settings.BASE_URL}{path}" if path else settings.BASE_URL + "/notifications/"


@transaction.atomic
def notify(
    *,
    recipient: Any,
    kind: str,
    title: str,
    body: str,
    url: str = "",
    about: str = "",
    link_text: str = "",
    links: Sequence[str] = (),
    email: bool = True,
) -> Notice:
    """Create an in-app notice for `recipient` and, when `email`, email it after commit
    unless the recipient turned off emails of the kind's group (email_groups.py; money and
    security are always emailed), or mark it for their daily digest when they chose one
    for that group (digests.py). `about` names the thing the notice is about ("Contract
    #12: Logo design"), shown with the title wherever the notice is, so that notices about
    two contracts never read alike. `link_text` says where the link goes ("Read the warning
    and appeal it"): the link's words on pages, and before the address in the email; without
    it the page links the title and the email says "Open it here". `links` are further paths
    of this site that the caller itself wrote into `body` (as full addresses, "Go to dispute
    #3: https://…/disputes/3/"): pages and emails link `url` and those, and no other address
    in the words, which may be a party's (a message, a note, a name)."""
    _check_notice(kind=kind, title=title, about=about, url=url)
    if len(links) > MAX_LINKS:
        raise DomainError(
            NotificationErrorCode.NOTICE_INVALID, f"A notice links at most {MAX_LINKS} places."
        )
    for path in links:
        _check_notice(kind=kind, title=title, about=about, url=path)
    if len(link_text) > LINK_TEXT_MAX_LENGTH or "\n" in link_text or "\r" in link_text:
        raise DomainError(
            NotificationErrorCode.NOTICE_INVALID,
            f"A link's text is one line of at most {LINK_TEXT_MAX_LENGTH} characters.",
        )
    group = group_of(kind)
    frequency = _email_frequency(recipient, group) if email else None
    notice = Notice.objects.create(
        recipient=recipient,
        kind=kind,
        title=title.strip(),
        about=about.strip(),
        body=body.strip(),
        url=url,
        link_text=link_text.strip() if url else "",
        links=sorted({path for path in links if path and path != url}),
        digest_due=frequency == DAILY,
    )
    if frequency == IMMEDIATE:
        _email_notice(notice, recipient, link_text=link_text.strip())
    return notice


def _email_frequency(recipient: Any, group: EmailGroup | None) -> str | None:
    """IMMEDIATE, DAILY or OFF for this notice's email; None when the account may not be
    emailed at all. A kind of no group, or of a required one, is emailed as it happens (no
    query); an optional group reads the person's choice (one query)."""
    if not may_email(recipient, group):
        return None
    if group is None:
        return IMMEDIATE
    return frequency_for(recipient, group)


def may_email(recipient: Any, group: EmailGroup | None) -> bool:
    """An active account is emailed. A suspended or banned one (inactive through Trust &
    Safety, not closed) is emailed only the groups that reach stopped accounts (account and
    security: the suspension, the ban, the appeal's decision), as it cannot sign in to read
    them. An account its owner closed is never emailed (its address is an unroutable
    placeholder), nor is one an administrator deactivated: "closed" is any inactive account
    that no registered check calls stopped. The daily digest asks the same at sending time
    (no digest group reaches a stopped account)."""
    address = recipient.email or ""
    if not address or address.endswith(CLOSED_EMAIL_SUFFIX):
        return False
    if getattr(recipient, "closed_at", None) is not None:
        return False
    if recipient.is_active:
        return True
    if group is None or not group.reaches_stopped_accounts:
        return False
    return any(check(recipient) for check in _stopped_checks)


def _email_notice(notice: Notice, recipient: Any, *, link_text: str = "") -> None:
    group = group_of(notice.kind)
    context = {
        "notice": notice,
        "recipient": recipient,
        "url": absolute_url(notice.url),
        "link_text": link_text,
        "group": group,
        "settings_url": f"{settings.BASE_URL}/settings/#email",
        # A suspended or banned person is emailed their case but cannot open the
        # notifications page, so the email must not send them there.
        "can_sign_in": recipient.is_active,
    }
    headers: dict[str, str] = {}
    if group is not None and not group.required:
        # RFC 8058: a mail client's "Unsubscribe" button POSTs to this URL, without a session.
        link = unsubscribe_url(user=recipient, group=group)
        context["unsubscribe_url"] = link
        headers = {
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    send_templated_email(
        to=recipient.email, template=NOTICE_EMAIL_TEMPLATE, context=context, headers=headers
    )


def mark_notice_read(*, user: Any, notice_id: int) -> Notice:
    """Idempotent: a notice already read keeps the moment it was first read."""
    notice = get_notice_for_user(user, notice_id)
    if notice.read_at is None:
        now = clock.now()
        Notice.objects.filter(pk=notice.pk, read_at__isnull=True).update(read_at=now)
        notice.refresh_from_db(fields=["read_at"])
    return notice


def mark_all_read(*, user: Any) -> int:
    return Notice.objects.for_recipient(user).unread().update(read_at=clock.now())
