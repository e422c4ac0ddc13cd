"""Freezes and payout holds on the pages that concern them, with the reason in words.

`{% freeze_notices contract %}` on the contract page, `{% milestone_freeze milestone %}` on
each milestone, `{% payout_holds user %}` on the earnings page.
"""

from __future__ import annotations

from typing import Any

from django import template

from directcontracts.contracts import freezes
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.contracts.models import Contract, Milestone
from directcontracts.contracts.selectors import countdown
from directcontracts.core import clock

register = template.Library()


@register.inclusion_tag("contracts/_freezes.html")
def freeze_notices(contract: Contract) -> dict[str, Any]:
    """Freezes on the whole contract (a milestone's own show on the milestone)."""
    notices = [
        freezes.describe(f) for f in freezes.active_freezes(contract) if f.milestone_id is None
    ]
    return {"notices": notices}


@register.inclusion_tag("contracts/_milestone_freeze.html")
def milestone_freeze(milestone: Milestone) -> dict[str, Any]:
    own = (
        EscrowFreeze.objects.active()
        .filter(milestone_id=milestone.pk)
        .select_related("milestone")
        .order_by("created_at", "id")
    )
    left = milestone.review_time_left
    return {
        "notices": [freezes.describe(f) for f in own[:5]],
        "clock_left": countdown(clock.now() + left) if left is not None else "",
        "milestone": milestone,
    }


@register.inclusion_tag("contracts/_payout_holds.html")
def payout_holds(user: Any) -> dict[str, Any]:
    return {"notices": [freezes.describe_hold(h) for h in freezes.active_payout_holds(user)]}
