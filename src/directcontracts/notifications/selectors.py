"""Reads for pages, the API and the dashboard panel."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Case, Count, IntegerField, QuerySet, Value, When, Window

from directcontracts.notifications.email_groups import (
    DAILY,
    FREQUENCY_LABELS,
    IMMEDIATE,
    OFF,
    EmailGroup,
    Frequency,
    groups_for,
)
from directcontracts.notifications.models import (
    EmailPreferences,
    Notice,
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
)


def notices_for(user: Any, *, unread_only: bool = False) -> QuerySet[Notice]:
    notices = Notice.objects.for_recipient(user)
    return notices.unread() if unread_only else notices


def notices_unread_first(user: Any) -> QuerySet[Notice]:
    """The web list: what still needs attention comes first, then the rest, newest first."""
    unread_rank = Case(
        When(read_at__isnull=True, then=Value(0)), default=Value(1), output_field=IntegerField()
    )
    return notices_for(user).order_by(unread_rank, "-created_at", "-id")


def unread_count(user: Any) -> int:
    return Notice.objects.for_recipient(user).unread().count()


def unread_count_once(request: Any) -> int:
    """The unread count for this request, read once however many parts of a page show it."""
    if not hasattr(request, "_unread_notices"):
        request._unread_notices = unread_count(request.user)
    return int(request._unread_notices)


def latest_unread(user: Any, *, limit: int = 5) -> list[Notice]:
    return list(notices_for(user, unread_only=True)[:limit])


def latest_unread_once(request: Any, *, limit: int = 5) -> list[Notice]:
    """The latest unread notices and, in the same query, how many are unread in all (a
    window count), kept for the request as `unread_count_once` reads it: one query for the
    dashboard's panel and the header's badge. Only the columns the panel shows."""
    rows = list(
        notices_for(request.user, unread_only=True)
        .only("id", "title", "about", "url", "link_text", "created_at")
        .annotate(unread_total=Window(Count("id")))[:limit]
    )
    request._unread_notices = rows[0].unread_total if rows else 0
    return list[Notice](rows)


def endpoints_of(user: Any) -> QuerySet[WebhookEndpoint]:
    return WebhookEndpoint.objects.filter(owner=user)


def deliveries_of(endpoint: WebhookEndpoint) -> QuerySet[WebhookDelivery]:
    return endpoint.deliveries.select_related("event").order_by("-created_at", "-id")


def attempts_of(delivery: WebhookDelivery) -> QuerySet[WebhookAttempt]:
    return delivery.attempts.order_by("number")


# --- Email preferences ---------------------------------------------------------------------


@dataclass(frozen=True)
class EmailChoice:
    group: EmailGroup
    frequency: Frequency  # IMMEDIATE, DAILY or OFF (email_groups.py); always IMMEDIATE if required

    @property
    def options(self) -> list[tuple[Frequency, str]]:
        """The choices this group offers, with their words ("A daily digest")."""
        return [(f, FREQUENCY_LABELS[f]) for f in self.group.frequencies]

    @property
    def email(self) -> bool:
        """Notices of this group are emailed (one by one or in the daily digest)."""
        return self.frequency != OFF


def groups_off_for(user: Any) -> frozenset[str]:
    """The email groups a person turned off (none until they choose: one query)."""
    found = EmailPreferences.objects.filter(user_id=user.pk).values_list("groups_off", flat=True)
    return frozenset(found.first() or [])


def chosen_frequencies(user: Any) -> dict[str, Frequency]:
    """Group key → OFF or DAILY for the groups a person does not get as they happen (one
    query; empty until they choose). A key in both lists, which the writes never make,
    reads as off."""
    row = (
        EmailPreferences.objects.filter(user_id=user.pk)
        .values_list("groups_off", "groups_daily")
        .first()
    )
    if row is None:
        return {}
    off, daily = row
    chosen: dict[str, Frequency] = dict.fromkeys(daily or [], DAILY)
    chosen.update(dict.fromkeys(off or [], OFF))
    return chosen


def frequency_for(user: Any, group: EmailGroup) -> Frequency:
    """How a notice of `group` is emailed to `user`; a required group always as it happens."""
    if group.required:
        return IMMEDIATE
    return chosen_frequencies(user).get(group.key, IMMEDIATE)


def email_choices_of(user: Any) -> list[EmailChoice]:
    """Every group the person can receive, in order, with how it is emailed; a required
    group is always emailed as it happens."""
    chosen = chosen_frequencies(user)
    return [
        EmailChoice(
            group=group,
            frequency=IMMEDIATE if group.required else chosen.get(group.key, IMMEDIATE),
        )
        for group in groups_for(user)
    ]
