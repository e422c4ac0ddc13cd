"""The freeze: how a higher app stops money on a contract without contracts knowing why.

Disputes, Trust & Safety and chargebacks call these services; contracts never imports
them. Models and their rules: `freeze_models.py`. In short:

| kind | funding | settlement | release / auto-release | refund to client | payout |
|---|---|---|---|---|---|
| `freeze_escrow` | refused | completes | refused | refused | (see payout holds) |
| `hold` | refused | completes | refused | allowed | (see payout holds) |

Design:

1. Every service is keyword-only, idempotent on (source, reference, target) among active
   rows, and writes a timeline event (`ContractEvent`) where a contract is concerned, in
   the same transaction. Called inside a money transaction it joins it (disputes freeze
   in the transaction that opens the dispute); called alone it runs in its own, retried.
2. A freeze locks the milestone rows it covers (primary-key order, FOR NO KEY UPDATE),
   the same rows the money services lock first: a release either commits before the
   freeze or waits and then meets it. The guards (`require_movement_allowed`, `stops`)
   are called inside the money transaction after that lock.
3. Any active freeze stops the review clock of a submitted milestone it covers: the time
   left is kept on the milestone (`review_time_left`) and, when the last freeze covering
   it is lifted, the clock resumes with that time. A refund request's silence deadline
   waits while refunds are refused and is settled by the sweep once they are allowed.
4. Money arriving (a settlement) is never refused: the freeze protects money from leaving.
5. Payout holds subtract from what a freelancer may withdraw (`paying.withdrawable`).
   The reason, written for the person, is shown in refusals and on their pages.
6. A payout hold on a milestone's released money (a chargeback's) and that release's
   security hold keep the same money: the balance keeps the larger of the two, never their
   sum (`in_security_hold`). What a lifted hold took from the balance (a lost chargeback)
   is no longer there for the security hold to keep.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from enum import StrEnum
from functools import partial
from typing import Any, TypeVar

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Q, Sum

from directcontracts.accounts.models import User
from directcontracts.contracts.announce import Note, announce_each, client_name, contract_label
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.event_words import reference_words
from directcontracts.contracts.freeze_models import (
    EscrowFreeze,
    FreezeKind,
    FreezeSource,
    PayoutHold,
)
from directcontracts.contracts.freeze_words import advice, for_the_other_party
from directcontracts.contracts.models import (
    Contract,
    Milestone,
    MilestoneState,
    RefundRequest,
    RefundRequestState,
    Release,
)
from directcontracts.contracts.money import display
from directcontracts.contracts.selectors import countdown
from directcontracts.contracts.states import record_event
from directcontracts.core import clock
from directcontracts.core.dates import day_in_words, moment_in_words
from directcontracts.core.errors import Conflict, DomainError
from directcontracts.core.locks import for_update
from directcontracts.core.validation import find_control_character, message_for
from directcontracts.ledger.composition import money_transaction
from directcontracts.payments import payouts

_T = TypeVar("_T")

MAX_REASON = 2_000
MAX_REFERENCE = 80
MAX_URL = 200

FREEZE_EVENT_TYPES = {
    "escrow.frozen": "A milestone's or a contract's escrow was frozen: no money leaves it.",
    "escrow.unfrozen": "A freeze on escrow was lifted.",
    "contract.held": "A contract was put on hold: no new funding and no release.",
    "contract.hold_lifted": "A hold on a contract was lifted.",
    "payouts.held": "Part or all of a freelancer's balance was held from payouts.",
    "payouts.hold_lifted": "A hold on a freelancer's payouts was lifted.",
}


class Movement(StrEnum):
    """Money movements the guards know: what each kind of freeze stops."""

    FUND = "fund"  # new funding (settlement of a funding under way is never stopped)
    RELEASE = "release"  # approval, automatic release, a bonus released on settlement
    REFUND = "refund"  # to the client: a refund, a refund request, its silent deadline


STOPPED_BY: dict[Movement, tuple[str, ...]] = {
    Movement.FUND: (FreezeKind.FREEZE_ESCROW, FreezeKind.HOLD),
    Movement.RELEASE: (FreezeKind.FREEZE_ESCROW, FreezeKind.HOLD),
    Movement.REFUND: (FreezeKind.FREEZE_ESCROW,),
}

REFUSED_ACTION = {
    Movement.FUND: "fund this milestone",
    Movement.RELEASE: "release this money",
    Movement.REFUND: "refund this money",
}


# --- Transactions and input ---------------------------------------------------------------


def _atomic(work: Callable[[], _T]) -> _T:
    """Join the caller's transaction, or run in a money transaction of our own."""
    if connection.in_atomic_block:
        with transaction.atomic():
            return work()
    return money_transaction(work)


def _clean(
    value: str, *, field: str, limit: int, required: bool = True, multiline: bool = False
) -> str:
    text = (value or "").strip()
    if required and not text:
        raise DomainError(ContractErrorCode.FREEZE_INVALID, f"Give the {field}.", field=field)
    if len(text) > limit:
        raise DomainError(
            ContractErrorCode.FREEZE_INVALID,
            f"The {field} can be at most {limit} characters.",
            field=field,
        )
    char = find_control_character(text, multiline=multiline)
    if char is not None:
        raise DomainError(
            ContractErrorCode.FREEZE_INVALID,
            f"The {field}: {message_for(char, multiline=multiline)}",
            field=field,
        )
    return text


def _check_target(*, source: str, reference: str, reason: str, url: str) -> tuple[str, str, str]:
    if source not in FreezeSource.values:
        raise DomainError(
            ContractErrorCode.FREEZE_INVALID,
            f"Unknown freeze source {source!r}; one of {', '.join(FreezeSource.values)}.",
            field="source",
        )
    reference = _clean(reference, field="reference", limit=MAX_REFERENCE)
    reason = _clean(reason, field="reason", limit=MAX_REASON, multiline=True)
    url = _clean(url, field="url", limit=MAX_URL, required=False)
    if url and (not url.startswith("/") or url.startswith("//")):
        raise DomainError(
            ContractErrorCode.FREEZE_INVALID, "The url is a path on this site.", field="url"
        )
    return reference, reason, url


def _actor(by: User | None, source: str) -> dict[str, Any]:
    return {"actor": by} if by is not None else {"actor_label": FreezeSource(source).label}


# --- Describing a freeze (messages, pages) -------------------------------------------------


def _reference_words(reference: str) -> str:
    """'dispute:12' as people read it ('dispute #12'); another shape as it is."""
    return reference_words(reference)


LIFTED = {
    FreezeKind.HOLD: "Funding and releases on this contract can go ahead again.",
    FreezeKind.FREEZE_ESCROW: "The money in escrow can be released or refunded again.",
}


def _capitalised(text: str) -> str:
    """The first letter up, the rest as written ("Trust & Safety", not "Trust & safety")."""
    return text[:1].upper() + text[1:]


def describe(freeze: EscrowFreeze, *, with_url: bool = True, role: str | None = None) -> str:
    """One sentence for people: what is stopped, by whom, since when, why, what to do.
    Pages link `freeze.url` themselves (`with_url=False`); messages and notices name it.
    `role` is the reader's part in the contract ("client", "freelancer"): what to do is said
    to them (a chargeback is "your bank" to the client); None words it for anyone (the
    timeline as stored, staff)."""
    if freeze.kind == FreezeKind.HOLD:
        what = "This contract is on hold (no new funding, no release)"
    elif freeze.milestone_id is not None:
        what = f"The escrow of “{freeze.milestone.title}” is frozen"  # type: ignore[union-attr]
    else:
        what = "This contract's escrow is frozen"
    source = FreezeSource(freeze.source).label
    text = (
        f"{what} by {source} ({_reference_words(freeze.reference)}) since "
        f"{day_in_words(freeze.created_at)}: {freeze.reason} {_advice(freeze, role)}"
    )
    link = link_for(freeze, role)
    if not (link and with_url):
        return text
    return _with_link(text, link[1], link[0])


def _reader_id(freeze: EscrowFreeze, role: str | None) -> int | None:
    """The account of the party reading as `role`, or None (staff, the timeline as stored)."""
    if role == "freelancer":
        return freeze.contract.freelancer_id
    if role == "client":
        return freeze.contract.client_id
    return None


def link_for(freeze: EscrowFreeze, role: str | None) -> tuple[str, str] | None:
    """The freeze's link as (path, words) for the party reading as `role`, or None when there
    is none for them: a link meant for one person (`url_for`, the person a Trust & Safety case
    is about, who alone can open its appeal page) is shown to that person only."""
    if not freeze.url or _meant_for_another(freeze, role):
        return None
    return freeze.url, freeze.link_text or link_words(freeze.source, freeze.reference)


def _meant_for_another(freeze: EscrowFreeze, role: str | None) -> bool:
    """Whether the freeze's link is meant for one person (`url_for`) other than this reader
    (staff and the stored timeline, `role` None, are not that person either)."""
    return freeze.url_for_id is not None and _reader_id(freeze, role) != freeze.url_for_id


def link_words(source: str, reference: str) -> str:
    """What the link of a freeze or payout hold says: the thing it opens, where the stop is
    explained ("Go to dispute #12"), never a bare "Open it"."""
    words = _reference_words(reference)
    if source == FreezeSource.TRUST_SAFETY:
        return f"Go to Trust & Safety case {words.removeprefix('case ')}"
    return f"Go to {words}"


def _advice(freeze: EscrowFreeze, role: str | None) -> str:
    if role is not None and _meant_for_another(freeze, role):
        return for_the_other_party(freeze.kind, freeze.source)
    named = client_name(freeze.contract) if role == "freelancer" else ""
    return advice(freeze.source, role=role, client_name=named)


def _link(path: str) -> str:
    # The sentence travels in emails and API answers too, where a bare path leads nowhere.
    return f"{settings.BASE_URL}{path}" if path.startswith("/") else path


def _with_link(text: str, words: str, path: str) -> str:
    """`text`, then "<words>: <address>" as its own sentence: an email shows the address
    after its words, and a page (notifications' `notice_body`) makes the words the link."""
    text = text.rstrip()
    if not text.endswith((".", "!", "?")):
        text += "."
    return f"{text} {words}: {_link(path)}"


def describe_hold(hold: PayoutHold, *, with_url: bool = True) -> str:
    amount = (
        "Your whole balance"
        if hold.amount_minor is None
        else f"{display(hold.amount_minor, hold.currency)} of your balance"
    )
    source = FreezeSource(hold.source).label
    text = (
        f"{amount} in {hold.currency} is held from payouts by {source} "
        f"({_reference_words(hold.reference)}) since {day_in_words(hold.created_at)}: {hold.reason}"
    )
    if not (hold.url and with_url):
        return text
    return _with_link(text, link_words(hold.source, hold.reference), hold.url)


# --- Guards (inside the money transaction, after the milestone row lock) --------------------


def blocking_freeze(
    milestone: Milestone, movement: Movement, *, ignoring: EscrowFreeze | None = None
) -> EscrowFreeze | None:
    """The active freeze that stops `movement` on this milestone, if any (escrow freezes
    before holds, oldest first). `ignoring` is the caller's own freeze: a dispute's
    decision moves the money its freeze protects, and only that."""
    freezes = EscrowFreeze.objects.covering(milestone).filter(kind__in=STOPPED_BY[movement])
    if ignoring is not None:
        freezes = freezes.exclude(pk=ignoring.pk)
    found = freezes.order_by("kind", "created_at", "id").first()
    if found is not None:
        _given_rows(found, milestone)
    return found


def _given_rows(freeze: EscrowFreeze, milestone: Milestone) -> None:
    """A freeze covering `milestone` is on that milestone or on its whole contract: it gets
    the caller's rows instead of a join (compiling one costs more than the rare freeze it
    finds, issue 19) or a query each when it is described."""
    if freeze.milestone_id == milestone.pk:
        freeze.milestone = milestone
    if Milestone.contract.is_cached(milestone) and freeze.contract_id == milestone.contract_id:
        freeze.contract = milestone.contract


def stopping_freezes(
    contract: Contract, movement: Movement, *, among: Sequence[EscrowFreeze] | None = None
) -> list[EscrowFreeze]:
    """Every active freeze of a contract that stops `movement`, in `blocking_freeze`'s order:
    read once for a page that asks about many milestones (`first_covering`). `among`: all
    the contract's active freezes, already read by the page (`selectors.page_freezes_read`):
    picked from them, no query."""
    if among is not None:
        kinds = STOPPED_BY[movement]
        # The kinds are lower-case ASCII: Python's order is the database's.
        return sorted(
            (f for f in among if f.kind in kinds), key=lambda f: (f.kind, f.created_at, f.pk)
        )
    return list(
        EscrowFreeze.objects.active()
        .filter(contract_id=contract.pk, kind__in=STOPPED_BY[movement])
        .select_related("milestone")
        .order_by("kind", "created_at", "id")
    )


def first_covering(freezes: Sequence[EscrowFreeze], milestone: Milestone) -> EscrowFreeze | None:
    """`blocking_freeze` over freezes already read: one on this milestone or on the whole
    contract."""
    return next((f for f in freezes if f.milestone_id in (None, milestone.pk)), None)


def stops(milestone: Milestone, movement: Movement) -> bool:
    """True when an active freeze stops `movement` (timers use it to skip, not to refuse)."""
    return blocking_freeze(milestone, movement) is not None


def require_movement_allowed(
    milestone: Milestone,
    movement: Movement,
    *,
    ignoring: EscrowFreeze | None = None,
    role: str | None = None,
) -> None:
    """Refuse `movement` on a frozen milestone: 409 `escrow_frozen` or `contract_on_hold`,
    worded for `role`, the part in the contract of the person who asked (None: staff, timers)."""
    freeze = blocking_freeze(milestone, movement, ignoring=ignoring)
    if freeze is not None:
        raise frozen_refusal(freeze, movement, role=role)


def frozen_refusal(
    freeze: EscrowFreeze, movement: Movement, *, role: str | None = None
) -> Conflict:
    code = (
        ContractErrorCode.CONTRACT_ON_HOLD
        if freeze.kind == FreezeKind.HOLD
        else ContractErrorCode.ESCROW_FROZEN
    )
    return Conflict(
        code,
        f"You can't {REFUSED_ACTION[movement]} now. {describe(freeze, role=role)}",
        freeze_id=freeze.pk,
        source=freeze.source,
        reference=freeze.reference,
        frozen_since=freeze.created_at.isoformat(),
    )


def stop_review_clock_if_frozen(milestone: Milestone) -> None:
    """A submission made while frozen keeps its clock stopped until the freeze is lifted."""
    if EscrowFreeze.objects.covering(milestone).exists():
        _stop_clock(milestone, event=False)


# --- Escrow freezes and holds --------------------------------------------------------------


def _lock_covered(contract: Contract, milestone: Milestone | None) -> list[Milestone]:
    rows = for_update(
        Milestone.objects.select_related("contract", "contract__freelancer", "contract__client")
    )
    if milestone is not None:
        return list(rows.filter(pk=milestone.pk, contract_id=contract.pk))
    return list(rows.filter(contract_id=contract.pk).order_by("pk"))


def _stop_clock(milestone: Milestone, *, event: bool = True) -> None:
    if milestone.state != MilestoneState.SUBMITTED or milestone.review_deadline is None:
        return
    left = max(milestone.review_deadline - clock.now(), timedelta(0))
    milestone.review_time_left = left
    milestone.review_deadline = None
    milestone.save(update_fields=["review_time_left", "review_deadline"])
    if event:
        record_event(
            contract=milestone.contract,
            milestone=milestone,
            actor_label="escrow freeze",
            kind="milestone.review_clock_stopped",
            message=f"The review clock stopped with {countdown(clock.now() + left)} left; "
            "it resumes from there when the freeze is lifted.",
            data={"seconds_left": int(left.total_seconds())},
        )


def _resume_clock(milestone: Milestone) -> None:
    if EscrowFreeze.objects.covering(milestone).exists():
        return  # still frozen by someone else
    left = milestone.review_time_left
    if left is None:
        return
    milestone.review_time_left = None
    fields = ["review_time_left"]
    if milestone.state == MilestoneState.SUBMITTED:
        from directcontracts.contracts.tasks import schedule_review_timers

        milestone.review_deadline = clock.now() + left
        fields.append("review_deadline")
        transaction.on_commit(partial(schedule_review_timers, milestone.review_deadline))
        record_event(
            contract=milestone.contract,
            milestone=milestone,
            actor_label="escrow freeze lifted",
            kind="milestone.review_clock_resumed",
            message=f"The review clock resumed with {countdown(milestone.review_deadline)} "
            f"left: automatic release on {moment_in_words(milestone.review_deadline)} UTC.",
            data={"seconds_left": int(left.total_seconds())},
        )
    milestone.save(update_fields=fields)


def _freeze(
    *,
    kind: FreezeKind,
    contract: Contract,
    milestone: Milestone | None,
    source: str,
    reference: str,
    reason: str,
    url: str,
    by: User | None,
    notify_parties: bool,
    url_for: User | None = None,
    link_text: str = "",
    staff_reason: str = "",
) -> EscrowFreeze:
    link_text = _clean(link_text, field="link text", limit=80, required=False)
    staff_reason = _clean(
        staff_reason, field="staff reason", limit=MAX_REASON, multiline=True, required=False
    )
    reference, reason, url = _check_target(
        source=source, reference=reference, reason=reason, url=url
    )
    if milestone is not None and milestone.contract_id != contract.pk:
        raise DomainError(
            ContractErrorCode.FREEZE_INVALID,
            "That milestone is not part of this contract.",
            field="milestone",
        )

    def work() -> EscrowFreeze:
        covered = _lock_covered(contract, milestone)
        existing = _active_freeze(contract, milestone, kind, source, reference)
        if existing is not None:
            return existing  # asked again: the first freeze stands
        try:
            with transaction.atomic():
                freeze = EscrowFreeze.objects.create(
                    contract=contract,
                    milestone=milestone,
                    kind=kind,
                    source=source,
                    reference=reference,
                    reason=reason,
                    staff_reason=staff_reason,
                    url=url,
                    url_for=url_for,
                    link_text=link_text,
                    created_by=by,
                    created_at=clock.now(),
                )
        except IntegrityError:
            # A concurrent twin committed between our read and insert (one row wins).
            found = _active_freeze(contract, milestone, kind, source, reference)
            if found is None:
                raise
            return found
        event_kind = "contract.held" if kind == FreezeKind.HOLD else "escrow.frozen"
        record_event(
            contract=contract,
            milestone=milestone,
            kind=event_kind,
            message=describe(freeze, with_url=False),  # the page links the dispute or case
            data={"freeze_id": freeze.pk, "source": source, "reference": reference},
            **_actor(by, source),
        )
        for row in covered:
            _stop_clock(row)
        if notify_parties:
            _announce(contract, freeze, event_kind, lifted=False)
        return freeze

    return _atomic(work)


def _active_freeze(
    contract: Contract, milestone: Milestone | None, kind: str, source: str, reference: str
) -> EscrowFreeze | None:
    rows = EscrowFreeze.objects.active().filter(
        contract_id=contract.pk, kind=kind, source=source, reference=reference
    )
    rows = (
        rows.filter(milestone__isnull=True)
        if milestone is None
        else rows.filter(milestone_id=milestone.pk)
    )
    return rows.select_related("milestone").first()


def _still_stopping(lifted: EscrowFreeze) -> EscrowFreeze | None:
    """Another active freeze that stops what the lifted one stopped (on the same milestone
    or the whole contract), if any: the parties are not told money can move when it can't."""
    others = EscrowFreeze.objects.active().filter(contract_id=lifted.contract_id)
    if lifted.milestone_id is not None:
        others = others.filter(Q(milestone__isnull=True) | Q(milestone_id=lifted.milestone_id))
    return others.exclude(pk=lifted.pk).order_by("kind", "created_at", "pk").first()


def _still_words(other: EscrowFreeze) -> str:
    what = "held" if other.kind == FreezeKind.HOLD else "frozen"
    by = _reference_words(other.reference)
    if other.source == FreezeSource.TRUST_SAFETY:
        by = f"Trust & Safety case {other.reference}"
    return (
        f"The contract is still {what} by {by}, so money on it stays where it is until that "
        "is lifted too."
    )


def _announce(contract: Contract, freeze: EscrowFreeze, kind: str, *, lifted: bool) -> None:
    target = f"“{freeze.milestone.title}”" if freeze.milestone is not None else "the contract"
    if freeze.kind == FreezeKind.HOLD:
        title = "The hold on this contract was lifted" if lifted else "This contract is on hold"
    else:
        title = f"Escrow of {target} {'unfrozen' if lifted else 'frozen'}"

    still = _still_stopping(freeze) if lifted else None

    def note(person: User | None, role: str) -> Note:
        if lifted:
            return Note(
                person,
                title[:200],
                f"{_capitalised(FreezeSource(freeze.source).label)} lifted it: "
                f"{freeze.lift_reason} "
                + (LIFTED[FreezeKind(freeze.kind)] if still is None else _still_words(still)),
            )
        link = link_for(freeze, role)
        if link is not None and freeze.url_for_id is not None:
            # The link only this person can open is the notice's own, with its words.
            return Note(
                person,
                title[:200],
                describe(freeze, with_url=False, role=role),
                url=link[0],
                link_text=link[1],
            )
        # The freeze's link (its dispute or case) is written into the body: declared, so
        # that pages and emails link it (and no other address in the words).
        links = (link[0],) if link is not None and link[0].startswith("/") else ()
        return Note(person, title[:200], describe(freeze, role=role), links=links)

    # Each party in their own words (what to do is said to them).
    announce_each(
        contract,
        kind=kind,
        milestone=freeze.milestone,
        key=f"freeze:{freeze.pk}:{'lifted' if lifted else 'created'}",
        notes=[note(contract.freelancer, "freelancer"), note(contract.client, "client")],
    )


def freeze_escrow(
    *,
    contract: Contract,
    milestone: Milestone | None = None,
    source: str,
    reference: str,
    reason: str,
    by: User | None = None,
    url: str = "",
    notify_parties: bool = True,
    url_for: User | None = None,
    link_text: str = "",
    staff_reason: str = "",
) -> EscrowFreeze:
    """Stop every movement of a milestone's escrow (or the whole contract's): no release,
    refund or new funding until lifted. `reason` is shown to both parties (`staff_reason`, the
    staff's own words, to staff only); `url` too, unless
    `url_for` names the one person who can open it (then `link_text` is what its link says and
    the other party reads what the freeze means for their money instead)."""
    return _freeze(
        kind=FreezeKind.FREEZE_ESCROW,
        contract=contract,
        milestone=milestone,
        source=source,
        reference=reference,
        reason=reason,
        url=url,
        by=by,
        notify_parties=notify_parties,
        url_for=url_for,
        link_text=link_text,
        staff_reason=staff_reason,
    )


def hold_contract(
    *,
    contract: Contract,
    source: str,
    reference: str,
    reason: str,
    by: User | None = None,
    url: str = "",
    notify_parties: bool = True,
    url_for: User | None = None,
    link_text: str = "",
    staff_reason: str = "",
) -> EscrowFreeze:
    """Put a whole contract on hold: no new funding and no release; refunds to the client
    still go through. `reason` is shown to both parties; `url` as for `freeze_escrow`."""
    return _freeze(
        kind=FreezeKind.HOLD,
        contract=contract,
        milestone=None,
        source=source,
        reference=reference,
        reason=reason,
        url=url,
        by=by,
        notify_parties=notify_parties,
        url_for=url_for,
        link_text=link_text,
        staff_reason=staff_reason,
    )


def lift_freeze(
    *, freeze: EscrowFreeze, by: User | None = None, reason: str, notify_parties: bool = True
) -> EscrowFreeze:
    """Lift a freeze or hold (the row stays, with who lifted it and why). Review clocks it
    stopped resume once no other freeze covers their milestone."""
    reason = _clean(reason, field="reason", limit=MAX_REASON, multiline=True)

    def work() -> EscrowFreeze:
        contract = Contract.objects.select_related("freelancer", "client").get(
            pk=freeze.contract_id
        )
        covered = _lock_covered(contract, freeze.milestone)
        now = clock.now()
        claimed = EscrowFreeze.objects.filter(pk=freeze.pk, lifted_at__isnull=True).update(
            lifted_at=now, lifted_by=by, lift_reason=reason
        )
        fresh = EscrowFreeze.objects.select_related("milestone").get(pk=freeze.pk)
        if not claimed:
            raise Conflict(
                ContractErrorCode.FREEZE_LIFTED,
                f"This freeze was already lifted on {moment_in_words(fresh.lifted_at)} UTC.",
                freeze_id=fresh.pk,
            )
        event_kind = "contract.hold_lifted" if fresh.kind == FreezeKind.HOLD else "escrow.unfrozen"
        record_event(
            contract=contract,
            milestone=fresh.milestone,
            kind=event_kind,
            message=f"Lifted ({_reference_words(fresh.reference)}): {reason}",
            data={"freeze_id": fresh.pk, "source": fresh.source, "reference": fresh.reference},
            **_actor(by, fresh.source),
        )
        for row in covered:
            _resume_clock(row)
        if notify_parties:
            _announce(contract, fresh, event_kind, lifted=True)
        if (
            fresh.kind == FreezeKind.FREEZE_ESCROW
            and RefundRequest.objects.filter(
                milestone__in=covered, state=RefundRequestState.PENDING
            ).exists()
        ):
            transaction.on_commit(_settle_waiting_refund_requests)
        return fresh

    return _atomic(work)


def _settle_waiting_refund_requests() -> None:
    """Refund requests whose silent deadline passed while refunds were refused: now."""
    from directcontracts.contracts.tasks import settle_refund_requests_task

    settle_refund_requests_task.enqueue()


# --- Payout holds ----------------------------------------------------------------------------


def held_from_payouts(freelancer: User, currency: str, free_minor: int) -> int:
    """How much of `free_minor` (the balance otherwise withdrawable) active holds keep."""
    holds = PayoutHold.objects.active().filter(freelancer_id=freelancer.pk, currency=currency)
    if holds.filter(amount_minor__isnull=True).exists():
        return kept_by_holds(free_minor, whole=True, total_minor=0)
    total = int(holds.aggregate(total=Sum("amount_minor"))["total"] or 0)
    return kept_by_holds(free_minor, whole=False, total_minor=total)


def in_security_hold(freelancer_id: int, currency: str | None = None) -> dict[str, int]:
    """Released money still inside its security hold, per currency, less what payout holds
    on the same milestone cover: an active hold keeps that money anyway (counting it in both
    would keep it twice), and a lifted hold's `taken_minor` already left the balance. Two
    queries for every currency; `paying.withdrawable` and the earnings page both use it."""
    releases = Release.objects.filter(freelancer_id=freelancer_id, available_at__gt=clock.now())
    if currency is not None:
        releases = releases.filter(currency=currency)
    held = {
        (row["currency"], row["milestone_id"]): int(row["total"])
        for row in releases.values("currency", "milestone_id")
        .annotate(total=Sum("net_minor"))
        .order_by()
    }
    if not held:
        return {}
    covered = {
        (row["currency"], row["milestone_id"]): int(row["kept"] or 0) + int(row["taken"] or 0)
        for row in PayoutHold.objects.filter(
            freelancer_id=freelancer_id,
            milestone_id__in={milestone_id for _, milestone_id in held},
        )
        .values("currency", "milestone_id")
        .annotate(
            kept=Sum("amount_minor", filter=Q(lifted_at__isnull=True)),
            taken=Sum("taken_minor"),
        )
        .order_by()
    }
    totals: dict[str, int] = {}
    for key, amount in held.items():
        totals[key[0]] = totals.get(key[0], 0) + max(0, amount - covered.get(key, 0))
    return totals


def kept_by_holds(free_minor: int, *, whole: bool, total_minor: int) -> int:
    """The rule for what payout holds keep of a free balance: all of it under a whole-balance
    hold, else their amounts up to the balance (the earnings page reads holds grouped)."""
    return free_minor if whole else min(free_minor, total_minor)


def active_payout_holds(freelancer: User, currency: str | None = None) -> list[PayoutHold]:
    holds = PayoutHold.objects.active().filter(freelancer_id=freelancer.pk)
    if currency is not None:
        holds = holds.filter(currency=currency)
    return list(holds.order_by("created_at", "id")[:50])


def require_payouts_allowed(
    *, freelancer: User, currency: str, amount_minor: int, withdrawable_minor: int
) -> None:
    """When a payout above what is withdrawable meets a hold, say so: 409 `payouts_on_hold`."""
    if amount_minor <= withdrawable_minor:
        return
    holds = active_payout_holds(freelancer, currency)
    if not holds:
        return
    reasons = " ".join(describe_hold(hold) for hold in holds[:3])
    raise Conflict(
        ContractErrorCode.PAYOUTS_ON_HOLD,
        f"You can withdraw up to {display(withdrawable_minor, currency)} now. {reasons}",
        withdrawable_minor=withdrawable_minor,
        holds=[{"id": h.pk, "source": h.source, "reference": h.reference} for h in holds[:3]],
    )


def hold_payouts(
    *,
    freelancer: User,
    currency: str,
    amount_minor: int | None = None,
    source: str,
    reference: str,
    reason: str,
    by: User | None = None,
    contract: Contract | None = None,
    milestone: Milestone | None = None,
    url: str = "",
) -> PayoutHold:
    """Keep `amount_minor` (or, when None, everything) of a freelancer's balance in
    `currency` from payouts until lifted; the freelancer is told why. `milestone`: the
    milestone whose released money the amount is (its security hold then counts it once)."""
    reference, reason, url = _check_target(
        source=source, reference=reference, reason=reason, url=url
    )
    if amount_minor is not None and (isinstance(amount_minor, bool) or amount_minor <= 0):
        raise DomainError(
            ContractErrorCode.FREEZE_INVALID,
            "Hold a positive amount, or leave it out to hold the whole balance.",
            field="amount_minor",
        )

    def work() -> PayoutHold:
        # Under the payout lock (paying.withdraw takes it too): a payout under way either
        # commits before the hold or sees it, never debits what the hold now keeps.
        payouts.lock_payout_accounts(freelancer, currency)
        existing = _active_hold(freelancer, currency, source, reference)
        if existing is not None:
            return existing
        try:
            with transaction.atomic():
                hold = PayoutHold.objects.create(
                    freelancer=freelancer,
                    currency=currency,
                    amount_minor=amount_minor,
                    contract=contract,
                    milestone=milestone,
                    source=source,
                    reference=reference,
                    reason=reason,
                    url=url,
                    created_by=by,
                    created_at=clock.now(),
                )
        except IntegrityError:
            found = _active_hold(freelancer, currency, source, reference)
            if found is None:
                raise
            return found
        _tell_freelancer(hold, lifted=False)
        return hold

    return _atomic(work)


def _active_hold(freelancer: User, currency: str, source: str, reference: str) -> PayoutHold | None:
    return (
        PayoutHold.objects.active()
        .filter(freelancer_id=freelancer.pk, currency=currency, source=source, reference=reference)
        .first()
    )


def lift_payout_hold(
    *, hold: PayoutHold, by: User | None = None, reason: str, taken_minor: int = 0
) -> PayoutHold:
    """Lift the hold. `taken_minor`: what the caller took from the balance in the same
    transaction to cover what the hold protected (a lost chargeback's recovery)."""
    reason = _clean(reason, field="reason", limit=MAX_REASON, multiline=True)
    if isinstance(taken_minor, bool) or taken_minor < 0:
        raise DomainError(
            ContractErrorCode.FREEZE_INVALID,
            "What was taken is zero or a positive amount.",
            field="taken_minor",
        )

    def work() -> PayoutHold:
        claimed = PayoutHold.objects.filter(pk=hold.pk, lifted_at__isnull=True).update(
            lifted_at=clock.now(), lifted_by=by, lift_reason=reason, taken_minor=taken_minor
        )
        fresh = PayoutHold.objects.get(pk=hold.pk)
        if not claimed:
            raise Conflict(
                ContractErrorCode.FREEZE_LIFTED,
                f"This payout hold was already lifted on {moment_in_words(fresh.lifted_at)} UTC.",
                hold_id=fresh.pk,
            )
        _tell_freelancer(fresh, lifted=True)
        return fresh

    return _atomic(work)


def _tell_freelancer(hold: PayoutHold, *, lifted: bool) -> None:
    from directcontracts.notifications.services import emit_event, notify

    kind = "payouts.hold_lifted" if lifted else "payouts.held"
    amount = (
        "your balance"
        if hold.amount_minor is None
        else display(hold.amount_minor, hold.currency) + " of your balance"
    )
    title = (
        f"The hold on {amount} was lifted"
        if lifted
        else f"{amount.capitalize()} is held from payouts"
    )
    body = f"Lifted: {hold.lift_reason}" if lifted else describe_hold(hold)
    about = ""
    if hold.contract_id is not None:
        contract = Contract.objects.get(pk=hold.contract_id)
        about = contract_label(contract)
        record_event(
            contract=contract,
            kind=kind,
            message=body,
            data={"payout_hold_id": hold.pk, "source": hold.source, "reference": hold.reference},
            **_actor(hold.lifted_by if lifted else hold.created_by, hold.source),
        )
    notify(
        recipient=hold.freelancer,
        kind=kind,
        title=title[:200],
        body=body,
        url="/earnings/",
        about=about,
        links=(hold.url,) if not lifted and hold.url.startswith("/") else (),
    )
    emit_event(
        event_type=kind,
        owner_ids=[hold.freelancer_id],
        data={
            "payout_hold": {
                "id": hold.pk,
                "currency": hold.currency,
                "amount_minor": hold.amount_minor,
                "source": hold.source,
                "reference": hold.reference,
                "lifted": lifted,
            }
        },
        idempotency_key=f"payout-hold:{hold.pk}:{'lifted' if lifted else 'created'}",
    )


# --- Reads ------------------------------------------------------------------------------------


def active_freezes(contract: Contract) -> Sequence[EscrowFreeze]:
    return list(
        EscrowFreeze.objects.active()
        .filter(contract_id=contract.pk)
        .select_related("milestone")
        .order_by("created_at", "id")[:50]
    )
