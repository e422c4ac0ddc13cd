from __future__ import annotations

from django.http import HttpRequest

from directcontracts.notifications.selectors import unread_count_once


def unread(request: HttpRequest) -> dict[str, int]:
    """`unread_notifications_count` for the navigation badge (one COUNT on an index)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications_count": unread_count_once(request)}
