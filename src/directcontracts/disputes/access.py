"""The one scoped lookup: a dispute on another party's contract does not exist (404).
Trust & Safety staff see every dispute."""

from __future__ import annotations

from directcontracts.core.errors import NotFound
from directcontracts.core.own_matter import is_a_party
from directcontracts.disputes.errors import DisputeErrorCode
from directcontracts.disputes.models import Dispute

NOT_FOUND_MESSAGE = "No dispute with this number is visible to you."
# A member who is a party to the contract is refused every staff step and staff read on its
# dispute or chargeback (core/own_matter.py, `staff_is_a_party`).
PARTY_REFUSAL_WHAT = "this contract"
PARTY_REFUSAL_TEAM = "Trust & Safety"


def is_mediation_staff(user: object) -> bool:
    return bool(getattr(user, "in_staff_group", lambda *_: False)("trust_safety"))


def mediates(user: object, dispute: Dispute) -> bool:
    """`user` reads `dispute` as Trust & Safety (staff notes, internal events, delivered
    files): a member who is not a party to its contract. Staff may also work as freelancers
    or clients, and read their own disputes as the party they are."""
    return is_mediation_staff(user) and not is_a_party(user, contract=dispute.contract)


def get_dispute_for_user(user: object, dispute_id: int) -> Dispute:
    rows = Dispute.objects.select_related(
        "contract",
        "contract__freelancer",
        "contract__client",
        "milestone",
        "freeze",
        "mediator",
        "opened_by",
    )
    if not is_mediation_staff(user):
        rows = rows.visible_to(user)
    dispute = rows.filter(pk=dispute_id).first()
    if dispute is None:
        raise NotFound(NOT_FOUND_MESSAGE, code=DisputeErrorCode.NOT_FOUND)
    return dispute
