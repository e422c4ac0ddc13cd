"""What the contract page shows on a milestone for disputes and dormant escrow (registered
with contracts' `register_milestone_links`)."""

from __future__ import annotations

from typing import Any

from directcontracts.contracts.hooks import MilestoneLink
from directcontracts.contracts.models import ContractState, Milestone, RefundRequestState
from directcontracts.disputes.models import Dispute, DormancyCase, DormancyState
from directcontracts.disputes.selectors import countdown_of


def milestone_links(milestone: Milestone, user: Any) -> list[MilestoneLink]:
    contract = milestone.contract
    role = contract.role_of(user)
    if role is None:
        return []
    links: list[MilestoneLink] = []
    dispute = Dispute.objects.open().filter(milestone_id=milestone.pk).first()
    if dispute is not None:
        due = countdown_of(dispute)
        links.append(
            MilestoneLink(
                label=f"Dispute #{dispute.pk}: {dispute.get_state_display().lower()}",
                url=f"/disputes/{dispute.pk}/",
                note=f"{due.label} in {due.left}" if due is not None else "",
            )
        )
    elif contract.state == ContractState.ACTIVE and milestone.in_escrow:
        declined = milestone.refund_requests.filter(state=RefundRequestState.DECLINED).first()
        links.append(
            MilestoneLink(
                label="Open a dispute",
                url=f"/contracts/{contract.pk}/milestones/{milestone.pk}/dispute/",
                note="Your refund request was declined: a mediator can look at both sides."
                if declined is not None and role == "client"
                else "",
            )
        )
    case = DormancyCase.objects.filter(
        contract_id=contract.pk, state=DormancyState.FREELANCER_WINDOW
    ).first()
    if (
        case is not None
        and role == "freelancer"
        and milestone.in_escrow
        and case.freelancer_deadline
    ):
        links.append(
            MilestoneLink(
                label="Escrow is dormant: request its release",
                url=f"/contracts/{contract.pk}/dormant/",
                note=f"by {case.freelancer_deadline:%d %B %Y %H:%M} UTC",
            )
        )
    return links
