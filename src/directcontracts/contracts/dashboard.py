from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from directcontracts.contracts import selectors
from directcontracts.contracts.templatetags.table_rows import contract_address_maker


def contracts_panel(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    if not (getattr(user, "is_freelancer", False) or getattr(user, "is_client", False)):
        return None
    # The panel shows each contract's number, title and state: only those columns, without
    # the two parties' rows the list page joins (issue 19).
    contracts = list(
        selectors.contracts_of(user).select_related(None).only("id", "title", "state")[:5]
    )
    # Each row's address from one reverse (`{% url 'contracts:detail' c.pk %}` walked the
    # resolver once a row; the same text, issue 19, fifteenth round).
    address = contract_address_maker()
    return {
        "title": "Your contracts",
        "template": "contracts/_dashboard_panel.html",
        "contracts": contracts,
        "rows": [{"contract": c, "address": address(c.pk)} for c in contracts],
        "can_create": getattr(user, "is_freelancer", False),
    }


def earnings_panel(request: HttpRequest) -> dict[str, Any] | None:
    from directcontracts.accounts.models import User
    from directcontracts.contracts.earnings import summary

    user = request.user
    if not isinstance(user, User) or not user.is_freelancer:
        return None
    return {
        "title": "Your earnings",
        "template": "contracts/_earnings_panel.html",
        "rows": summary(user),
    }
