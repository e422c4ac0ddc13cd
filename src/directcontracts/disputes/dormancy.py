"""Dormant escrow: money nobody touches does not sit in escrow forever.

Counted from the contract's basis (the later of its last activity and its last milestone
date), for an active contract that still holds money in escrow:

| day (DORMANT_AFTER_DAYS = 90) | step |
|---|---|
| 76 | first notice to both parties (`noticed`) |
| 83 | second notice (`reminded`) |
| 90 | dormant: the freelancer has DORMANT_FREELANCER_DAYS (7) to request release |
| on request | the client has DORMANT_CLIENT_DAYS (14) to approve or dispute; silence releases |
| freelancer silent | the money returns to the client (`returned`) |

Design:

1. A step never comes sooner than 7 days after the previous notice, so a late sweep (a
   fresh installation, a stopped worker) still warns both parties twice before acting.
2. Activity before the dormant point (a message, a submission, any timeline event except
   these notices) cancels the case; a new one starts from the new basis. After it, only
   the steps count: the freelancer's request, the client's approval or dispute.
3. A contract with an active freeze (a dispute, Trust & Safety) is left alone: whoever froze
   it decides its escrow. When no escrow is left the case closes.
4. Each step claims the case with compare-and-set (one open case per contract, a partial
   unique index), schedules the next step as a task and runs in its own transaction, so
   the sweep can run any number of times: running it twice changes nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max, OuterRef, Q, QuerySet, Subquery

from directcontracts.accounts.models import User
from directcontracts.contracts import settlement
from directcontracts.contracts.announce import Note, announce_each, client_name
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.contracts.models import (
    ESCROWED_STATES,
    Contract,
    ContractEvent,
    ContractState,
    Message,
    Milestone,
)
from directcontracts.contracts.money import display
from directcontracts.contracts.states import lock_milestones, record_event
from directcontracts.core import clock
from directcontracts.core.dates import day_in_words, moment_in_words
from directcontracts.core.errors import Conflict, PermissionDenied
from directcontracts.core.locks import for_update
from directcontracts.disputes.errors import DisputeErrorCode
from directcontracts.disputes.models import DORMANCY_OPEN_STATES, DormancyCase, DormancyState
from directcontracts.disputes.states import move
from directcontracts.ledger.composition import money_transaction

OWN_EVENTS = "escrow.dorman"  # the prefix of this module's own timeline events
NOTICE_GAP = timedelta(days=7)
BATCH = 500


def first_notice_after() -> timedelta:
    return timedelta(days=settings.DORMANT_AFTER_DAYS - 14)


def second_notice_after() -> timedelta:
    return timedelta(days=settings.DORMANT_AFTER_DAYS - 7)


def dormant_after() -> timedelta:
    return timedelta(days=settings.DORMANT_AFTER_DAYS)


# --- Reads ---------------------------------------------------------------------------------


def _with_basis(contracts: QuerySet[Contract]) -> QuerySet[Contract]:
    last_event = (
        ContractEvent.objects.filter(contract=OuterRef("pk"))
        .exclude(kind__startswith=OWN_EVENTS)
        .order_by()
        .values("contract")
        .annotate(at=Max("created_at"))
        .values("at")
    )
    last_message = (
        Message.objects.filter(contract=OuterRef("pk"))
        .order_by()
        .values("contract")
        .annotate(at=Max("created_at"))
        .values("at")
    )
    last_due = (
        Milestone.objects.filter(contract=OuterRef("pk"))
        .order_by()
        .values("contract")
        .annotate(due=Max("due_date"))
        .values("due")
    )
    return contracts.annotate(
        last_event=Subquery(last_event),
        last_message=Subquery(last_message),
        last_due=Subquery(last_due),
    )


def basis_of(contract: Contract) -> datetime:
    """The later of the last activity and the end of the last milestone date."""
    moments = [contract.accepted_at or contract.created_at]
    for name in ("last_event", "last_message"):
        value = getattr(contract, name, None)
        if value is not None:
            moments.append(value)
    due = getattr(contract, "last_due", None)
    if due is not None:
        moments.append(datetime.combine(due, time.max, tzinfo=UTC))
    return max(moments)


def escrow_held(contract: Contract) -> int:
    return sum(m.escrow_minor for m in contract.milestones.filter(state__in=ESCROWED_STATES))


def dormant_milestones(case: DormancyCase) -> QuerySet[Milestone]:
    """The milestones whose money was in escrow when the contract became dormant, and still
    is: what the freelancer may request and what silence releases or returns. Money paid in
    since (the client funding the next milestone while a step waited) was never dormant, and
    stays in escrow for its own work and approval."""
    escrowed = case.contract.milestones.filter(state__in=ESCROWED_STATES).order_by("pk")
    if case.dormant_at is None:
        return escrowed
    funded_since = ContractEvent.objects.filter(
        contract=case.contract, kind="milestone.funded", created_at__gt=case.dormant_at
    ).values("milestone_id")
    return escrowed.exclude(pk__in=funded_since)


def dormant_held(case: DormancyCase) -> int:
    return sum(m.escrow_minor for m in dormant_milestones(case))


def open_case(contract: Contract) -> DormancyCase | None:
    return DormancyCase.objects.filter(contract=contract, state__in=DORMANCY_OPEN_STATES).first()


def _frozen(contract: Contract) -> bool:
    return EscrowFreeze.objects.active().filter(contract=contract).exists()


# --- The sweep -----------------------------------------------------------------------------


def run_dormancy() -> int:
    """One pass over active contracts holding escrow; returns how many steps were taken."""
    cutoff = clock.now() - first_notice_after()
    candidates = _with_basis(
        Contract.objects.filter(state=ContractState.ACTIVE, milestones__state__in=ESCROWED_STATES)
        .distinct()
        .order_by("pk")
    ).filter(
        Q(pk__in=DormancyCase.objects.filter(state__in=DORMANCY_OPEN_STATES).values("contract"))
        | Q(last_event__lte=cutoff, last_message__isnull=True)
        | Q(last_event__lte=cutoff, last_message__lte=cutoff)
    )
    steps = 0
    for contract in candidates[:BATCH]:
        steps += int(money_transaction(partial(_step, contract.pk, basis_of(contract))))
    steps += _close_emptied()
    return steps


def _close_emptied() -> int:
    """Open cases whose contract no longer holds escrow (approved, refunded, ended)."""
    closed = 0
    for case in DormancyCase.objects.filter(state__in=DORMANCY_OPEN_STATES).exclude(
        contract__milestones__state__in=ESCROWED_STATES
    )[:BATCH]:
        with transaction.atomic():
            try:
                _close(case, why="No money is left in escrow")
            except Conflict:
                continue
            closed += 1
    return closed


def _close(case: DormancyCase, *, why: str) -> None:
    """No dormant money is left (approved, refunded; what escrow holds now, if anything,
    was paid in since): the steps end."""
    move(case, DormancyState.CLOSED, closed_at=clock.now())
    record_event(
        contract=case.contract,
        actor_label="dormant escrow",
        kind="escrow.dormancy_closed",
        message=f"{why}, so the dormant-escrow steps end.",
    )


def _step(contract_id: int, basis: datetime) -> bool:
    """Take the one step that is due for this contract, if any."""
    contract = Contract.objects.select_related("freelancer", "client").get(pk=contract_id)
    # Every milestone row first, in primary-key order (as a freeze and the end of a contract
    # lock them): what escrow holds is read as it will be moved, so an approval or refund
    # committed meanwhile is seen here and the step never acts on money already gone.
    lock_milestones(contract)
    held = escrow_held(contract)
    if held <= 0 or _frozen(contract):
        return False
    now = clock.now()
    case = open_case(contract)
    if case is None:
        if now < basis + first_notice_after():
            return False
        return _first_notice(contract, basis, held)
    if case.state in (DormancyState.NOTICED, DormancyState.REMINDED) and basis > case.basis_at:
        return _cancel(case)
    if case.state == DormancyState.NOTICED:
        due = max(case.basis_at + second_notice_after(), case.first_notice_at + NOTICE_GAP)
        return now >= due and _second_notice(case, held)
    if case.state == DormancyState.REMINDED:
        assert case.second_notice_at is not None  # noqa: S101 - set with the state
        due = max(case.basis_at + dormant_after(), case.second_notice_at + NOTICE_GAP)
        return now >= due and _become_dormant(case, held)
    if case.state in (DormancyState.FREELANCER_WINDOW, DormancyState.CLIENT_WINDOW):
        held = dormant_held(case)  # not what was paid in since it became dormant
        if held <= 0:
            _close(case, why="The money that was dormant has been approved or refunded")
            return True
    if case.state == DormancyState.FREELANCER_WINDOW:
        assert case.freelancer_deadline is not None  # noqa: S101 - set with the state
        return now >= case.freelancer_deadline and _return_to_client(case, held)
    if case.state == DormancyState.CLIENT_WINDOW:
        assert case.client_deadline is not None  # noqa: S101 - set with the state
        return now >= case.client_deadline and _release_to_freelancer(case, held)
    return False


def _schedule(moment: datetime) -> None:
    from directcontracts.disputes.tasks import schedule_dormancy_step

    transaction.on_commit(partial(schedule_dormancy_step, moment))


# The words of a dormancy email's link (the contract's page, unless a step names another).
CONTRACT_LINK = "Go to the contract and its escrow"
KEEP_ACTIVE_LINK = "Go to the contract to keep its escrow active"


def _tell(
    case: DormancyCase,
    *,
    kind: str,
    title: str,
    message: str,
    freelancer: str,
    client: str,
    step: str,
    client_title: str = "",
    freelancer_url: str = "",
    freelancer_link: str = CONTRACT_LINK,
    client_link: str = CONTRACT_LINK,
) -> None:
    """The timeline reads `message`; each party's notice addresses them (`freelancer`,
    `client`: their own bodies, `*_link`: the words of their email's link) and one webhook
    event is sent."""
    contract = case.contract
    record_event(contract=contract, actor_label="dormant escrow", kind=kind, message=message)
    announce_each(
        contract,
        kind=kind,
        key=f"dormancy:{case.pk}:{step}",
        notes=[
            Note(
                contract.freelancer,
                title,
                freelancer,
                url=freelancer_url,
                link_text=freelancer_link,
            ),
            Note(contract.client, client_title or title, client, link_text=client_link),
        ],
    )


def _names(contract: Contract) -> tuple[str, str]:
    """(the freelancer's name, the client's name), as each reads the other."""
    return contract.freelancer.display_name, client_name(contract)


def _dormant_page(contract: Contract) -> str:
    return f"{settings.BASE_URL}/contracts/{contract.pk}/dormant/"


def _first_notice(contract: Contract, basis: datetime, held: int) -> bool:
    now = clock.now()
    try:
        with transaction.atomic():
            case = DormancyCase.objects.create(
                contract=contract,
                state=DormancyState.NOTICED,
                basis_at=basis,
                first_notice_at=now,
            )
    except IntegrityError:
        return False  # another sweep opened it
    dormant = max(basis + dormant_after(), now + 2 * NOTICE_GAP)
    amount = display(held, contract.currency)
    freelancer, client = _names(contract)
    since = f"{amount} has been in escrow with no activity since {day_in_words(basis)}."
    keep = "Approve, refund, message or dispute to keep it active."
    _tell(
        case,
        kind="escrow.dormancy_notice",
        title="Escrow has had no activity",
        message=f"{since} If nothing happens, it becomes dormant on {day_in_words(dormant)}: the "
        f"freelancer then has {settings.DORMANT_FREELANCER_DAYS} days to request release, and "
        f"if nobody acts the money returns to the client. {keep}",
        freelancer=f"{since} If nothing happens, it becomes dormant on {day_in_words(dormant)}: you "
        f"then have {settings.DORMANT_FREELANCER_DAYS} days to request its release, and if you "
        f"don't, the money returns to {client}. Submit work or message {client} to keep it "
        "active.",
        client=f"{since} If nothing happens, it becomes dormant on {day_in_words(dormant)}: "
        f"{freelancer} then has {settings.DORMANT_FREELANCER_DAYS} days to request its "
        "release, and if nobody acts the money returns to you. Approve, ask for a refund, "
        f"message {freelancer} or open a dispute to keep it active.",
        step="first",
        freelancer_link=KEEP_ACTIVE_LINK,
        client_link=KEEP_ACTIVE_LINK,
    )
    _schedule(max(basis + second_notice_after(), now + NOTICE_GAP))
    return True


def _cancel(case: DormancyCase) -> bool:
    move(case, DormancyState.CANCELLED, closed_at=clock.now())
    record_event(
        contract=case.contract,
        actor_label="dormant escrow",
        kind="escrow.dormancy_cancelled",
        message="Activity resumed, so the escrow is not dormant.",
    )
    return True


def _second_notice(case: DormancyCase, held: int) -> bool:
    now = clock.now()
    move(case, DormancyState.REMINDED, second_notice_at=now)
    dormant = max(case.basis_at + dormant_after(), now + NOTICE_GAP)
    contract = case.contract
    amount = display(held, contract.currency)
    freelancer, client = _names(contract)
    still = f"{amount} is still in escrow with no activity. On {day_in_words(dormant)} it becomes dormant:"
    days = settings.DORMANT_FREELANCER_DAYS
    _tell(
        case,
        kind="escrow.dormancy_notice",
        title=f"Escrow becomes dormant on {day_in_words(dormant)}",
        message=f"{still} the freelancer then has {days} days to request release; otherwise "
        "it returns to the client.",
        freelancer=f"{still} you then have {days} days to request its release; otherwise it "
        f"returns to {client}.",
        client=f"{still} {freelancer} then has {days} days to request its release; otherwise "
        "it returns to you. Approve, ask for a refund or open a dispute to keep it active.",
        step="second",
        freelancer_link=KEEP_ACTIVE_LINK,
        client_link=KEEP_ACTIVE_LINK,
    )
    _schedule(dormant)
    return True


def _become_dormant(case: DormancyCase, held: int) -> bool:
    now = clock.now()
    deadline = now + timedelta(days=settings.DORMANT_FREELANCER_DAYS)
    move(case, DormancyState.FREELANCER_WINDOW, dormant_at=now, freelancer_deadline=deadline)
    contract = case.contract
    amount = display(held, contract.currency)
    freelancer, client = _names(contract)
    until = f"{moment_in_words(deadline)} UTC"
    _tell(
        case,
        kind="escrow.dormant",
        title="Escrow is dormant",
        message=f"{amount} is dormant. The freelancer can request its release until {until}; "
        "without a request it returns to the client.",
        freelancer=f"{amount} is dormant. Request its release by {until} at "
        f"{_dormant_page(contract)}; without a request it returns to {client}.",
        client=f"{amount} is dormant. {freelancer} can request its release until {until}; "
        "without a request it returns to you.",
        step="dormant",
        freelancer_url=f"/contracts/{contract.pk}/dormant/",
        freelancer_link="Request the dormant escrow's release",
    )
    _schedule(deadline)
    return True


def _return_to_client(case: DormancyCase, held: int) -> bool:
    contract = case.contract
    moving = list(dormant_milestones(case))
    move(case, DormancyState.RETURNED, closed_at=clock.now(), amount_minor=held)
    for milestone in moving:
        settlement.refund_escrow(
            milestone=milestone,
            actor_label="dormant escrow returned",
            reason="Dormant escrow: nobody asked for it within the windows, so it returns to the client.",
        )
    amount = display(held, contract.currency)
    freelancer, client = _names(contract)
    _tell(
        case,
        kind="escrow.dormant_returned",
        title=f"Dormant escrow went back to {client}",
        client_title="Dormant escrow was returned to you",
        message=f"{amount} returned to the client's payment method: the freelancer did not "
        "request release in time.",
        freelancer=f"{amount} returned to {client}'s payment method: you did not request its "
        "release in time.",
        client=f"{amount} returned to your payment method: {freelancer} did not request its "
        "release in time.",
        step="returned",
    )
    return True


def _release_to_freelancer(case: DormancyCase, held: int) -> bool:
    contract = case.contract
    moving = list(dormant_milestones(case))
    move(case, DormancyState.RELEASED, closed_at=clock.now(), amount_minor=held)
    for milestone in moving:
        settlement.release_escrow(milestone=milestone, actor_label="dormant escrow released")
    amount = display(held, contract.currency)
    freelancer, client = _names(contract)
    _tell(
        case,
        kind="escrow.dormant_released",
        title="Dormant escrow was released to you",
        client_title=f"Dormant escrow was released to {freelancer}",
        message=f"{amount} was released: the freelancer requested it and the client neither "
        "approved nor disputed in time.",
        freelancer=f"{amount} was released to you: you requested it and {client} neither "
        "approved nor disputed in time.",
        client=f"{amount} was released to {freelancer}: they requested it and you neither "
        "approved nor disputed in time.",
        step="released",
    )
    return True


# --- The freelancer's request ------------------------------------------------------------------


def request_release(*, contract: Contract, by: User) -> DormancyCase:
    """The freelancer asks for dormant escrow; the client has DORMANT_CLIENT_DAYS to approve
    or dispute, and silence releases it."""
    if by.pk != contract.freelancer_id:
        raise PermissionDenied(
            "Only the contract's freelancer can request dormant escrow.",
            code=DisputeErrorCode.WRONG_PARTY,
        )

    @transaction.atomic
    def work() -> DormancyCase:
        case = (
            for_update(DormancyCase.objects.all())
            .select_related("contract", "contract__freelancer", "contract__client")
            .filter(contract=contract, state=DormancyState.FREELANCER_WINDOW)
            .first()
        )
        now = clock.now()
        if case is None or case.freelancer_deadline is None or now >= case.freelancer_deadline:
            raise Conflict(
                DisputeErrorCode.NOT_RELEASE_WINDOW,
                "There is no dormant escrow on this contract to request right now: it can be "
                "requested only in the window after it becomes dormant.",
            )
        deadline = now + timedelta(days=settings.DORMANT_CLIENT_DAYS)
        move(case, DormancyState.CLIENT_WINDOW, release_requested_at=now, client_deadline=deadline)
        held = dormant_held(case)
        amount = display(held, contract.currency)
        until = f"{moment_in_words(deadline)} UTC"
        _tell(
            case,
            kind="escrow.dormant_release_requested",
            title="You asked for the dormant escrow",
            client_title=f"{by.display_name} asks for the dormant escrow",
            message=f"The freelancer asked for the {amount} of dormant escrow. Unless the "
            f"client approves the milestones or opens a dispute by {until}, it is released to "
            "the freelancer.",
            freelancer=f"Unless {_names(contract)[1]} approves the milestones or opens a "
            f"dispute by {until}, the {amount} in escrow is released to you then.",
            client=f"Approve the milestones or open a dispute by {until}; if you do neither, "
            f"the {amount} in escrow is released to {by.display_name}.",
            step="requested",
            client_link="Approve or dispute on the contract",
        )
        _schedule(deadline)
        return case

    return work()
