"""Links on the staff home (/staff/), registered by the apps that own the work.

Each app registers, in its AppConfig.ready(), what a staff group does there: the Trust &
Safety queue, the support inbox, finance's payout holds. The staff home shows a person the
links of the groups they belong to (superusers see all), so a new console appears there
without the core app knowing it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


@dataclass(frozen=True)
class StaffLink:
    group: str  # "trust_safety", "support" or "finance"
    title: str
    url_name: str  # reversed when the page is drawn
    description: str
    order: int = 100
    # How many items wait there for the member reading the home (open cases, unresolved
    # alerts), counted as their list shows them: without the member's own matters
    # (core/own_matter.py), as one query, never one per row. None shows no count.
    waiting: Callable[[Any], int] | None = None
    # A sentence to warn that member with (work near its deadline, their own matters left
    # out as in `waiting`), or "" for none; None: never warns.
    warning: Callable[[Any], str] | None = None
    # Other groups that read the same page (finance read the chargebacks Trust & Safety work).
    also_for: tuple[str, ...] = ()

    def is_for(self, groups: set[str]) -> bool:
        return self.group in groups or not groups.isdisjoint(self.also_for)


_links: list[StaffLink] = []


def register_staff_link(link: StaffLink) -> None:
    if all(existing.url_name != link.url_name for existing in _links):
        _links.append(link)
        _links.sort(key=lambda item: (item.order, item.title))


def staff_links_for(user: AbstractBaseUser | AnonymousUser) -> list[StaffLink]:
    if not user.is_authenticated or not getattr(user, "is_staff", False):
        return []
    if getattr(user, "is_superuser", False):
        return list(_links)
    groups = set(user.groups.values_list("name", flat=True))  # type: ignore[attr-defined]
    return [link for link in _links if link.is_for(groups)]
