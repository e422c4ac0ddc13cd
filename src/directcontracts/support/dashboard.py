"""The dashboard panel: a person's open requests, or the queue's size for the support team."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from directcontracts.support import selectors
from directcontracts.support.models import ACTIVE_STATUSES
from directcontracts.support.staff import is_support_staff


def support_panel(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    if is_support_staff(user):
        return {
            "title": "Support queue",
            "template": "support/panel_staff.html",
            "counts": selectors.queue_counts(viewer=user),
        }
    open_requests = list(
        selectors.requests_of(user)
        .filter(status__in=ACTIVE_STATUSES)
        .only("id", "reference", "subject", "status")[:5]
    )
    if not open_requests:
        return None
    return {
        "title": "Your support requests",
        "template": "support/panel.html",
        "requests": open_requests,
    }
