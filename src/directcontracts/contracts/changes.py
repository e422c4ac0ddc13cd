"""Changing a sent contract by agreement, ending it, and leaving feedback."""

from __future__ import annotations

from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import Max

from directcontracts.accounts.models import User
from directcontracts.contracts import policy
from directcontracts.contracts.announce import announce
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.models import (
    ESCROWED_STATES,
    ChangeProposal,
    Contract,
    ContractState,
    Feedback,
    Milestone,
    MilestoneState,
    ProposalKind,
    ProposalState,
)
from directcontracts.contracts.money import display
from directcontracts.contracts.services import check_milestone_amount, require_active, require_party
from directcontracts.contracts.signed_requests import sign_funding_request
from directcontracts.contracts.states import record_event, state_in_words, transition
from directcontracts.core import clock
from directcontracts.core.errors import Conflict, DomainError, NotFound

UNFUNDED_STATES = {MilestoneState.DRAFT, MilestoneState.AWAITING_FUNDING}
OPEN_MONEY_STATES = {MilestoneState.FUNDING_PENDING, *ESCROWED_STATES}


def _other_party(contract: Contract, user: User) -> User | None:
    return contract.client if user.pk == contract.freelancer_id else contract.freelancer


def _require_active(contract: Contract) -> None:
    require_active(contract, action="changes are proposed")


def _check_proposal(
    contract: Contract,
    *,
    kind: str,
    milestone: Milestone | None,
    title: str,
    amount_minor: int | None,
    due_date: date | None,
) -> None:
    if kind == ProposalKind.ADD_MILESTONE:
        if not title.strip() or amount_minor is None:
            raise DomainError(
                ContractErrorCode.NO_MILESTONES, "A new milestone needs a title and an amount."
            )
        check_milestone_amount(amount_minor, contract.currency)
        return
    if milestone is None or milestone.contract_id != contract.pk:
        raise NotFound("No such milestone in this contract.", code="milestone_not_found")
    if kind == ProposalKind.CHANGE_AMOUNT:
        if milestone.state not in UNFUNDED_STATES:
            raise Conflict(
                ContractErrorCode.INVALID_TRANSITION,
                "A funded milestone's amount can't change; release more or less at approval, or refund.",
                current_state=milestone.state,
            )
        if amount_minor is None:
            raise DomainError(ContractErrorCode.AMOUNT_TOO_SMALL, "Give the new amount.")
        check_milestone_amount(amount_minor, contract.currency)
    elif kind == ProposalKind.CHANGE_DUE_DATE:
        if due_date is None or due_date < clock.now().date():
            raise DomainError(
                ContractErrorCode.INVALID_DUE_DATE, "The new due date must be today or later."
            )
        if milestone.state in (MilestoneState.RELEASED, MilestoneState.REFUNDED):
            raise Conflict(
                ContractErrorCode.INVALID_TRANSITION,
                f"This milestone is {state_in_words(milestone)}, so its due date no longer "
                "matters; propose a new milestone for more work.",
                current_state=milestone.state,
            )
    else:
        raise DomainError(ContractErrorCode.INVALID_PROPOSAL, f"Unknown kind of change {kind!r}.")


def propose_change(
    *,
    contract: Contract,
    by: User,
    kind: str,
    milestone: Milestone | None = None,
    title: str = "",
    amount_minor: int | None = None,
    due_date: date | None = None,
    note: str = "",
) -> ChangeProposal:
    require_party(contract, by)
    _require_active(contract)
    _check_proposal(
        contract,
        kind=kind,
        milestone=milestone,
        title=title,
        amount_minor=amount_minor,
        due_date=due_date,
    )
    if kind == ProposalKind.ADD_MILESTONE:
        # New work is screened like the contract itself (outside the transaction: the log stays).
        # The contract's own scope gives the screener the context a short title lacks.
        context = f"{contract.title}. {contract.description} {note}".strip()
        ref = policy.screen_contract_text(
            title=title, description=context, texts=[], sender_id=by.pk
        )
        if ref:
            raise DomainError(
                ContractErrorCode.POLICY_HOLD,
                "This milestone needs a Trust & Safety review against the work policy before it can be proposed.",
                status=409,
            )
    with transaction.atomic():
        proposal = ChangeProposal.objects.create(
            contract=contract,
            proposed_by=by,
            kind=kind,
            milestone=milestone,
            title=title.strip(),
            amount_minor=amount_minor,
            due_date=due_date,
            note=note.strip(),
        )
        record_event(
            contract=contract,
            milestone=milestone,
            actor=by,
            kind="contract.change_proposed",
            message=describe(proposal),
        )
        announce(
            contract,
            kind="contract.change_proposed",
            key=f"proposal:{proposal.pk}:proposed",
            title=f"{by.display_name} proposes a change to “{contract.title}”",
            body=describe(proposal),
            to=[_other_party(contract, by)],
        )
    return proposal


def describe(proposal: ChangeProposal) -> str:
    currency = proposal.contract.currency
    if proposal.kind == ProposalKind.ADD_MILESTONE:
        return f"Add a milestone “{proposal.title}” of {display(proposal.amount_minor or 0, currency)}."
    target = f"“{proposal.milestone.title}”" if proposal.milestone else "a milestone"
    if proposal.kind == ProposalKind.CHANGE_AMOUNT:
        return f"Change {target} to {display(proposal.amount_minor or 0, currency)}."
    return f"Move {target} to {proposal.due_date:%d %B %Y}."


def _claim(proposal: ChangeProposal, state: str) -> None:
    claimed = ChangeProposal.objects.filter(pk=proposal.pk, state=ProposalState.PENDING).update(
        state=state, answered_at=clock.now()
    )
    if not claimed:
        raise Conflict(
            ContractErrorCode.INVALID_TRANSITION,
            "This proposal was already answered.",
            current_state=proposal.state,
        )


@transaction.atomic
def accept_change(*, proposal: ChangeProposal, by: User) -> ChangeProposal:
    contract = Contract.objects.select_for_update(no_key=True, of=("self",)).get(
        pk=proposal.contract_id
    )
    require_party(contract, by)
    if by.pk == proposal.proposed_by_id:
        raise DomainError(
            ContractErrorCode.WRONG_PARTY,
            "The other party accepts a proposal, not its author.",
            status=403,
        )
    _require_active(contract)
    milestone = (
        Milestone.objects.select_for_update(no_key=True).filter(pk=proposal.milestone_id).first()
        if proposal.milestone_id is not None
        else None
    )
    _check_proposal(
        contract,
        kind=proposal.kind,
        milestone=milestone,
        title=proposal.title,
        amount_minor=proposal.amount_minor,
        due_date=proposal.due_date,
    )
    _claim(proposal, ProposalState.ACCEPTED)
    _apply(contract, proposal, milestone, by)
    announce(
        contract,
        kind="contract.change_accepted",
        key=f"proposal:{proposal.pk}:accepted",
        title=f"{by.display_name} accepted your change to “{contract.title}”",
        body=describe(proposal),
        to=[proposal.proposed_by],
    )
    proposal.refresh_from_db()
    return proposal


def _apply(
    contract: Contract, proposal: ChangeProposal, milestone: Milestone | None, by: User
) -> None:
    if proposal.kind == ProposalKind.ADD_MILESTONE:
        position = (contract.milestones.aggregate(top=Max("position"))["top"] or 0) + 1
        added = Milestone.objects.create(
            contract=contract,
            position=position,
            title=proposal.title,
            amount_minor=proposal.amount_minor or 0,
            due_date=proposal.due_date,
            state=MilestoneState.AWAITING_FUNDING,
        )
        sign_funding_request(added)  # like the milestones agreed at acceptance
        record_event(
            contract=contract,
            milestone=added,
            actor=by,
            kind="milestone.added",
            message=describe(proposal),
        )
        return
    assert milestone is not None  # noqa: S101 - checked by _check_proposal
    if proposal.kind == ProposalKind.CHANGE_AMOUNT:
        milestone.amount_minor = proposal.amount_minor or milestone.amount_minor
        milestone.save(update_fields=["amount_minor"])
        if milestone.state == MilestoneState.AWAITING_FUNDING:
            # The old request asked for the old amount: the verifier now calls it replaced.
            sign_funding_request(milestone)
    else:
        milestone.due_date = proposal.due_date
        milestone.save(update_fields=["due_date"])
    record_event(
        contract=contract,
        milestone=milestone,
        actor=by,
        kind="milestone.changed",
        message=describe(proposal),
    )


@transaction.atomic
def decline_change(*, proposal: ChangeProposal, by: User) -> ChangeProposal:
    contract = proposal.contract
    require_party(contract, by)
    if by.pk == proposal.proposed_by_id:
        _claim(proposal, ProposalState.WITHDRAWN)
        record_event(
            contract=contract,
            actor=by,
            kind="contract.change_withdrawn",
            message=describe(proposal),
        )
    else:
        _claim(proposal, ProposalState.DECLINED)
        record_event(
            contract=contract, actor=by, kind="contract.change_declined", message=describe(proposal)
        )
        announce(
            contract,
            kind="contract.change_declined",
            key=f"proposal:{proposal.pk}:declined",
            title=f"{by.display_name} declined your change to “{contract.title}”",
            body=describe(proposal),
            to=[proposal.proposed_by],
        )
    proposal.refresh_from_db()
    return proposal


# --- Ending and feedback ------------------------------------------------------------------


@transaction.atomic
def end_contract(*, contract: Contract, by: User, reason: str = "") -> Contract:
    """Either party ends an active contract, once no money is pending or held in escrow."""
    contract = Contract.objects.select_for_update(no_key=True, of=("self",)).get(pk=contract.pk)
    require_party(contract, by)
    # Every milestone row, in primary-key order (as a freeze locks them): a funding under way
    # holds its milestone's lock, so it either commits before the check below (and is
    # refused here) or waits and then finds the contract ended (`fund_milestone`).
    list(
        Milestone.objects.select_for_update(no_key=True)
        .filter(contract=contract)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    open_money = contract.milestones.filter(state__in=OPEN_MONEY_STATES)
    if open_money.exists():
        titles = ", ".join(f"“{m.title}”" for m in open_money[:3])
        raise Conflict(
            ContractErrorCode.MONEY_IN_ESCROW,
            f"Money is still pending or held in escrow for {titles}: release or refund it before ending the contract.",
        )
    transition(
        contract,
        ContractState.ENDED,
        actor=by,
        kind="contract.ended",
        message=reason.strip()[:2000],
        ended_at=clock.now(),
    )
    announce(
        contract,
        kind="contract.ended",
        key=f"contract:{contract.pk}:ended",
        title=f"“{contract.title}” has ended",
        body="You can now leave feedback for each other.",
        to=[_other_party(contract, by)],
    )
    return contract


def leave_feedback(*, contract: Contract, by: User, rating: int, comment: str = "") -> Feedback:
    require_party(contract, by)
    if contract.state != ContractState.ENDED:
        raise Conflict(
            ContractErrorCode.INVALID_TRANSITION,
            "Feedback opens once the contract has ended.",
            current_state=contract.state,
        )
    if not 1 <= rating <= 5:
        raise DomainError(ContractErrorCode.INVALID_RATING, "Rate from 1 to 5 stars.")
    try:
        with transaction.atomic():
            feedback = Feedback.objects.create(
                contract=contract, author=by, rating=rating, comment=comment.strip()[:2000]
            )
    except IntegrityError:
        raise Conflict(
            ContractErrorCode.FEEDBACK_GIVEN, "You already left feedback on this contract."
        ) from None
    record_event(contract=contract, actor=by, kind="contract.feedback", message=f"{rating}/5")
    return feedback
