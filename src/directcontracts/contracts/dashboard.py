from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from directcontracts.contracts import selectors


def contracts_panel(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    if not (getattr(user, "is_freelancer", False) or getattr(user, "is_client", False)):
        return None
    contracts = list(selectors.contracts_of(user)[:5])
    return {
        "title": "Your contracts",
        "template": "contracts/_dashboard_panel.html",
        "contracts": contracts,
        "can_create": getattr(user, "is_freelancer", False),
    }
