"""What the contract page shows on a milestone for disputes and dormant escrow (registered
with contracts' `register_milestone_links`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from directcontracts.contracts.hooks import MilestoneLink
from directcontracts.contracts.models import (
    Contract,
    ContractState,
    Milestone,
    RefundRequest,
    RefundRequestState,
)
from directcontracts.disputes.models import Dispute, DormancyCase, DormancyState
from directcontracts.disputes.selectors import countdown_of


@dataclass
class _ContractFacts:
    """What the links of every milestone on one page need, read once for the contract."""

    open_disputes: dict[int, Dispute]
    declined_refunds: set[int]
    dormancy: DormancyCase | None


def _facts_of(contract: Contract, role: str) -> _ContractFacts:
    # The milestones of one contract page share their contract object: cache on it, so the
    # page makes two queries however many milestones it shows. Declined refunds are shown
    # only to the client, a dormant escrow only to the freelancer: the other party's page
    # does not read them.
    cached: dict[str, _ContractFacts] = contract.__dict__.setdefault("_dispute_link_facts", {})
    facts = cached.get(role)
    if facts is None:
        disputes: dict[int, Dispute] = {}
        for dispute in Dispute.objects.open().filter(contract_id=contract.pk).order_by("-id"):
            disputes.setdefault(dispute.milestone_id, dispute)
        facts = _ContractFacts(
            open_disputes=disputes,
            declined_refunds=_declined_refunds(contract) if role == "client" else set(),
            dormancy=_open_dormancy(contract) if role == "freelancer" else None,
        )
        cached[role] = facts
    return facts


def _declined_refunds(contract: Contract) -> set[int]:
    return set(
        RefundRequest.objects.filter(
            milestone__contract_id=contract.pk, state=RefundRequestState.DECLINED
        ).values_list("milestone_id", flat=True)
    )


def _open_dormancy(contract: Contract) -> DormancyCase | None:
    return DormancyCase.objects.filter(
        contract_id=contract.pk, state=DormancyState.FREELANCER_WINDOW
    ).first()


def milestone_links(milestone: Milestone, user: Any) -> list[MilestoneLink]:
    contract = milestone.contract
    role = contract.role_of(user)
    if role is None:
        return []
    facts = _facts_of(contract, role)
    links: list[MilestoneLink] = []
    dispute = facts.open_disputes.get(milestone.pk)
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
        declined = milestone.pk in facts.declined_refunds
        links.append(
            MilestoneLink(
                label="Open a dispute",
                url=f"/contracts/{contract.pk}/milestones/{milestone.pk}/dispute/",
                note="Your refund request was declined: a mediator can look at both sides."
                if declined and role == "client"
                else "",
            )
        )
    case = facts.dormancy
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
