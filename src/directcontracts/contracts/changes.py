"""Changing a sent contract by agreement, ending it, and leaving feedback."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max

from directcontracts.accounts.models import User
from directcontracts.contracts import feedback, policy
from directcontracts.contracts.announce import (
    Note,
    announce,
    announce_each,
    client_name,
    contract_path,
)
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.messaging import count_words_sent
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
from directcontracts.contracts.services import (
    check_due_date,
    check_milestone_amount,
    require_active,
    require_party,
)
from directcontracts.contracts.signed_requests import how_to_verify, sign_funding_request
from directcontracts.contracts.states import (
    InvalidTransition,
    can_transition,
    lock_milestones,
    record_event,
    state_in_words,
    transition,
)
from directcontracts.core import clock
from directcontracts.core.dates import day_in_words
from directcontracts.core.errors import Conflict, DomainError, NotFound
from directcontracts.core.locks import lock_row, lock_row_or_none
from directcontracts.payments import charges
from directcontracts.verification.signing import Issued

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
        check_due_date(due_date)
        _require_room_for_a_milestone(contract)
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
        if charges.charge_unanswered(f"milestone:{milestone.pk}"):
            # The client is being charged the amount as it is (checked under the milestone's
            # lock, which the funding's first step holds too).
            raise Conflict(
                ContractErrorCode.PAYMENT_IN_PROGRESS,
                f"A payment for “{milestone.title}” is waiting for the payment processor's "
                "answer, so its amount can't change now. Try again in a few minutes.",
                current_state=milestone.state,
            )
        if amount_minor is None:
            raise DomainError(ContractErrorCode.AMOUNT_TOO_SMALL, "Give the new amount.")
        check_milestone_amount(amount_minor, contract.currency)
    elif kind == ProposalKind.CHANGE_DUE_DATE:
        if due_date is None:
            message = "Give the new due date."
            raise DomainError(
                ContractErrorCode.INVALID_DUE_DATE,
                message,
                fields=[{"field": "due_date", "message": message}],
            )
        check_due_date(due_date)
        if milestone.state in (MilestoneState.RELEASED, MilestoneState.REFUNDED):
            raise Conflict(
                ContractErrorCode.INVALID_TRANSITION,
                f"This milestone is {state_in_words(milestone)}, so its due date no longer "
                "matters; propose a new milestone for more work.",
                current_state=milestone.state,
            )
    else:
        raise DomainError(ContractErrorCode.INVALID_PROPOSAL, f"Unknown kind of change {kind!r}.")


def _require_room_for_a_milestone(contract: Contract) -> None:
    """A milestone added by agreement is bound by the most a contract may have, as one
    created with the contract is (checked when proposed and again, under the contract's
    lock, when accepted)."""
    most = settings.MAX_MILESTONES_PER_CONTRACT
    if contract.milestones.count() >= most:
        raise DomainError(
            ContractErrorCode.TOO_MANY_MILESTONES,
            f"A contract can have at most {most} milestones, and this one has them all.",
        )


def _require_room_for_a_proposal(contract: Contract, by: User) -> None:
    """Each waiting proposal is listed with its buttons on the other party's page: without
    a bound a party could pile up thousands there (round E bounded the rate, not the pile).
    Counted once before the screener (a cheap refusal) and again under the contract's lock
    (`_lock_and_recount_room`), so proposals sent at one instant cannot all pass."""
    most = settings.OPEN_PROPOSALS_PER_PARTY
    waiting = contract.proposals.filter(proposed_by=by, state=ProposalState.PENDING).count()
    if waiting >= most:
        raise Conflict(
            ContractErrorCode.TOO_MANY_OPEN_PROPOSALS,
            f"You have {waiting} proposed changes waiting for an answer, the most at once. "
            "Wait for answers, or withdraw one, before proposing another.",
        )


def _lock_and_recount_room(contract: Contract, by: User) -> None:
    """Proposals on one contract are made one at a time (the same lock accepting takes):
    the second of two sent at once counts the first."""
    lock_row_or_none(Contract, contract.pk)
    _require_room_for_a_proposal(contract, by)


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
    _require_room_for_a_proposal(contract, by)
    count_words_sent(contract, by)
    policy.screen_words_to_the_other_party(text=note, sender=by, contract=contract, what="note")
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
        _lock_and_recount_room(contract, by)
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
        was = _current_value(proposal, milestone)
        record_event(
            contract=contract,
            milestone=milestone,
            actor=by,
            kind="contract.change_proposed",
            message=describe(proposal, was=was),
        )
        # The other party reads what changes (from what, to what), the proposer's note, and
        # where to answer: a bare "Change X to $1,000.00" is neither a question nor a reason.
        note = f"\n\nTheir note: “{proposal.note}”" if proposal.note else ""
        announce(
            contract,
            kind="contract.change_proposed",
            key=f"proposal:{proposal.pk}:proposed",
            title=f"{by.display_name} proposes a change",
            body=f"{describe(proposal, was=was)}{note}\n\nAccept or decline it in the "
            "contract's Changes section; nothing changes until you accept.",
            to=[_other_party(contract, by)],
            url=contract_path(contract, "changes"),
        )
    return proposal


def _current_value(proposal: ChangeProposal, milestone: Milestone | None) -> int | date | None:
    """What the proposal would change, as it is now: the amount or due date it replaces."""
    if milestone is None:
        return None
    if proposal.kind == ProposalKind.CHANGE_AMOUNT:
        return milestone.amount_minor
    if proposal.kind == ProposalKind.CHANGE_DUE_DATE:
        return milestone.due_date
    return None


def describe(proposal: ChangeProposal, *, was: int | date | None = None) -> str:
    """The change in words; `was`, the amount or due date it replaces, says "from what"."""
    currency = proposal.contract.currency
    if proposal.kind == ProposalKind.ADD_MILESTONE:
        return f"Add a milestone “{proposal.title}” of {display(proposal.amount_minor or 0, currency)}."
    target = _target(proposal)
    if proposal.kind == ProposalKind.CHANGE_AMOUNT:
        new = display(proposal.amount_minor or 0, currency)
        if isinstance(was, int) and not isinstance(was, bool):
            return f"Change {target} from {display(was, currency)} to {new}."
        return f"Change {target} to {new}."
    if isinstance(was, date) and proposal.due_date is not None:
        return f"Move {target} from {day_in_words(was)} to {day_in_words(proposal.due_date)}."
    return (
        f"Move {target} to {day_in_words(proposal.due_date)}."
        if proposal.due_date
        else f"Move {target}."
    )


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
    contract = lock_row(Contract, proposal.contract_id)
    require_party(contract, by)
    if by.pk == proposal.proposed_by_id:
        raise DomainError(
            ContractErrorCode.WRONG_PARTY,
            "The other party accepts a proposal, not its author.",
            status=403,
        )
    _require_active(contract)
    _refuse_a_passed_due_date(proposal)
    milestone = (
        lock_row_or_none(Milestone, proposal.milestone_id)
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
    was = _current_value(proposal, milestone)
    new_request = _apply(contract, proposal, milestone, by, was=was)
    _tell_accepted(contract, proposal, by, new_request, was=was)
    proposal.refresh_from_db()
    return proposal


def _refuse_a_passed_due_date(proposal: ChangeProposal) -> None:
    """A proposed due date that has passed while the proposal waited is not agreed to: the
    day is no longer in anyone's reach, and only a new proposal can name another one (the
    person accepting can't edit this one)."""
    if proposal.due_date is None or proposal.due_date >= clock.now().date():
        return
    if proposal.kind == ProposalKind.CHANGE_DUE_DATE:
        what = f"moves {_target(proposal)} to {day_in_words(proposal.due_date)}"
    else:
        what = f"adds “{proposal.title}” due on {day_in_words(proposal.due_date)}"
    raise Conflict(
        ContractErrorCode.PROPOSAL_DUE_DATE_PASSED,
        f"This proposal {what}, a day that has passed, so it can't be accepted. Decline it "
        "and propose a new due date in the contract's Changes section.",
        due_date=proposal.due_date.isoformat(),
    )


def _target(proposal: ChangeProposal) -> str:
    return f"“{proposal.milestone.title}”" if proposal.milestone else "a milestone"


@dataclass(frozen=True)
class NewFundingRequest:
    """The funding request an agreed change issued: for a milestone added, or for a new
    amount on a milestone still waiting for the client's money (`replaced_minor` is then
    the amount the earlier request asked for)."""

    milestone: Milestone
    issued: Issued
    replaced_minor: int | None


def _tell_accepted(
    contract: Contract,
    proposal: ChangeProposal,
    by: User,
    new_request: NewFundingRequest | None,
    *,
    was: int | date | None,
) -> None:
    """The proposer is told their change was accepted. When it issued a new funding request
    the client is told too, whoever accepted: which request is replaced and where to pay
    (the earlier request's code no longer verifies); the freelancer, that the client was
    sent it. One webhook event, however many are told."""
    key = f"proposal:{proposal.pk}:accepted"
    what = describe(proposal, was=was)
    agreed = f"Agreed: {_lower_first(what)} The contract now says so."
    client, freelancer = contract.client, contract.freelancer
    named = client_name(contract)
    if new_request is None:
        announce(
            contract,
            kind="contract.change_accepted",
            key=key,
            title=f"{by.display_name} accepted your change",
            body=agreed,
            to=[proposal.proposed_by],
        )
        return
    milestone = new_request.milestone
    amount = display(milestone.amount_minor, contract.currency)
    url = contract_path(contract, f"milestone-{milestone.pk}")
    if new_request.replaced_minor is None:
        for_client = f"“{milestone.title}” waits for your payment of {amount}: pay it"
        for_freelancer = f"{named} was sent a payment request of {amount} for “{milestone.title}”."
    else:
        earlier = display(new_request.replaced_minor, contract.currency)
        for_client = (
            f"The earlier payment request for “{milestone.title}” ({earlier}) is replaced "
            f"and no longer valid: pay the new one, {amount},"
        )
        for_freelancer = (
            f"{named} was sent a new payment request of {amount} for "
            f"“{milestone.title}”; the earlier one ({earlier}) is replaced."
        )
    # The notice links the milestone's card (the email's "Open it here"): the text names
    # the page once, not a second copy of the link.
    for_client += " on the contract page.\n\n" + how_to_verify(new_request.issued)
    for_freelancer += " Start work on it once it is funded: you'll be told."
    notes: list[Note] = []
    if client is not None:
        client_proposed = proposal.proposed_by_id == client.pk
        notes.append(
            Note(
                client,
                (
                    f"{by.display_name} accepted your change: pay the new request"
                    if client_proposed
                    else f"New payment request for “{milestone.title}”"
                ),
                (
                    agreed
                    if client_proposed
                    else f"You accepted {freelancer.display_name}'s proposal to {what[:1].lower()}{what[1:]}"
                )
                + f"\n\n{for_client}",
                url=url,
            )
        )
    if proposal.proposed_by_id == freelancer.pk:
        notes.append(
            Note(
                freelancer,
                f"{by.display_name} accepted your change",
                f"{agreed}\n\n{for_freelancer}",
            )
        )
    announce_each(
        contract, kind="contract.change_accepted", key=key, milestone=milestone, notes=notes
    )


def accepted_change_message(proposal: ChangeProposal, by: User) -> str:
    """What the person who accepted reads on the page when the change issued a new funding
    request: the client where to pay, the freelancer that the client was sent it."""
    milestone = proposal.milestone
    if proposal.kind == ProposalKind.ADD_MILESTONE:
        if by.pk == proposal.contract.client_id:
            return "Change accepted. The new milestone waits for your payment below."
        return "Change accepted. Your client was sent a payment request for the new milestone."
    if (
        proposal.kind == ProposalKind.CHANGE_AMOUNT
        and milestone is not None
        and milestone.state == MilestoneState.AWAITING_FUNDING
    ):
        if by.pk == proposal.contract.client_id:
            return (
                f"Change accepted. The earlier payment request for “{milestone.title}” is "
                "replaced: pay the new amount below."
            )
        return (
            f"Change accepted. Your client was sent a new payment request for "
            f"“{milestone.title}”; the earlier one is replaced."
        )
    return "Change accepted."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _apply(
    contract: Contract,
    proposal: ChangeProposal,
    milestone: Milestone | None,
    by: User,
    *,
    was: int | date | None = None,
) -> NewFundingRequest | None:
    """Make the change; the funding request it issued, if any."""
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
        issued = sign_funding_request(added)  # like the milestones agreed at acceptance
        record_event(
            contract=contract,
            milestone=added,
            actor=by,
            kind="milestone.added",
            message=describe(proposal),
        )
        return NewFundingRequest(added, issued, replaced_minor=None)
    assert milestone is not None  # noqa: S101 - checked by _check_proposal
    new_request = None
    if proposal.kind == ProposalKind.CHANGE_AMOUNT:
        earlier = milestone.amount_minor
        milestone.amount_minor = proposal.amount_minor or milestone.amount_minor
        milestone.save(update_fields=["amount_minor"])
        if milestone.state == MilestoneState.AWAITING_FUNDING:
            # The old request asked for the old amount: the verifier now calls it replaced.
            new_request = NewFundingRequest(
                milestone, sign_funding_request(milestone), replaced_minor=earlier
            )
    else:
        milestone.due_date = proposal.due_date
        milestone.save(update_fields=["due_date"])
    record_event(
        contract=contract,
        milestone=milestone,
        actor=by,
        kind="milestone.changed",
        message=describe(proposal, was=was),
    )
    return new_request


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
            title=f"{by.display_name} declined your change",
            body=describe(proposal),
            to=[proposal.proposed_by],
        )
    proposal.refresh_from_db()
    return proposal


# --- Ending and feedback ------------------------------------------------------------------


def check_can_end(contract: Contract) -> None:
    """What ending refuses by the contract's state alone (money in escrow is checked when
    ending, under the row locks): the same refusal as `end_contract`'s."""
    if not can_transition(contract, ContractState.ENDED):
        raise InvalidTransition(contract, ContractState.ENDED)


def end_contract(*, contract: Contract, by: User, reason: str = "") -> Contract:
    """Either party ends an active contract, once no money is pending or held in escrow.
    The reason reaches the other party: screened as a message is, outside the transaction."""
    require_party(contract, by)
    policy.screen_words_to_the_other_party(text=reason, sender=by, contract=contract, what="reason")
    return _end_contract(contract=contract, by=by, reason=reason)


@transaction.atomic
def _end_contract(*, contract: Contract, by: User, reason: str) -> Contract:
    contract = lock_row(Contract, contract.pk)
    require_party(contract, by)
    # Every milestone row, in primary-key order (as a freeze locks them): a funding under way
    # holds its milestone's lock, so it either commits before the check below (and is
    # refused here) or waits and then finds the contract ended (`fund_milestone`).
    lock_milestones(contract)
    open_money = contract.milestones.filter(state__in=OPEN_MONEY_STATES)
    if open_money.exists():
        titles = ", ".join(f"“{m.title}”" for m in open_money[:3])
        raise Conflict(
            ContractErrorCode.MONEY_IN_ESCROW,
            f"Money is still pending or held in escrow for {titles}: release or refund it before ending the contract.",
        )
    if charges.charge_unanswered(
        *(f"milestone:{pk}" for pk in contract.milestones.values_list("pk", flat=True))
    ):
        # A charge on its way would reserve escrow on an ended contract once answered.
        raise Conflict(
            ContractErrorCode.PAYMENT_IN_PROGRESS,
            "A payment into this contract is waiting for the payment processor's answer: "
            "end the contract once it is answered (in a few minutes).",
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
        title=f"{by.display_name} ended the contract",
        body=(f"Their reason: “{reason.strip()[:2000]}”\n\n" if reason.strip() else "")
        + f"Nothing more is paid into it. You can now leave feedback on your work with "
        f"{by.display_name}, until {_feedback_closes(contract)}.",
        url=contract_path(contract, "feedback"),
        to=[_other_party(contract, by)],
    )
    return contract


def require_feedback_open(contract: Contract) -> None:
    if contract.state != ContractState.ENDED:
        raise Conflict(
            ContractErrorCode.INVALID_TRANSITION,
            "Feedback opens once the contract has ended.",
            current_state=contract.state,
        )
    if not feedback.window_open(contract):
        closes = feedback.window_closes(contract)
        raise Conflict(
            ContractErrorCode.FEEDBACK_CLOSED,
            f"Feedback closed on {closes:%-d %B %Y at %H:%M} UTC, "
            f"{settings.FEEDBACK_WINDOW_DAYS} days after the contract ended.",
        )


def leave_feedback(*, contract: Contract, by: User, rating: int, comment: str = "") -> Feedback:
    require_party(contract, by)
    require_feedback_open(contract)
    if not 1 <= rating <= 5:
        raise DomainError(ContractErrorCode.INVALID_RATING, "Rate from 1 to 5 stars.")
    # The comment is the other party's to read: screened as a message is.
    policy.screen_words_to_the_other_party(
        text=comment, sender=by, contract=contract, what="comment"
    )
    try:
        with transaction.atomic():
            given = Feedback.objects.create(
                contract=contract, author=by, rating=rating, comment=comment.strip()[:2000]
            )
    except IntegrityError:
        raise Conflict(
            ContractErrorCode.FEEDBACK_GIVEN, "You already left feedback on this contract."
        ) from None
    # No rating in the event: the other party reads the timeline, and feedback is blind.
    record_event(contract=contract, actor=by, kind="contract.feedback")
    _announce_feedback(contract, by)
    return given


def _feedback_closes(contract: Contract) -> str:
    closes = feedback.window_closes(contract)
    return f"{closes:%-d %B %Y} (UTC)" if closes else "the end of the feedback window"


def _announce_feedback(contract: Contract, by: User) -> None:
    """The other party is told feedback was left, never what it says (it is blind)."""
    other = _other_party(contract, by)
    if other is None:
        return
    if contract.feedback.filter(author=other).exists():
        body = "You have both left feedback, so each of you can now read the other's."
    else:
        body = (
            f"It stays hidden until you leave yours, or until {_feedback_closes(contract)} when "
            "feedback closes and what was left shows. Neither of you sees the other's first."
        )
    announce(
        contract,
        kind="contract.feedback_left",
        key=f"contract:{contract.pk}:feedback:{by.pk}",
        title=f"{by.display_name} left feedback",
        body=body,
        url=contract_path(contract, "feedback"),
        to=[other],
    )
