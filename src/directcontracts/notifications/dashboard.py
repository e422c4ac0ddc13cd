from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from directcontracts.notifications import selectors


def unread_notices_panel(request: HttpRequest) -> dict[str, Any] | None:
    """The latest unread notices; no panel at all when there is nothing new."""
    if not request.user.is_authenticated:
        return None
    notices = selectors.latest_unread_once(request, limit=5)
    if not notices:
        return None
    return {
        "title": "New notifications",
        "template": "notifications/_panel.html",
        "notices": notices,
        "unread_count": selectors.unread_count_once(request),
    }
