from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from directcontracts.disputes import selectors
from directcontracts.disputes.access import is_mediation_staff
from directcontracts.disputes.models import Dispute

# The columns `in_words_for` reads: the state in the reader's words and what happens to them
# at the deadline (`Dispute.state_label_for`, `services.default_note`).
_PARTY_WORDS_COLUMNS = (
    "id",
    "state",
    "deadline_at",
    "deadline_kind",
    "opener_role",
    "amount_minor",
    "claim_minor",
    "currency",
    "milestone__title",
    "contract__freelancer_id",
    "contract__client_id",
    "contract__client_name",
    "contract__freelancer__full_name",
    "contract__freelancer__email",
    "contract__freelancer__freelancer_profile__display_name",
    "contract__client__full_name",
    "contract__client__email",
    "contract__client__freelancer_profile__display_name",
)


def disputes_panel(request: HttpRequest) -> dict[str, Any] | None:
    """Parties: their open disputes. Trust & Safety: the queue's most urgent ones."""
    user = request.user
    if is_mediation_staff(user):
        rows = list(selectors.staff_queue(viewer=user)[:5])
        return {
            "title": "Disputes to handle",
            "template": "disputes/_dashboard_panel.html",
            "disputes": [(d, selectors.in_words_for(d, None)) for d in rows],
            "staff": True,
        }
    # Only what the panel shows (number, state, deadline, the milestone's title, and what
    # the reader's words need: the amounts and both parties' names), not the contract's and
    # milestone's every column (issue 19).
    # Most people have no open dispute: a bare look for one first, and the rows with both
    # parties and the latest answers only when there is one (building that query's joins and
    # subqueries cost more than running it, issue 19).
    if not Dispute.objects.visible_to(user).open().exists():
        return None
    rows = list(selectors.disputes_of(user, state="open").only(*_PARTY_WORDS_COLUMNS)[:5])
    if not rows:
        return None
    return {
        "title": "Your open disputes",
        "template": "disputes/_dashboard_panel.html",
        "disputes": [(d, selectors.in_words_for(d, d.role_of(user))) for d in rows],
        "staff": False,
    }
