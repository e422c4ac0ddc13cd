"""Disputes: opening, statements and evidence, mediation, proposals, decisions, withdrawal.

Design:

1. One service per step: keyword-only, guard clauses first, atomic. A step that can move
   money runs in a money transaction and locks the milestone row first (as every money
   path does), then claims the dispute with compare-and-set on its state: a second,
   concurrent attempt finds the state moved and gets `409 invalid_transition`.
2. Opening freezes the milestone's escrow through contracts' freeze (source `dispute`,
   reference `dispute:<id>`) in the same transaction; every end lifts it in the
   transaction that ends the dispute, before the outcome moves money, so another freeze
   (Trust & Safety's) still stops the outcome.
3. The outcome is one linked ledger movement (`contracts.settlement.settle_by_decision`):
   the freelancer's share less the fee (only on that share) and the client's share
   refunded. It covers whatever escrow holds for the milestone, including what is left
   after a partial approval.
4. Staff act as the `trust_safety` group; the member who decides is never the one who
   mediated; a staff member who is a party to the contract can do neither. Every staff
   step is on the dispute's audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction

from directcontracts.accounts.models import User
from directcontracts.contracts import freezes, messaging, policy, settlement
from directcontracts.contracts.announce import client_name, contract_label
from directcontracts.contracts.deliverables import IncomingFile
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.models import (
    Contract,
    ContractState,
    DeliverableFile,
    Message,
    Milestone,
    RefundRequest,
    RefundRequestState,
)
from directcontracts.contracts.money import display
from directcontracts.contracts.states import record_event, state_in_words
from directcontracts.core import clock
from directcontracts.core.dates import day_in_words, moment_in_words
from directcontracts.core.errors import (
    Conflict,
    DomainError,
    NotFound,
    PermissionDenied,
    RateLimited,
)
from directcontracts.core.locks import lock_row
from directcontracts.core.own_matter import refuse_a_party
from directcontracts.core.validation import find_control_character, message_for
from directcontracts.disputes import evidence as evidence_store
from directcontracts.disputes.access import (
    PARTY_REFUSAL_TEAM,
    PARTY_REFUSAL_WHAT,
    is_mediation_staff,
)
from directcontracts.disputes.errors import DisputeErrorCode
from directcontracts.disputes.models import (
    Answer,
    DeadlineKind,
    Dispute,
    DisputeState,
    Party,
    Proposal,
    Resolution,
    StaffNote,
    Statement,
)
from directcontracts.disputes.notify import dispute_url, tell, tell_each
from directcontracts.disputes.states import InvalidTransition, record, transition
from directcontracts.ledger.composition import money_transaction

STAFF_GROUP = "trust_safety"
MAX_STATEMENT = 5_000
MAX_REASON = 2_000
DISPUTES_OPENED_PER_MILESTONE_PER_DAY = 3
ROLE_LABEL: dict[str, str] = {Party.CLIENT: "client", Party.FREELANCER: "freelancer"}


@dataclass(frozen=True)
class EvidenceInput:
    """Files to upload, and delivered files or thread messages of the contract to point at."""

    files: list[IncomingFile] = field(default_factory=list)
    deliverable_file_ids: list[int] = field(default_factory=list)
    message_ids: list[int] = field(default_factory=list)


# --- Guards --------------------------------------------------------------------------------


def clean_text(value: str, *, field: str, limit: int, required: bool = True) -> str:
    text = (value or "").strip()
    if required and not text:
        code = (
            DisputeErrorCode.STATEMENT_REQUIRED
            if field == "statement"
            else DisputeErrorCode.REASON_REQUIRED
        )
        raise DomainError(code, f"Write the {field}.", field=field)
    if len(text) > limit:
        raise DomainError(
            DisputeErrorCode.TEXT_INVALID,
            f"The {field} can be at most {limit} characters.",
            field=field,
        )
    char = find_control_character(text, multiline=True)
    if char is not None:
        raise DomainError(
            DisputeErrorCode.TEXT_INVALID, message_for(char, multiline=True), field=field
        )
    return text


def _screen_words(contract: Contract, by: User, text: str, *, what: str) -> None:
    """Words a party writes in a dispute (a statement, the note answering a proposal, why it
    is withdrawn) reach the other party on the dispute page, in a notice and by email, as a
    thread message does: they are screened as one (`422 message_held`, "Your statement was
    not sent..."), after the party check and before anything is saved or anyone told. The
    mediator's and the decider's words are staff's, and are not screened."""
    policy.screen_words_to_the_other_party(text=text, sender=by, contract=contract, what=what)


def _party_role(dispute_or_contract: Dispute | Contract, user: User) -> str:
    contract = (
        dispute_or_contract.contract
        if isinstance(dispute_or_contract, Dispute)
        else dispute_or_contract
    )
    role = contract.role_of(user)
    if role is None:
        raise PermissionDenied(
            "Only the contract's client and freelancer can do this.",
            code=DisputeErrorCode.WRONG_PARTY,
        )
    return role


def _require_staff(dispute: Dispute, user: User) -> None:
    if not is_mediation_staff(user):
        raise PermissionDenied(
            "Only Trust & Safety staff mediate and decide disputes.",
            code=DisputeErrorCode.NOT_STAFF,
        )
    # Staff never handle a matter about themselves (core/own_matter.py).
    refuse_a_party(
        user, contract=dispute.contract, what=PARTY_REFUSAL_WHAT, team=PARTY_REFUSAL_TEAM
    )


def _require_open(dispute: Dispute, target: str) -> None:
    if not dispute.is_open:
        raise InvalidTransition(dispute, target)


def check_shares(
    *, to_freelancer_minor: int, to_client_minor: int, escrow_minor: int, currency: str
) -> None:
    if (
        isinstance(to_freelancer_minor, bool)
        or isinstance(to_client_minor, bool)
        or to_freelancer_minor < 0
        or to_client_minor < 0
    ):
        raise DomainError(DisputeErrorCode.INVALID_AMOUNT, "Shares can't be negative.")
    if to_freelancer_minor + to_client_minor != escrow_minor:
        raise DomainError(
            DisputeErrorCode.SPLIT_MISMATCH,
            f"The freelancer's and the client's shares must add up to what escrow holds: "
            f"{display(escrow_minor, currency)}.",
            escrow_minor=escrow_minor,
        )


def _deadline(days: int) -> object:
    return clock.now() + timedelta(days=days)


def _schedule(dispute: Dispute) -> None:
    if dispute.deadline_at is not None:
        from directcontracts.disputes.tasks import schedule_deadline

        transaction.on_commit(partial(schedule_deadline, dispute.deadline_at))


def default_note(dispute: Dispute, role: str) -> str:
    """What happens to `role` at the dispute's current deadline, in words, the other party
    by name (deadlines.py): a silent respondent gives the opener their claim; once a proposal
    waits for answers, a silent party loses all of the escrow to the one who answered,
    whoever opened the dispute; a mediator without a proposal hands it to a decision."""
    amount = display(dispute.amount_minor, dispute.currency)
    other = Party.CLIENT if role == Party.FREELANCER else Party.FREELANCER
    name = dispute.party_name(other)
    if dispute.deadline_kind == DeadlineKind.RESPONSE:
        claim = display(dispute.claim_minor, dispute.currency)
        if role == dispute.respondent_role:
            return (
                f"If you don't respond by then, you lose by default: {name} gets what they "
                f"asked for ({claim} of {amount})."
            )
        return (
            f"If {name} doesn't respond by then, they lose by default and you get what you "
            f"asked for ({claim} of {amount})."
        )
    if dispute.deadline_kind == DeadlineKind.ANSWER and dispute.answer_of(role):
        return (
            f"If {name} doesn't answer by then, they lose by default and all {amount} goes to you."
        )
    if dispute.deadline_kind == DeadlineKind.PROPOSAL:
        return "If the mediator makes no proposal by then, a Trust & Safety member decides."
    if dispute.deadline_kind == DeadlineKind.DECISION:
        return "A Trust & Safety member decides; nothing happens automatically at this date."
    # A name that ends a sentence keeps its own full stop ("Nadia K.", not "Nadia K..").
    stop = "" if name.endswith(".") else "."
    return (
        f"If you don't answer by then and {name} does, you lose by default and all {amount} "
        f"goes to {name}{stop}"
    )


# --- Opening -------------------------------------------------------------------------------


def open_dispute(
    *,
    milestone: Milestone,
    by: User,
    statement: str,
    claim_minor: int | None = None,
    evidence: EvidenceInput | None = None,
    refund_request: RefundRequest | None = None,
) -> Dispute:
    """A party disputes a milestone whose money is in escrow: the escrow is frozen, the
    review clock stops, and the other party has DISPUTE_RESPONSE_DAYS to respond."""
    role = _party_role(milestone.contract, by)
    body = clean_text(statement, field="statement", limit=MAX_STATEMENT)
    _screen_words(milestone.contract, by, body, what="statement")
    evidence = evidence or EvidenceInput()
    evidence_store.check_incoming(evidence)
    # The opening statement is words to the other party like any other (round F).
    messaging.count_words_sent(milestone.contract, by)

    def work() -> Dispute:
        locked = settlement.lock_milestone(milestone.pk)
        contract = locked.contract
        held = locked.escrow_minor
        _refuse_undisputable(locked, role)
        _refuse_reopening_over_and_over(locked, by)
        claim = held if claim_minor is None else claim_minor
        if isinstance(claim, bool) or not 0 < claim <= held:
            raise DomainError(
                DisputeErrorCode.INVALID_AMOUNT,
                f"Ask for between {display(1, contract.currency)} and "
                f"{display(held, contract.currency)} (what escrow holds).",
                escrow_minor=held,
            )
        try:
            with transaction.atomic():
                dispute = Dispute.objects.create(
                    contract=contract,
                    milestone=locked,
                    opened_by=by,
                    opener_role=role,
                    currency=contract.currency,
                    amount_minor=held,
                    claim_minor=claim,
                    refund_request=refund_request,
                )
        except IntegrityError:
            _refuse_second_dispute(locked)
            raise
        dispute.freeze = freezes.freeze_escrow(
            contract=contract,
            milestone=locked,
            source="dispute",
            reference=f"dispute:{dispute.pk}",
            reason=f"The {ROLE_LABEL[role]} opened a dispute about this milestone.",
            by=by,
            url=dispute_url(dispute),
            notify_parties=False,
        )
        Dispute.objects.filter(pk=dispute.pk).update(freeze=dispute.freeze)
        _add_statement(dispute, by=by, role=role, body=body, evidence=evidence)
        record(
            dispute,
            kind="dispute.opened",
            actor=by,
            message=f"The {ROLE_LABEL[role]} disputes “{locked.title}” and asks for "
            f"{display(claim, contract.currency)} of {display(held, contract.currency)}.",
            to_state=DisputeState.OPENED,
            data={"claim_minor": claim, "amount_minor": held},
        )
        transition(
            dispute,
            DisputeState.AWAITING_RESPONSE,
            kind="dispute.awaiting_response",
            actor_label="dispute timer",
            message=f"The {ROLE_LABEL[dispute.respondent_role]} has "
            f"{settings.DISPUTE_RESPONSE_DAYS} days to respond.",
            deadline_at=_deadline(settings.DISPUTE_RESPONSE_DAYS),
            deadline_kind=DeadlineKind.RESPONSE,
        )
        _schedule(dispute)
        _tell_opened(dispute, by)
        return dispute

    return money_transaction(work)


def check_open_dispute(*, milestone: Milestone, by: User) -> None:
    """What opening a dispute refuses before anything is written, moving nothing: the page
    asks it before offering its form (open_dispute asks again under the milestone's lock)."""
    _refuse_undisputable(milestone, _party_role(milestone.contract, by))


def _refuse_undisputable(milestone: Milestone, role: str) -> None:
    contract = milestone.contract
    if (
        contract.state != ContractState.ACTIVE
        or not milestone.in_escrow
        or milestone.escrow_minor <= 0
    ):
        raise Conflict(
            DisputeErrorCode.NOT_DISPUTABLE,
            f"Only a milestone with money in escrow can be disputed; “{milestone.title}” is "
            f"{milestone.get_state_display().lower()}"
            + (
                f" and the contract is {state_in_words(contract)}."
                if contract.state != ContractState.ACTIVE
                else "."
            ),
            current_state=milestone.state,
        )
    _refuse_second_dispute(milestone)
    _refuse_while_refund_requested(milestone, role)


def _refuse_reopening_over_and_over(milestone: Milestone, by: User) -> None:
    """A withdrawn dispute may be opened again, but not over and over: each opening freezes
    the escrow, stops the review clock and tells the other party (notice and email), and
    each withdrawal tells them again (hostile review, 7 December 2026, round F). Counted
    from the disputes themselves, under the milestone's lock."""
    day = timedelta(days=1)
    opened = list(
        Dispute.objects.filter(
            milestone_id=milestone.pk, opened_by=by, created_at__gt=clock.now() - day
        )
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:DISPUTES_OPENED_PER_MILESTONE_PER_DAY]
    )
    if len(opened) < DISPUTES_OPENED_PER_MILESTONE_PER_DAY:
        return
    raise RateLimited(
        f"You have opened {DISPUTES_OPENED_PER_MILESTONE_PER_DAY} disputes about "
        f"“{milestone.title}” in the last 24 hours, the most a day allows.",
        retry_after=int((opened[-1] + day - clock.now()).total_seconds()),
    )


def _refuse_second_dispute(milestone: Milestone) -> None:
    existing = Dispute.objects.open().filter(milestone_id=milestone.pk).first()
    if existing is not None:
        raise Conflict(
            DisputeErrorCode.ALREADY_OPEN,
            f"A dispute about “{milestone.title}” is already open: follow it at "
            f"{dispute_url(existing)}.",
            dispute_id=existing.pk,
        )


def _refuse_while_refund_requested(milestone: Milestone, role: str) -> None:
    pending = milestone.refund_requests.filter(state=RefundRequestState.PENDING).first()
    if pending is None:
        return
    advice = (
        "Accept or decline it first; if you decline, the client may dispute."
        if role == Party.FREELANCER
        else "Wait for the freelancer's answer; if they decline, you can dispute at once."
    )
    raise Conflict(
        DisputeErrorCode.REFUND_REQUEST_PENDING,
        f"A refund request on “{milestone.title}” is waiting for the freelancer's answer "
        f"(until {day_in_words(pending.answer_by)}). {advice}",
        refund_request_id=pending.pk,
    )


def _tell_opened(dispute: Dispute, by: User) -> None:
    contract = dispute.contract
    milestone = dispute.milestone
    respondent = contract.client if dispute.respondent_role == Party.CLIENT else contract.freelancer
    assert dispute.deadline_at is not None  # noqa: S101 - set by the transition above
    tell(
        dispute,
        kind="dispute.opened",
        title=f"{by.display_name} opened a dispute about “{milestone.title}”",
        body=f"The {display(dispute.amount_minor, dispute.currency)} in escrow is frozen until the "
        f"dispute ends. Give your side by {moment_in_words(dispute.deadline_at)} UTC. "
        + default_note(dispute, dispute.respondent_role),
        to=[respondent],
        key=f"dispute:{dispute.pk}:opened",
    )
    from directcontracts.notifications.services import notify

    notify(
        recipient=by,
        kind="dispute.opened",
        title=f"Your dispute about “{milestone.title}” is open",
        body=f"The escrow is frozen. {_name_of(respondent, contract)} has until "
        f"{moment_in_words(dispute.deadline_at)} UTC to respond; then a Trust & Safety "
        "mediator proposes an outcome.",
        url=dispute_url(dispute),
        about=contract_label(contract),
        link_text=f"Open dispute #{dispute.pk}",
    )


def offer_dispute_after_declined_refund(request: RefundRequest) -> None:
    """A declined refund request: the client is offered a dispute at once (contracts' hook,
    in the transaction that declined it)."""
    milestone = request.milestone
    contract = milestone.contract
    if contract.client is None or request.state != RefundRequestState.DECLINED:
        return
    url = f"/contracts/{contract.pk}/milestones/{milestone.pk}/dispute/?refund_request={request.pk}"
    record_event(
        contract=contract,
        milestone=milestone,
        actor_label="disputes",
        kind="dispute.offered",
        message="The refund request was declined: the client may open a dispute now.",
        data={"refund_request_id": request.pk},
    )
    from directcontracts.notifications.services import emit_event, notify

    notify(
        recipient=contract.client,
        kind="dispute.offered",
        title=f"You can dispute “{milestone.title}” now",
        body=f"{contract.freelancer.display_name} declined your refund request. If you still "
        "disagree, open a "
        "dispute: the money stays frozen in escrow, both of you give your side, and a Trust "
        "& Safety mediator proposes an outcome.",
        url=url,
        about=contract_label(contract),
        link_text="Open a dispute about this milestone",
    )
    emit_event(
        event_type="dispute.offered",
        owner_ids=[pk for pk in (contract.freelancer_id, contract.client_id) if pk is not None],
        data={"refund_request": {"id": request.pk, "milestone_id": milestone.pk}},
        idempotency_key=f"refund-request:{request.pk}:dispute-offered",
    )


# --- Statements and evidence -----------------------------------------------------------------


def _add_statement(
    dispute: Dispute, *, by: User, role: str, body: str, evidence: EvidenceInput
) -> Statement:
    statement = Statement.objects.create(dispute=dispute, author=by, role=role, body=body)
    evidence_store.attach(
        statement,
        files=evidence.files,
        deliverable_files=_deliverable_files(dispute.contract, evidence.deliverable_file_ids),
        messages=_messages(dispute.contract, evidence.message_ids),
    )
    return statement


def _deliverable_files(contract: Contract, ids: list[int]) -> list[DeliverableFile]:
    wanted = sorted(set(ids))
    found = list(
        DeliverableFile.objects.filter(pk__in=wanted, deliverable__milestone__contract=contract)
    )
    if len(found) != len(wanted):
        raise NotFound(
            "No such delivered file on this contract.", code=DisputeErrorCode.EVIDENCE_INVALID
        )
    return found


def _messages(contract: Contract, ids: list[int]) -> list[Message]:
    wanted = sorted(set(ids))
    found = list(Message.objects.filter(pk__in=wanted, contract=contract))
    if len(found) != len(wanted):
        raise NotFound(
            "No such message in this contract's thread.", code=DisputeErrorCode.EVIDENCE_INVALID
        )
    return found


def add_statement(
    *, dispute: Dispute, by: User, body: str, evidence: EvidenceInput | None = None
) -> Statement:
    """A party gives its side (more can follow while the dispute is open). The other party's
    first statement starts mediation."""
    role = _party_role(dispute, by)
    text = clean_text(body, field="statement", limit=MAX_STATEMENT)
    _screen_words(dispute.contract, by, text, what="statement")
    evidence = evidence or EvidenceInput()
    evidence_store.check_incoming(evidence)
    # Each statement is a notice and an email to the other party: it counts against the
    # contract's hourly budget of words to the other party (hostile review, round F).
    messaging.count_words_sent(dispute.contract, by)

    @transaction.atomic
    def work() -> Statement:
        locked = lock_row(Dispute, dispute.pk)
        _require_open(locked, DisputeState.IN_MEDIATION)
        evidence_store.check_room(locked, evidence, role=role)
        statement = _add_statement(locked, by=by, role=role, body=text, evidence=evidence)
        if locked.state == DisputeState.AWAITING_RESPONSE and role == locked.respondent_role:
            _start_mediation(locked, by=by)
        else:
            record(
                locked,
                kind="dispute.statement_added",
                actor=by,
                message=f"The {ROLE_LABEL[role]} added a statement.",
                data={"statement_id": statement.pk},
            )
            other = (
                locked.contract.client if role == Party.FREELANCER else locked.contract.freelancer
            )
            tell(
                locked,
                kind="dispute.statement_added",
                title=f"{by.display_name} added to the dispute about “{locked.milestone.title}”",
                body=text[:1000],
                to=[other],
                key=f"dispute:{locked.pk}:statement:{statement.pk}",
            )
        return statement

    return work()


def _start_mediation(dispute: Dispute, *, by: User) -> None:
    transition(
        dispute,
        DisputeState.IN_MEDIATION,
        kind="dispute.in_mediation",
        actor=by,
        message="Both parties gave their side. A Trust & Safety mediator proposes an outcome "
        f"within {settings.DISPUTE_PROPOSAL_DAYS} days.",
        deadline_at=_deadline(settings.DISPUTE_PROPOSAL_DAYS),
        deadline_kind=DeadlineKind.PROPOSAL,
    )
    _schedule(dispute)
    contract = dispute.contract
    tell(
        dispute,
        kind="dispute.in_mediation",
        title=f"The dispute about “{dispute.milestone.title}” is in mediation",
        body="Both of you gave your side. A Trust & Safety mediator will propose an outcome "
        f"by {moment_in_words(dispute.deadline_at)} UTC; you can still add statements and evidence.",
        to=[contract.freelancer, contract.client],
        key=f"dispute:{dispute.pk}:in_mediation",
    )


# --- Withdrawal ------------------------------------------------------------------------------


def withdraw_dispute(*, dispute: Dispute, by: User, reason: str = "") -> Dispute:
    """The party who opened it withdraws: the escrow is unfrozen and the contract carries on."""
    role = _party_role(dispute, by)
    if role != dispute.opener_role:
        raise PermissionDenied(
            f"Only the {ROLE_LABEL[dispute.opener_role]}, who opened this dispute, can withdraw it.",
            code=DisputeErrorCode.WRONG_PARTY,
        )
    note = clean_text(reason, field="reason", limit=MAX_REASON, required=False)
    _screen_words(dispute.contract, by, note, what="reason")

    def work() -> Dispute:
        settlement.lock_milestone(dispute.milestone_id)
        locked = Dispute.objects.select_related("contract", "milestone", "freeze").get(
            pk=dispute.pk
        )
        close(
            locked,
            DisputeState.WITHDRAWN,
            actor=by,
            kind="dispute.withdrawn",
            message=note or "Withdrawn.",
        )
        contract = locked.contract
        tell(
            locked,
            kind="dispute.withdrawn",
            title=f"The dispute about “{locked.milestone.title}” was withdrawn",
            body=(note + "\n\n" if note else "")
            + "The escrow is no longer frozen; the milestone carries on where it was.",
            to=[contract.freelancer, contract.client],
            key=f"dispute:{locked.pk}:withdrawn",
        )
        return locked

    return money_transaction(work)


def close(
    dispute: Dispute,
    target: str,
    *,
    actor: User | None,
    kind: str,
    message: str,
    actor_label: str = "",
    **fields: Any,
) -> None:
    """End the dispute (withdrawn or resolved) and lift its freeze, inside the caller's
    money transaction (after the milestone lock)."""
    _claim_end(
        dispute, target, actor=actor, kind=kind, message=message, actor_label=actor_label, **fields
    )
    lift_own_freeze(dispute, actor=actor)


def _claim_end(
    dispute: Dispute,
    target: str,
    *,
    actor: User | None,
    kind: str,
    message: str,
    actor_label: str = "",
    **fields: Any,
) -> None:
    now = clock.now()
    transition(
        dispute,
        target,
        kind=kind,
        actor=actor,
        actor_label=actor_label,
        message=message,
        deadline_at=None,
        deadline_kind="",
        closed_at=now,
        **fields,
    )


def lift_own_freeze(dispute: Dispute, *, actor: User | None) -> None:
    if dispute.freeze is not None and dispute.freeze.lifted_at is None:
        freezes.lift_freeze(
            freeze=dispute.freeze,
            by=actor,
            reason=f"Dispute {dispute.get_state_display().lower()}.",
            notify_parties=False,
        )


# --- Staff: mediation, proposal, decision, notes -----------------------------------------------


def take_mediation(*, dispute: Dispute, by: User) -> Dispute:
    """A Trust & Safety member takes the dispute ("assign to me")."""
    _require_staff(dispute, by)
    _require_open(dispute, DisputeState.IN_MEDIATION)
    with transaction.atomic():
        claimed = Dispute.objects.filter(pk=dispute.pk, mediator__isnull=True).update(
            mediator=by, updated_at=clock.now()
        )
        dispute.refresh_from_db()
        if not claimed and dispute.mediator_id != by.pk:
            raise Conflict(
                DisputeErrorCode.INVALID_TRANSITION,
                f"{dispute.mediator.display_name if dispute.mediator else 'Someone'} already mediates this dispute.",
            )
        if claimed:
            record(
                dispute,
                kind="dispute.mediator_assigned",
                actor=by,
                internal=True,
                message=f"{by.display_name} mediates.",
            )
    return dispute


def propose(
    *, dispute: Dispute, by: User, to_freelancer_minor: int, to_client_minor: int, reason: str
) -> Proposal:
    """The mediator proposes release, refund or a split by amounts, with a written reason."""
    _require_staff(dispute, by)
    text = clean_text(reason, field="reason", limit=MAX_REASON)
    if dispute.mediator_id not in (None, by.pk):
        raise PermissionDenied(
            "Another Trust & Safety member mediates this dispute.", code=DisputeErrorCode.NOT_STAFF
        )

    @transaction.atomic
    def work() -> Proposal:
        locked = lock_row(Dispute, dispute.pk)
        if locked.state != DisputeState.IN_MEDIATION:
            raise InvalidTransition(locked, DisputeState.PROPOSAL_MADE)
        held = locked.milestone.escrow_minor
        check_shares(
            to_freelancer_minor=to_freelancer_minor,
            to_client_minor=to_client_minor,
            escrow_minor=held,
            currency=locked.currency,
        )
        proposal = Proposal.objects.create(
            dispute=locked,
            proposed_by=by,
            to_freelancer_minor=to_freelancer_minor,
            to_client_minor=to_client_minor,
            reason=text,
        )
        transition(
            locked,
            DisputeState.PROPOSAL_MADE,
            kind="dispute.proposal_made",
            actor_label="Trust & Safety mediator",
            message=f"Proposed: {describe_shares(locked, to_freelancer_minor, to_client_minor)}. {text}",
            data={"to_freelancer_minor": to_freelancer_minor, "to_client_minor": to_client_minor},
            mediator=by,
            deadline_at=_deadline(settings.DISPUTE_ANSWER_DAYS),
            deadline_kind=DeadlineKind.ANSWER,
        )
        record(
            locked,
            kind="dispute.proposal_author",
            actor=by,
            internal=True,
            message=f"{by.display_name} proposed.",
        )
        _schedule(locked)
        contract = locked.contract
        by_when = f"Accept or reject it by {moment_in_words(locked.deadline_at)} UTC. "
        # Each party reads their own share; one webhook event for the proposal.
        tell_each(
            locked,
            kind="dispute.proposal_made",
            title=f"The mediator proposes an outcome for “{locked.milestone.title}”",
            bodies=[
                (
                    person,
                    "The mediator proposes: "
                    f"{shares_for(locked, role, to_freelancer_minor, to_client_minor)}. {text}\n\n"
                    + by_when
                    + default_note(locked, role),
                )
                for person, role in (
                    (contract.client, Party.CLIENT),
                    (contract.freelancer, Party.FREELANCER),
                )
            ],
            key=f"dispute:{locked.pk}:proposal:{proposal.pk}",
        )
        return proposal

    return work()


def describe_shares(dispute: Dispute, to_freelancer: int, to_client: int) -> str:
    if not to_client:
        return f"release all {display(to_freelancer, dispute.currency)} to the freelancer"
    if not to_freelancer:
        return f"refund all {display(to_client, dispute.currency)} to the client"
    return (
        f"{display(to_freelancer, dispute.currency)} to the freelancer and "
        f"{display(to_client, dispute.currency)} back to the client"
    )


def shares_for(dispute: Dispute, role: str, to_freelancer: int, to_client: int) -> str:
    """`describe_shares` as the party `role` reads it: addressed, the other party by name."""
    contract = dispute.contract
    if role == Party.FREELANCER:
        mine, theirs, other = to_freelancer, to_client, client_name(contract)
    else:
        mine, theirs, other = to_client, to_freelancer, contract.freelancer.display_name
    to_me = "back to you" if role == Party.CLIENT else "to you"
    to_other = f"to {other}" if role == Party.CLIENT else f"back to {other}"
    if not theirs:
        return f"all {display(mine, dispute.currency)} goes {to_me}"
    if not mine:
        return f"all {display(theirs, dispute.currency)} goes {to_other}"
    return (
        f"{display(mine, dispute.currency)} goes {to_me} and "
        f"{display(theirs, dispute.currency)} {to_other}"
    )


def _name_of(party: User | None, contract: Contract) -> str:
    """A party by name (a client without an account yet by the name they were invited by)."""
    return party.display_name if party is not None else contract.client_name


def latest_proposal(dispute: Dispute) -> Proposal | None:
    return dispute.proposals.order_by("-created_at", "-id").first()


def answer_proposal(*, dispute: Dispute, by: User, accept: bool, note: str = "") -> Dispute:
    """A party accepts or rejects the proposal. A rejection sends the dispute to a decision;
    the second acceptance executes the proposal."""
    role = _party_role(dispute, by)
    text = clean_text(note, field="note", limit=MAX_REASON, required=False)
    _screen_words(dispute.contract, by, text, what="note")

    def work() -> Dispute:
        settlement.lock_milestone(dispute.milestone_id)
        locked = Dispute.objects.select_related("contract", "milestone", "freeze").get(
            pk=dispute.pk
        )
        if locked.state != DisputeState.PROPOSAL_MADE:
            raise InvalidTransition(
                locked, DisputeState.RESOLVED_SPLIT if accept else DisputeState.AWAITING_DECISION
            )
        proposal = latest_proposal(locked)
        assert proposal is not None  # noqa: S101 - PROPOSAL_MADE always has one
        answer = Answer.ACCEPTED if accept else Answer.REJECTED
        claimed = Proposal.objects.filter(pk=proposal.pk, **{f"{role}_answer": ""}).update(
            **{f"{role}_answer": answer, f"{role}_note": text, f"{role}_answered_at": clock.now()}
        )
        if not claimed:
            raise Conflict(DisputeErrorCode.ALREADY_ANSWERED, "You already answered this proposal.")
        proposal.refresh_from_db()
        if not accept:
            _to_decision(
                locked,
                actor=by,
                message=f"The {ROLE_LABEL[role]} rejected the proposal. {text}".strip(),
                data={"note": text} if text else None,
            )
            return locked
        other = Party.FREELANCER if role == Party.CLIENT else Party.CLIENT
        if proposal.answer_of(other) == Answer.ACCEPTED:
            execute(
                locked,
                to_freelancer_minor=proposal.to_freelancer_minor,
                to_client_minor=proposal.to_client_minor,
                resolution=Resolution.AGREEMENT,
                reason=proposal.reason,
                actor=by,
            )
            return locked
        record(
            locked,
            kind="dispute.proposal_accepted",
            actor=by,
            message=f"The {ROLE_LABEL[role]} accepted the proposal. {text}".strip(),
            data={"note": text} if text else None,
        )
        contract = locked.contract
        tell(
            locked,
            kind="dispute.proposal_accepted",
            title=f"{by.display_name} accepted the proposal on “{locked.milestone.title}”",
            body=f"Accept it too by {moment_in_words(locked.deadline_at)} UTC to settle the "
            "dispute now, or reject it and a Trust & Safety member decides. "
            f"{default_note(locked, other)}",
            to=[contract.client if other == Party.CLIENT else contract.freelancer],
            key=f"dispute:{locked.pk}:accepted:{role}",
        )
        return locked

    return money_transaction(work)


def _to_decision(
    dispute: Dispute,
    *,
    actor: User | None,
    message: str,
    actor_label: str = "",
    data: dict[str, Any] | None = None,
) -> None:
    transition(
        dispute,
        DisputeState.AWAITING_DECISION,
        kind="dispute.awaiting_decision",
        actor=actor,
        actor_label=actor_label,
        message=message,
        data=data,
        deadline_at=_deadline(settings.DISPUTE_DECISION_DAYS),
        deadline_kind=DeadlineKind.DECISION,
    )
    contract = dispute.contract
    tell(
        dispute,
        kind="dispute.awaiting_decision",
        title=f"A Trust & Safety member decides the dispute about “{dispute.milestone.title}”",
        body=f"{message} A Trust & Safety member who did not mediate will decide, usually by "
        f"{day_in_words(dispute.deadline_at)} UTC.",
        to=[contract.freelancer, contract.client],
        key=f"dispute:{dispute.pk}:awaiting_decision",
    )


def _may_decide(dispute: Dispute, by: User, reason: str) -> str:
    """Who may decide, and the reason cleaned; returns the reason's text."""
    _require_staff(dispute, by)
    text = clean_text(reason, field="reason", limit=MAX_REASON)
    if by.pk == dispute.mediator_id or dispute.proposals.filter(proposed_by=by).exists():
        raise PermissionDenied(
            "You mediated this dispute, so a different Trust & Safety member must decide it.",
            code=DisputeErrorCode.SAME_STAFF,
        )
    return text


def check_decision(
    *, dispute: Dispute, by: User, to_freelancer_minor: int, to_client_minor: int, reason: str
) -> None:
    """The checks `decide` makes, moving nothing: the confirmation page shows a decision only
    when deciding it would go ahead now (`decide` checks all of it again, under the lock)."""
    _may_decide(dispute, by, reason)
    if dispute.state != DisputeState.AWAITING_DECISION:
        raise InvalidTransition(dispute, DisputeState.RESOLVED_SPLIT)
    check_shares(
        to_freelancer_minor=to_freelancer_minor,
        to_client_minor=to_client_minor,
        escrow_minor=dispute.milestone.escrow_minor,
        currency=dispute.currency,
    )


def decide(
    *,
    dispute: Dispute,
    by: User,
    to_freelancer_minor: int,
    to_client_minor: int,
    reason: str,
    escrow_seen_minor: int | None = None,
) -> Dispute:
    """A Trust & Safety member other than the mediator decides; the decision is executed at
    once as one linked ledger movement. `escrow_seen_minor` is what escrow held when the
    member looked (the confirmation page, the API's required field): checked under the
    milestone's lock, so a chargeback or any other movement committed in between refuses the
    decision (409 `escrow_changed`) instead of a bare share mismatch, or worse a decision on
    an amount nobody saw. None (internal callers only) skips that check; the shares are
    checked against escrow under the lock in any case."""
    text = _may_decide(dispute, by, reason)

    def work() -> Dispute:
        locked_milestone = settlement.lock_milestone(dispute.milestone_id)
        locked = Dispute.objects.select_related("contract", "milestone", "freeze").get(
            pk=dispute.pk
        )
        if locked.state != DisputeState.AWAITING_DECISION:
            raise InvalidTransition(locked, DisputeState.RESOLVED_SPLIT)
        _require_escrow_seen(locked, locked_milestone.escrow_minor, escrow_seen_minor)
        check_shares(
            to_freelancer_minor=to_freelancer_minor,
            to_client_minor=to_client_minor,
            escrow_minor=locked_milestone.escrow_minor,
            currency=locked.currency,
        )
        execute(
            locked,
            to_freelancer_minor=to_freelancer_minor,
            to_client_minor=to_client_minor,
            resolution=Resolution.DECISION,
            reason=text,
            actor=by,
            decided_by=by,
        )
        return locked

    return money_transaction(work)


def _require_escrow_seen(dispute: Dispute, held: int, seen: int | None) -> None:
    """Escrow moved since the decider looked (under the milestone's lock): say so."""
    if seen is None or seen == held:
        return
    raise Conflict(
        ContractErrorCode.ESCROW_CHANGED,
        f"Escrow held {display(seen, dispute.currency)} when you confirmed this decision "
        f"and holds {display(held, dispute.currency)} now. Nothing moved: decide again with "
        "shares that add up to what escrow holds.",
        escrow_minor=held,
    )


def add_staff_note(*, dispute: Dispute, by: User, body: str) -> StaffNote:
    _require_staff(dispute, by)
    text = clean_text(body, field="note", limit=MAX_STATEMENT)
    with transaction.atomic():
        note = StaffNote.objects.create(dispute=dispute, author=by, body=text)
        record(dispute, kind="dispute.staff_note", actor=by, internal=True, message=text[:500])
    return note


# --- Execution -------------------------------------------------------------------------------


def resolved_state(to_freelancer: int, to_client: int) -> str:
    if not to_client:
        return DisputeState.RESOLVED_RELEASE
    if not to_freelancer:
        return DisputeState.RESOLVED_REFUND
    return DisputeState.RESOLVED_SPLIT


def _credited_on_timeline(
    resolution: str, actor: User | None, actor_label: str
) -> tuple[User | None, str]:
    """Who the milestone's money movement is credited to on the contract's timeline: not the
    party whose acceptance happened to come last (both agreed), and "Trust & Safety" rather
    than the staff member who decided (parties never learn which member)."""
    if resolution == Resolution.AGREEMENT:
        return None, "the proposal both parties accepted"
    if actor is not None and actor.is_staff:
        return None, "Trust & Safety"
    return actor, actor_label or "dispute decision"


def execute(
    dispute: Dispute,
    *,
    to_freelancer_minor: int,
    to_client_minor: int,
    resolution: str,
    reason: str,
    actor: User | None = None,
    actor_label: str = "",
    decided_by: User | None = None,
) -> None:
    """Resolve and move the money, inside the caller's money transaction (milestone locked):
    1. claim the dispute (compare-and-set), 2. one linked movement through contracts (the
    fee only on the freelancer's share; the guards pass over this dispute's own freeze but
    not another), 3. lift its freeze, 4. tell both parties."""
    target = resolved_state(to_freelancer_minor, to_client_minor)
    _claim_end(
        dispute,
        target,
        actor=actor,
        actor_label=actor_label,
        kind="dispute.resolved",
        message=f"{describe_shares(dispute, to_freelancer_minor, to_client_minor)}. {reason}",
        resolution=resolution,
        to_freelancer_minor=to_freelancer_minor,
        to_client_minor=to_client_minor,
        outcome_reason=reason[:MAX_REASON],
        decided_by=decided_by,
    )
    timeline_actor, timeline_label = _credited_on_timeline(resolution, actor, actor_label)
    done = settlement.settle_by_decision(
        milestone=dispute.milestone,
        decision_id=dispute.pk,
        to_freelancer_minor=to_freelancer_minor,
        to_client_minor=to_client_minor,
        reason=f"Dispute #{dispute.pk}: {reason}"[:MAX_REASON],
        actor=timeline_actor,
        actor_label=timeline_label,
        own_freeze=dispute.freeze,
    )
    lift_own_freeze(dispute, actor=actor)
    Dispute.objects.filter(pk=dispute.pk).update(fee_minor=done.fee_minor)
    dispute.fee_minor = done.fee_minor
    contract = dispute.contract

    def decision(role: str) -> str:
        shares = shares_for(dispute, role, to_freelancer_minor, to_client_minor)
        return f"The dispute is settled: {shares}. {reason}\n\n"

    tell_each(
        dispute,
        kind="dispute.resolved",
        title=f"The dispute about “{dispute.milestone.title}” is resolved",
        bodies=[
            (
                contract.freelancer,
                decision(Party.FREELANCER)
                + _resolution_for_freelancer(dispute, done.net_minor, to_client_minor),
            ),
            (
                contract.client,
                decision(Party.CLIENT)
                + _resolution_for_client(dispute, done.net_minor, to_client_minor),
            ),
        ],
        key=f"dispute:{dispute.pk}:resolved",
    )


def _resolution_for_freelancer(dispute: Dispute, net_minor: int, to_client_minor: int) -> str:
    refund = (
        f"{client_name(dispute.contract)} is refunded {display(to_client_minor, dispute.currency)}"
    )
    if not net_minor:
        return f"{refund}; you receive nothing from this milestone."
    receive = f"After the service fee you receive {display(net_minor, dispute.currency)}"
    return f"{receive}; {refund}." if to_client_minor else f"{receive}."


def _resolution_for_client(dispute: Dispute, net_minor: int, to_client_minor: int) -> str:
    name = dispute.contract.freelancer.display_name
    freelancer = f"{name} receives {display(net_minor, dispute.currency)} after the service fee"
    if not to_client_minor:
        return f"Nothing is refunded to you; {freelancer}."
    refund = f"You are refunded {display(to_client_minor, dispute.currency)} to your payment method"
    return f"{refund}; {freelancer}." if net_minor else f"{refund}."
