"""What the contract page shows on a milestone for disputes and dormant escrow (registered
with contracts' `register_milestone_links`), and the next step while a dispute about it is
open (`register_milestone_step`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from directcontracts.contracts.hooks import MilestoneLink
from directcontracts.contracts.models import (
    Contract,
    ContractState,
    Milestone,
    RefundRequest,
    RefundRequestState,
)
from directcontracts.contracts.progress import NextStep
from directcontracts.core.dates import moment_in_words
from directcontracts.disputes.models import (
    Dispute,
    DisputeState,
    DormancyCase,
    DormancyState,
)
from directcontracts.disputes.selectors import in_words_for


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
        # Most contracts have no open dispute: a bare look for one first, and the disputes
        # with the latest proposal's answers (the next step needs them) only when there is
        # one (the answers' two subqueries cost more to build than the query, issue 19).
        open_ones = Dispute.objects.open().filter(contract_id=contract.pk)
        ids = list(open_ones.values_list("pk", flat=True))
        rows = open_ones.filter(pk__in=ids).with_latest_answers().order_by("-id") if ids else []
        for dispute in rows:
            dispute.contract = contract  # the page's own: its parties are read once
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
        # The dispute page's words for this reader: whose turn it is, the deadline in UTC and
        # what happens to them then.
        words = in_words_for(dispute, role)
        due = words.due
        links.append(
            MilestoneLink(
                label=f"Dispute #{dispute.pk}: {words.state}",
                url=f"/disputes/{dispute.pk}/",
                note=f"{due.label} {_by(dispute.deadline_at)} (in {due.left}). "
                f"{words.at_deadline}".strip()
                if due is not None
                else "",
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
                note=f"by {moment_in_words(case.freelancer_deadline)} UTC",
            )
        )
    return links


def milestone_step(milestone: Milestone, role: str) -> NextStep | None:
    """The next step while a dispute about this milestone is open: its escrow is frozen and
    its review clock stopped, so the dispute's deadlines are the ones that count."""
    if role not in ("freelancer", "client"):
        return None
    dispute = _facts_of(milestone.contract, role).open_disputes.get(milestone.pk)
    if dispute is None:
        return None
    title = f"“{milestone.title}”"
    other = dispute.party_name("client" if role == "freelancer" else "freelancer")
    href = f"/disputes/{dispute.pk}/"
    follow = f"Go to dispute #{dispute.pk}"
    when = _by(dispute.deadline_at)
    state = dispute.state
    if state in (DisputeState.OPENED, DisputeState.AWAITING_RESPONSE):
        if role == dispute.respondent_role:
            return NextStep(
                f"A dispute about {title} is open: answer it with your side, or {other} "
                "gets what they asked for.",
                when,
                href=href,
                link=f"{follow} to answer it",
            )
        return NextStep(
            f"You opened a dispute about {title}: {other} answers it. "
            + in_words_for(dispute, role).at_deadline,
            when,
            yours=False,
            href=href,
            link=follow,
        )
    if state == DisputeState.IN_MEDIATION:
        return NextStep(
            f"A mediator is reading both sides of the dispute about {title} and proposes how "
            "to share the money; you can still add to your side.",
            when,
            yours=False,
            href=href,
            link=follow,
        )
    if state == DisputeState.PROPOSAL_MADE:
        answered = getattr(dispute, f"proposal_{role}_answer", "")
        if not answered:
            return NextStep(
                f"The mediator proposed how to share the money in the dispute about {title}: "
                f"accept or reject the proposal (if {other} answers and you don't, all of "
                "the escrow goes to them).",
                when,
                href=href,
                link=f"{follow} to answer the proposal",
            )
        return NextStep(
            f"You answered the mediator's proposal on {title}; {other} answers next. "
            + in_words_for(dispute, role).at_deadline,
            when,
            yours=False,
            href=href,
            link=follow,
        )
    return NextStep(  # awaiting_decision
        f"Trust & Safety are deciding the dispute about {title}; they'll tell you both.",
        when,
        yours=False,
        href=href,
        link=follow,
    )


def _by(moment: datetime | None) -> str:
    return f"by {moment:%-d %B %Y %H:%M} UTC" if moment else ""
