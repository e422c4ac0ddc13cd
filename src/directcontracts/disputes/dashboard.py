from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from directcontracts.disputes import selectors
from directcontracts.disputes.access import is_mediation_staff


def disputes_panel(request: HttpRequest) -> dict[str, Any] | None:
    """Parties: their open disputes. Trust & Safety: the queue's most urgent ones."""
    user = request.user
    if is_mediation_staff(user):
        rows = list(selectors.staff_queue()[:5])
        return {
            "title": "Disputes to handle",
            "template": "disputes/_dashboard_panel.html",
            "disputes": [(d, selectors.countdown_of(d)) for d in rows],
            "staff": True,
        }
    # Only what the panel shows (number, state, deadline, the milestone's title), not the
    # contract's and milestone's every column (issue 19).
    rows = list(
        selectors.disputes_of(user, state="open")
        .select_related(None)
        .select_related("milestone")
        .only("id", "state", "deadline_at", "deadline_kind", "milestone__title")[:5]
    )
    if not rows:
        return None
    return {
        "title": "Your open disputes",
        "template": "disputes/_dashboard_panel.html",
        "disputes": [(d, selectors.countdown_of(d)) for d in rows],
        "staff": False,
    }
