"""The daily email digest: one email a day listing the notices a person chose to get that way.

A notice of a group the person set to "A daily digest" is made in the app at once and marked
`digest_due` instead of being emailed (notices.notify). Once a day, at EMAIL_DIGEST_HOUR_UTC
(default 08:00 UTC), `send_due_digests` (the worker's periodic task, or `directcontracts
send_email_digests` from cron) sends each such person one email listing the marked notices
made since their previous digest, up to that hour, that they have not read yet, grouped by
contract, each with its words and its link. Nothing is sent when nothing is left unread.

At most one digest per person per day, whatever runs at once or again:

1. `record_digest` writes the digest (the person, the day, the notices it lists) in its own
   transaction; `EmailDigest`'s unique key (person, day) lets only one run record it.
2. `send_digest` locks the recorded row, and only while `sent_at` is empty renders the
   email, sets `sent_at` and queues the email task in the same transaction (an outbox: with
   the database task backend, the default, the queue is a table in the same database). A
   second run finds `sent_at` set and sends nothing; a run that stopped after step 1, or
   anywhere in step 2 before it committed, left `sent_at` empty and no email queued, and the
   next run (`send_unsent_digests`) sends it. After the commit, both are there: the worker
   sends the queued email, once.

With a task queue outside the database (RQ), the email is queued when step 2 commits, and
a crash between the two loses that digest rather than sending it twice (the notices stay in
the app, unread).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Q, Subquery

from directcontracts.core import clock
from directcontracts.core.locks import lock_row
from directcontracts.notifications.conf import digest_hour_utc, digest_hour_words
from directcontracts.notifications.email import send_templated_email
from directcontracts.notifications.email_groups import EmailGroup, group_of
from directcontracts.notifications.email_preferences import unsubscribe_url
from directcontracts.notifications.models import EmailDigest, Notice
from directcontracts.notifications.notices import absolute_url, may_email

DIGEST_EMAIL_TEMPLATE = "notifications/email/digest"


def digest_moment(now: datetime) -> datetime:
    """The latest digest hour at or before `now` (UTC): today's if it has passed, else
    yesterday's. A digest lists notices made up to this moment."""
    now = now.astimezone(UTC)
    today = datetime.combine(now.date(), time(digest_hour_utc()), tzinfo=UTC)
    return today if now >= today else today - timedelta(days=1)


def next_digest_moment(now: datetime) -> datetime:
    """The first digest hour after `now`: when the periodic task runs next."""
    return digest_moment(now) + timedelta(days=1)


def _waiting(moment: datetime) -> Any:
    """Notices waiting for a digest at `moment`: marked, unread, made up to `moment`, after
    the recipient's previous digest."""
    last = (
        EmailDigest.objects.filter(user_id=OuterRef("recipient_id"), cutoff__lt=moment)
        .order_by("-cutoff")
        .values("cutoff")[:1]
    )
    return (
        Notice.objects.filter(digest_due=True, read_at__isnull=True, created_at__lte=moment)
        .annotate(last_cutoff=Subquery(last))
        # After the previous digest's cutoff; every marked one before the first digest.
        .filter(Q(last_cutoff__isnull=True) | Q(created_at__gt=F("last_cutoff")))
    )


def due_recipients(moment: datetime) -> list[int]:
    """The people with notices waiting for the digest of `moment` and no digest recorded
    for its day yet. Accounts that may not be emailed are skipped here already (inactive or
    closed) and again when sending."""
    recorded = EmailDigest.objects.filter(day=moment.date()).values("user_id")
    return sorted(
        set(
            _waiting(moment)
            .filter(recipient__is_active=True)
            .exclude(recipient_id__in=recorded)
            .values_list("recipient_id", flat=True)
        )
    )


def record_digest(*, user_id: int, moment: datetime) -> EmailDigest | None:
    """Step 1: record the person's digest for the day of `moment` with the notices it lists,
    in its own transaction; the digest already recorded for that day if there is one (this
    run or another recorded it); None when nothing is waiting (nothing is recorded)."""
    notice_ids = list(
        _waiting(moment)
        .filter(recipient_id=user_id)
        .order_by("created_at", "id")
        .values_list("id", flat=True)
    )
    if not notice_ids:
        return EmailDigest.objects.filter(user_id=user_id, day=moment.date()).first()
    try:
        with transaction.atomic():
            return EmailDigest.objects.create(
                user_id=user_id, day=moment.date(), cutoff=moment, notice_ids=notice_ids
            )
    except IntegrityError:
        # The unique key (person, day): another run recorded it first. Step 2 decides, under
        # the row's lock, whether it still needs sending.
        return EmailDigest.objects.get(user_id=user_id, day=moment.date())


@dataclass(frozen=True)
class DigestSection:
    """The notices about one contract (`about`), or about none (`about` empty)."""

    about: str
    items: list[dict[str, Any]]


def sections_of(notices: Iterable[Notice]) -> list[DigestSection]:
    """Grouped by what they are about, each contract once, in the order its first notice
    came; notices about no contract last. Within a section, oldest first."""
    by_about: dict[str, list[dict[str, Any]]] = {}
    for notice in notices:
        by_about.setdefault(notice.about, []).append(
            {"notice": notice, "url": absolute_url(notice.url)}
        )
    sections = [DigestSection(about, items) for about, items in by_about.items() if about]
    if "" in by_about:
        sections.append(DigestSection("", by_about[""]))
    return sections


def _groups_of(notices: Iterable[Notice]) -> list[EmailGroup]:
    found: dict[str, EmailGroup] = {}
    for notice in notices:
        group = group_of(notice.kind)
        if group is not None and not group.required:
            found.setdefault(group.key, group)
    return list(found.values())


def send_digest(digest_id: int) -> int:
    """Step 2: send a recorded digest once. Returns how many notices the email listed (0:
    already sent, or nothing left to send). The notices are read again under the lock, so a
    notice read since the digest was recorded is left out."""
    with transaction.atomic():
        digest = lock_row(EmailDigest, digest_id)
        if digest.sent_at is not None:
            return 0
        user = get_user_model().objects.get(pk=digest.user_id)
        notices = list(
            Notice.objects.filter(
                pk__in=digest.notice_ids, recipient_id=user.pk, read_at__isnull=True
            ).order_by("created_at", "id")
        )
        groups = _groups_of(notices)
        if not all(may_email(user, group) for group in groups):
            notices = []  # stopped or closed since: no digest (notices.may_email)
        digest.sent_at = clock.now()
        digest.sent_count = len(notices)
        digest.save(update_fields=["sent_at", "sent_count"])
        if notices:
            _email(user, notices, groups, digest)
        return len(notices)


def _email(user: Any, notices: list[Notice], groups: list[EmailGroup], digest: EmailDigest) -> None:
    links = [{"group": group, "url": unsubscribe_url(user=user, group=group)} for group in groups]
    headers: dict[str, str] = {}
    if len(links) == 1:
        # RFC 8058 has one address per email: a mail client's Unsubscribe button can only
        # mean one group, so it is offered when the digest holds one group's notices; with
        # several, the email's footer has a link for each.
        headers = {
            "List-Unsubscribe": f"<{links[0]['url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    send_templated_email(
        to=user.email,
        template=DIGEST_EMAIL_TEMPLATE,
        html_template=DIGEST_EMAIL_TEMPLATE,
        context={
            "recipient": user,
            "count": len(notices),
            "sections": sections_of(notices),
            "unsubscribe_links": links,
            "settings_url": f"{settings.BASE_URL}/settings/#email",
            "notifications_url": f"{settings.BASE_URL}/notifications/",
            "digest_hour": digest_hour_words(),
        },
        headers=headers,
        outbox_for=digest,  # queued with `sent_at` in one transaction (step 2)
    )


def send_unsent_digests() -> int:
    """Send the digests recorded but not sent (a run that stopped between the two steps)."""
    unsent = EmailDigest.objects.filter(sent_at__isnull=True).order_by("created_at", "id")
    return sum(1 for digest_id in unsent.values_list("id", flat=True) if send_digest(digest_id))


def send_due_digests(*, now: datetime | None = None) -> int:
    """The periodic run: record and send each due person's digest for the latest digest
    hour, then finish any recorded earlier and not sent. Returns how many emails were sent.
    Safe to run at any time and as often as wanted: a day's digest is sent once."""
    moment = digest_moment(now or clock.now())
    sent = send_unsent_digests()
    for user_id in due_recipients(moment):
        digest = record_digest(user_id=user_id, moment=moment)
        if digest is not None and send_digest(digest.pk):
            sent += 1
    return sent
