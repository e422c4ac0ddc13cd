"""Who is in the finance team: the one check every finance page and service uses.

As support (`support.staff.is_support_staff`) and Trust & Safety
(`trust.actions.is_trust_staff`) check their groups in their own app, finance's group is
checked here, in the ledger app that owns the books: the books overview, the refused
refunds console and the retry service all ask `is_finance_staff`, so a change of who may
see the money (an inactive account, a superuser) is made once.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404

from directcontracts.core.staff_groups import StaffGroup


def is_finance_staff(user: Any) -> bool:
    """Signed in, active, staff and in the finance group (superusers are in every group)."""
    return bool(
        user is not None
        and getattr(user, "is_authenticated", False)
        and user.is_active
        and user.in_staff_group(StaffGroup.FINANCE)
    )


def finance_page_only(user: Any) -> None:
    """A finance page for anyone else does not exist (404, `not_found`), as support's and
    Trust & Safety's consoles do for people outside their team: no hint that it is there."""
    if not is_finance_staff(user):
        raise Http404("Not found.")
