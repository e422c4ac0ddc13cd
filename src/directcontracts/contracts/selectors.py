from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from django.db.models import Case, Count, F, OuterRef, Q, QuerySet, Subquery, Sum, Value, When

from directcontracts.accounts.models import User
from directcontracts.contracts import payment_privacy
from directcontracts.contracts.freeze_models import EscrowFreeze, FreezeKind
from directcontracts.contracts.models import (
    ESCROWED_STATES,
    ChangeProposal,
    Contract,
    ContractEvent,
    ContractState,
    Invitation,
    Message,
    Milestone,
    MilestoneState,
    ProposalState,
    RefundRequest,
    Release,
    ThreadReadMark,
)
from directcontracts.contracts.money import Quote, describe_charge, display, quote
from directcontracts.core import clock
from directcontracts.core.countries import country_names
from directcontracts.core.pagination import newest_first
from directcontracts.payments.models import Payment, PaymentMethod


def contracts_of(user: object, *, state: str = "", search: str = "") -> QuerySet[Contract]:
    contracts = Contract.objects.visible_to(user).select_related("freelancer", "client")
    if state:
        contracts = contracts.filter(state=state)
    if search:
        contracts = contracts.filter(
            Q(title__icontains=search)
            | Q(client_name__icontains=search)
            | Q(client_email__icontains=search)
        )
    return contracts.order_by("-updated_at", "-id")


def milestones_of(contract: Contract) -> QuerySet[Milestone]:
    return contract.milestones.order_by("position", "id")


def timeline_of(contract: Contract, *, role: str | None) -> QuerySet[ContractEvent]:
    """The whole activity, oldest first, without what `role` does not read (the messages are
    `payment_privacy.shown_message` of each)."""
    events = payment_privacy.visible_events(contract.events.all(), role)
    return events.select_related("actor", "milestone").order_by("created_at", "id")


def total_of(contract: Contract) -> int:
    return int(contract.milestones.aggregate(total=Sum("amount_minor"))["total"] or 0)


def contract_quote(contract: Contract) -> Quote:
    return quote(total_of(contract), contract.currency)


def open_invitation_of(contract: Contract) -> Invitation | None:
    return contract.invitations.filter(revoked_at__isnull=True, answered_at__isnull=True).first()


def messages_of(contract: Contract) -> QuerySet[Message]:
    return (
        contract.messages.select_related("sender")
        .prefetch_related("attachments")
        .order_by("created_at", "id")
    )


THREAD_PAGE_SIZE = 20
TIMELINE_PAGE_SIZE = 25
Row = TypeVar("Row", Message, ContractEvent)


@dataclass(frozen=True)
class NewestPage(Generic[Row]):
    """One page of a growing list, newest page first, shown oldest to newest.

    `earlier` is the cursor for the page before it (the oldest id shown), or None."""

    items: list[Row]
    earlier: int | None


def _newest_page(rows: QuerySet[Row], *, before: int | None, size: int) -> NewestPage[Row]:
    shown, earlier = newest_first(rows, before=before, size=size)
    shown.reverse()
    return NewestPage(items=shown, earlier=earlier)


# What a page needs to name a person (`User.display_name`): the rest of the user's and the
# profile's columns would be read, compiled and built into objects for nothing.
def _person_fields(relation: str) -> list[str]:
    return [
        f"{relation}__id",
        f"{relation}__full_name",
        f"{relation}__email",
        f"{relation}__freelancer_profile__id",
        f"{relation}__freelancer_profile__user_id",
        f"{relation}__freelancer_profile__display_name",
    ]


def thread_page(contract: Contract, *, before: int | None = None) -> NewestPage[Message]:
    """The newest messages (or those before `before`), with their senders and files."""
    rows = (
        contract.messages.select_related("sender__freelancer_profile")
        .only("id", "contract_id", "sender_id", "body", "created_at", *_person_fields("sender"))
        .prefetch_related("attachments")
    )
    return _newest_page(rows, before=before, size=THREAD_PAGE_SIZE)


def timeline_page(
    contract: Contract, *, role: str | None, before: int | None = None
) -> NewestPage[ContractEvent]:
    """One page of the activity as `role` reads it (payment_privacy: the client's card and
    declined attempts are the client's)."""
    events = payment_privacy.visible_events(contract.events.all(), role)
    rows = events.select_related("actor__freelancer_profile", "milestone").only(
        "id",
        "contract_id",
        "milestone_id",
        "actor_id",
        "actor_label",
        "kind",
        "message",
        "data",
        "created_at",
        "milestone__id",
        "milestone__title",
        *_person_fields("actor"),
    )
    page = _newest_page(rows, before=before, size=TIMELINE_PAGE_SIZE)
    return NewestPage(items=payment_privacy.for_viewer(page.items, role), earlier=page.earlier)


def countdown(deadline: datetime | None) -> str:
    """'13 d 4 h' until an automatic release (minutes when under an hour)."""
    if deadline is None:
        return ""
    left = deadline - clock.now()
    if left.total_seconds() <= 0:
        return "due now"
    days, rest = divmod(int(left.total_seconds()), 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {rest // 60} min"
    return f"{max(1, rest // 60)} min"


CHARGE_STATES = {
    "pending": "Pending: waiting to settle",
    "succeeded": "Settled",
    "failed": "Declined",
    "charged_back": "Charged back by the bank",
}


def charges_of(milestone_ids: list[int]) -> dict[int, list[Payment]]:
    """Every charge made to fund these milestones (bonuses included), oldest first."""
    found: dict[int, list[Payment]] = {pk: [] for pk in milestone_ids}
    references = {f"milestone:{pk}": pk for pk in milestone_ids}
    for payment in (
        Payment.objects.filter(reference__in=list(references))
        .select_related("method")
        .order_by("created_at", "id")
    ):
        found[references[payment.reference]].append(payment)
    return found


def payment_methods_to_choose(client: User) -> list[PaymentMethod]:
    """The client's payment methods to pay with, in one query: each knows whether its last
    payment was declined (`last_declined`), and those come after the others, newest first
    within each; none is left out, the client may still choose it."""
    last_state = (
        Payment.objects.filter(method=OuterRef("pk")).order_by("-created_at", "-id").values("state")
    )
    return list(
        PaymentMethod.objects.filter(owner=client, removed_at__isnull=True)
        .annotate(last_state=Subquery(last_state[:1]))
        .annotate(
            last_declined=Case(When(last_state="failed", then=Value(True)), default=Value(False))
        )
        .order_by("last_declined", "-created_at", "-id")
    )


def charge_line(payment: Payment) -> dict[str, Any]:
    if payment.state == "failed":
        # Nothing was charged: a declined payment is never described as a charge.
        summary = (
            f"Payment of {display(payment.total_minor, payment.currency)} with "
            f"{payment.method.label} was declined: nothing was taken."
        )
    else:
        summary = describe_charge(
            currency=payment.currency,
            amount=payment.amount_minor,
            fee=payment.fee_minor,
            paid_with=payment.method.label,
            method_kind=payment.method.kind,
        )
    return {
        "summary": summary,
        "state": CHARGE_STATES.get(payment.state, payment.state),
        "at": payment.settled_at or payment.created_at,
    }


@dataclass(frozen=True)
class StatementTotals:
    """What the money of a contract did: the statement's totals, and an ended contract's
    "Money and fees" (what was paid, released and refunded, not the quote)."""

    contract_total: int
    in_escrow: int
    released: int
    refunded: int
    freelancer_fee: int
    freelancer_net: int


def totals_of(milestones: Iterable[Milestone], releases: Iterable[Release]) -> StatementTotals:
    milestones = list(milestones)
    releases = list(releases)
    return StatementTotals(
        contract_total=sum(m.amount_minor for m in milestones),
        in_escrow=sum(
            m.funded_amount_minor - m.released_amount_minor - m.refunded_amount_minor
            for m in milestones
            if m.state in ESCROWED_STATES
        ),
        released=sum(m.released_amount_minor for m in milestones),
        refunded=sum(m.refunded_amount_minor for m in milestones),
        freelancer_fee=sum(r.fee_minor for r in releases),
        freelancer_net=sum(r.net_minor for r in releases),
    )


@dataclass(frozen=True)
class MoneySoFar:
    """What actually happened to a contract's money, in words for its page."""

    paid_in: str  # into escrow by the client (processing fees aside)
    released: str
    refunded: str
    freelancer_fee: str
    freelancer_net: str  # what the freelancer received, after the service fee


def money_so_far(contract: Contract, milestones: list[Milestone]) -> MoneySoFar:
    """The statement's totals of the page's milestones and the contract's releases (one
    query): an ended contract shows these, not the quote of what it would have cost."""
    totals = totals_of(milestones, Release.objects.filter(milestone__contract=contract))
    currency = contract.currency
    return MoneySoFar(
        paid_in=display(sum(m.funded_amount_minor for m in milestones), currency),
        released=display(totals.released, currency),
        refunded=display(totals.refunded, currency),
        freelancer_fee=display(totals.freelancer_fee, currency),
        freelancer_net=display(totals.freelancer_net, currency),
    )


def pending_refund_requests(milestone_ids: list[int]) -> list[RefundRequest]:
    """The waiting refund requests of these milestones, oldest first, in one query: the
    contract page's cards and its open request codes both read them from this list."""
    return list(
        RefundRequest.objects.filter(milestone_id__in=milestone_ids, state="pending").order_by(
            "created_at", "id"
        )
    )


def pending_refund_requests_of(
    milestone_ids: list[int], pending: list[RefundRequest] | None = None
) -> dict[int, RefundRequest]:
    """Each milestone's newest waiting refund request, in one query for the whole page
    (none when `pending`, from `pending_refund_requests`, is given)."""
    found: dict[int, RefundRequest] = {}
    if pending is None:
        pending = pending_refund_requests(milestone_ids)
    for request in pending:
        found[request.milestone_id] = request  # the newest wins
    return found


def change_requests_of(milestones: list[Milestone]) -> dict[int, ContractEvent]:
    """The client's latest change request on each milestone waiting for changes (one query)."""
    waiting = [m.pk for m in milestones if m.state == MilestoneState.CHANGES_REQUESTED]
    found: dict[int, ContractEvent] = {}
    if not waiting:
        return found
    for event in ContractEvent.objects.filter(
        milestone_id__in=waiting, kind="milestone.changes_requested"
    ).order_by("created_at", "id"):
        found[event.milestone_id or 0] = event  # the newest wins
    return found


def milestones_with_deliverables(contract: Contract) -> list[Milestone]:
    """The contract's milestones in order, each with its deliverables and their files."""
    return list(milestones_of(contract).prefetch_related("deliverables__files"))


# Freezes come from Trust & Safety and disputes, a handful at most; the cap only bounds a page.
PAGE_FREEZES_LIMIT = 500


def page_freezes(
    contract: Contract, milestones: list[Milestone] | None = None
) -> list[EscrowFreeze]:
    """The contract's active freezes (its own and its milestones'), read once per page however
    many milestones it shows (the milestones of one page share their contract object).
    `milestones`: all the contract's milestones, already read by the page; each freeze gets
    its milestone from them instead of a join (building the join's twenty columns cost more
    than the query itself, issue 19)."""
    cached: list[EscrowFreeze] | None = getattr(contract, "_active_freezes_for_page", None)
    if cached is None:
        rows = EscrowFreeze.objects.active().filter(contract_id=contract.pk)
        if milestones is None:
            rows = rows.select_related("milestone")
        cached = list(rows.order_by("created_at", "id")[:PAGE_FREEZES_LIMIT])
        by_pk = {m.pk: m for m in milestones or ()}
        for freeze in cached:
            freeze.contract = contract  # who is who, for a link meant for one party
            if freeze.milestone_id in by_pk:
                freeze.milestone = by_pk[freeze.milestone_id]
        contract._active_freezes_for_page = cached  # type: ignore[attr-defined]
    return cached


def page_freezes_read(contract: Contract) -> list[EscrowFreeze] | None:
    """The freezes `page_freezes` read for this contract object, when it has and they are
    all of them (below the page's cap); None otherwise."""
    cached: list[EscrowFreeze] | None = getattr(contract, "_active_freezes_for_page", None)
    if cached is None or len(cached) >= PAGE_FREEZES_LIMIT:
        return None
    return cached


def frozen_kind(freezes: list[EscrowFreeze], milestone: Milestone) -> str:
    """How the milestone is stopped by the freezes on it or on its whole contract: an escrow
    freeze (nothing leaves) before a hold (no funding, no release), or "" when it is not."""
    kinds = {f.kind for f in freezes if f.milestone_id in (None, milestone.pk)}
    for kind in (FreezeKind.FREEZE_ESCROW, FreezeKind.HOLD):
        if kind in kinds:
            return str(kind)
    return ""


def milestone_cards(
    contract: Contract,
    user: object,
    milestones: list[Milestone] | None = None,
    pending_refunds: list[RefundRequest] | None = None,
) -> list[dict[str, Any]]:
    """What the contract page shows for each milestone, with what this person may do.
    `milestones` (from `milestones_with_deliverables`) saves reading them again, and
    `pending_refunds` (from `pending_refund_requests` of those milestones) the refund query."""
    role = contract.role_of(user)
    active = contract.state == ContractState.ACTIVE
    cards = []
    if milestones is None:
        milestones = milestones_with_deliverables(contract)
    # The client's own charges: what each was made of (the freelancer sees the timeline).
    charges = charges_of([m.pk for m in milestones]) if role == "client" else {}
    refund_requests = pending_refund_requests_of([m.pk for m in milestones], pending_refunds)
    change_requests = change_requests_of(milestones)
    freezes = page_freezes(contract)
    for m in milestones:
        state = m.state
        # A freeze stops funding and release (an escrow freeze refunds too): the card offers
        # none of those and says so instead (`frozen_line`), never "start work now".
        frozen = frozen_kind(freezes, m)
        refunds_stopped = frozen == FreezeKind.FREEZE_ESCROW
        cards.append(
            {
                "obj": m,
                "state": card_state(contract, m),
                "state_class": card_state_class(contract, m),
                "amount": display(m.amount_minor, contract.currency),
                "outcome": money_outcome(m, contract.currency),
                # A bonus awaiting funding is an approval's, waiting for its charge's answer:
                # paid by that approval, never funded from its card.
                "wait_for_funding": active
                and role == "freelancer"
                and state == MilestoneState.AWAITING_FUNDING
                and m.bonus_releases_minor is None
                and not frozen,
                "frozen": frozen,
                "frozen_line": frozen_line(frozen, role, m) if active else "",
                "in_escrow": display(m.escrow_minor, contract.currency) if m.in_escrow else "",
                "countdown": countdown(m.review_deadline)
                if state == MilestoneState.SUBMITTED
                else "",
                "deliverables": list(m.deliverables.all()),
                "can_fund": active
                and role == "client"
                and state == MilestoneState.AWAITING_FUNDING
                and m.bonus_releases_minor is None
                and not frozen,
                "can_submit": active
                and role == "freelancer"
                and state in (MilestoneState.FUNDED, MilestoneState.CHANGES_REQUESTED),
                "can_review": role == "client" and state == MilestoneState.SUBMITTED,
                "can_release": role == "client" and m.in_escrow and not frozen,
                # A freeze stops the review clock (no deadline to extend: extending is refused).
                "can_extend": role == "client"
                and state == MilestoneState.SUBMITTED
                and m.review_deadline is not None
                and not m.review_extended,
                "refunds_stopped": refunds_stopped,
                "can_refund": role == "freelancer" and m.in_escrow and not refunds_stopped,
                "unlocked": role == "freelancer" or state == MilestoneState.RELEASED,
                "refund_request": refund_requests.get(m.pk),
                "change_request": change_requests.get(m.pk),
                "can_ask_refund": role == "client" and m.in_escrow and not refunds_stopped,
                "charges": [charge_line(p) for p in charges.get(m.pk, [])],
            }
        )
    return cards


# What a frozen milestone's card says in place of "You can start work now" or "Fund this
# milestone", by the kind of freeze and the reader's part; the freeze's own notice (above the
# line, on the card or at the top of the page) says who froze it, why and whom to ask.
_SEE_NOTICE = "The notice above says why and what you can do."
_STOPPED = {
    FreezeKind.FREEZE_ESCROW: ("frozen", "the freeze"),
    FreezeKind.HOLD: ("on hold", "the hold"),
}


def frozen_line(kind: str, role: str | None, milestone: Milestone) -> str:
    """What a party may expect of a milestone under a freeze of `kind` ("" when none)."""
    if not kind or role not in ("freelancer", "client"):
        return ""
    state, stop = _STOPPED[FreezeKind(kind)]
    if milestone.state == MilestoneState.AWAITING_FUNDING:
        if role == "freelancer":
            return (
                f"Don't start work yet: this milestone is not funded, and the client can't "
                f"fund it while the contract is {state}. {_SEE_NOTICE}"
            )
        return f"You can't fund this milestone while it is {state}. {_SEE_NOTICE}"
    if not milestone.in_escrow:
        return ""
    if kind == FreezeKind.HOLD:
        money = (
            f"the money stays in escrow and can't be released to you until {stop} is lifted "
            "(it can still be refunded to the client)"
            if role == "freelancer"
            else f"your money stays in escrow and can't be released until {stop} is lifted "
            "(it can still be refunded to you)"
        )
    else:
        money = (
            f"the money stays in escrow and can't be released to you until {stop} is lifted"
            if role == "freelancer"
            else f"your money stays in escrow: it can't be released or refunded until {stop} "
            "is lifted"
        )
    if milestone.state != MilestoneState.FUNDED:
        return f"{state.capitalize()}: {money}. {_SEE_NOTICE}"
    advice = " Wait before starting work on it." if role == "freelancer" else ""
    return f"Funded, but {state}: {money}.{advice} {_SEE_NOTICE}"


# Milestones the client never paid for: once the contract ends, nothing will be.
UNFUNDED_STATES = (MilestoneState.DRAFT, MilestoneState.AWAITING_FUNDING)


# What a cancelled contract's milestones are: never funded, and never will be (not "Draft").
CANCELLED_WITH_CONTRACT = "Cancelled with the contract"


# What an invitation's milestones are: terms that start once the client accepts (or once an
# acceptance held for a check goes through), not a draft. The client reads "Awaiting your
# acceptance" on the offer.
STARTS_AT_ACCEPTANCE = "Starts when the client accepts"
DECLINED_WITH_INVITATION = "Not started: invitation declined"


# A bonus whose approval waits for the processor to take its charge (escrow.approve_milestone).
BONUS_ON_ITS_WAY = "Bonus payment on its way"


def card_state(contract: Contract, milestone: Milestone) -> str:
    """The state a milestone's card names: its own, except where that word would mislead."""
    if milestone.state == MilestoneState.DRAFT and contract.state == ContractState.INVITED:
        return STARTS_AT_ACCEPTANCE
    if milestone.state == MilestoneState.DRAFT and contract.state == ContractState.DECLINED:
        return DECLINED_WITH_INVITATION
    if contract.state == ContractState.ENDED and milestone.state in UNFUNDED_STATES:
        return "Not funded: contract ended"
    if milestone.bonus_releases_minor is not None:
        return BONUS_ON_ITS_WAY
    if contract.state == ContractState.CANCELLED and milestone.state in UNFUNDED_STATES:
        return CANCELLED_WITH_CONTRACT
    if milestone.state == MilestoneState.RELEASED and milestone.refunded_amount_minor:
        # The rest of a partial release went back with the freelancer's yes (or a decision).
        return "Released in part, rest refunded"
    return milestone.get_state_display()


def card_state_class(contract: Contract, milestone: Milestone) -> str:
    """The `state-…` style of that name: a cancelled contract's milestones look cancelled."""
    if contract.state == ContractState.CANCELLED and milestone.state in UNFUNDED_STATES:
        return ContractState.CANCELLED
    if milestone.state == MilestoneState.DRAFT and contract.state in (
        ContractState.INVITED,
        ContractState.DECLINED,
    ):
        return contract.state  # looks like the contract's own badge
    return milestone.state


def money_outcome(milestone: Milestone, currency: str) -> str:
    """Where a finished milestone's money went, when it was split between the parties:
    '$250.00 released · $150.00 refunded' (the amounts the statement reads too)."""
    released, refunded = milestone.released_amount_minor, milestone.refunded_amount_minor
    if milestone.in_escrow or not (released and refunded):
        return ""
    return f"{display(released, currency)} released · {display(refunded, currency)} refunded"


def pending_proposals(contract: Contract) -> QuerySet[ChangeProposal]:
    return contract.proposals.filter(state=ProposalState.PENDING).select_related(
        "proposed_by", "milestone"
    )


def unread_counts(user: object, contracts: list[Contract]) -> dict[int, int]:
    """Unread messages per contract on one page of the list, counted by the database in one
    query (a contract with thousands of messages sends one number, not its rows)."""
    user_id = getattr(user, "pk", None)
    ids = [c.pk for c in contracts]
    if user_id is None or not ids:
        return {}
    last_read = ThreadReadMark.objects.filter(
        user_id=user_id, contract_id=OuterRef("contract_id")
    ).values("last_read_at")[:1]
    rows = (
        Message.objects.filter(contract_id__in=ids)
        .exclude(sender_id=user_id)
        .annotate(seen=Subquery(last_read))
        .filter(Q(seen__isnull=True) | Q(created_at__gt=F("seen")))
        .values("contract_id")
        .annotate(unread=Count("id"))
        .order_by()
    )
    return {row["contract_id"]: row["unread"] for row in rows}


def freelancer_card(freelancer: Any) -> dict[str, Any]:
    """Who the client is about to work with: shown on the invitation before accepting."""
    profile = getattr(freelancer, "freelancer_profile", None)
    country = profile.country if profile else ""
    return {
        "name": freelancer.display_name,
        "agency": profile.agency_name if profile else "",
        "country": country_names().get(country, country),
        "member_since": freelancer.date_joined,
        "completed": Contract.objects.filter(
            freelancer=freelancer, state=ContractState.ENDED
        ).count(),
    }


@dataclass(frozen=True)
class RefundProblem:
    """A refund of a milestone that the processor refused, as the client reads it."""

    milestone: Milestone
    status: str  # refused_refunds.RefusedRefund.status
    amount: str
    text: str


def refund_problems(
    contract: Contract, milestones: list[Milestone], role: str | None
) -> list[RefundProblem]:
    """The client's refunds the processor refused, and what finance are doing about them: the
    books say the money went back, so the contract page must say where it really is. Only the
    client reads it (their card, `payment_privacy`); no query unless a milestone was refunded."""
    from directcontracts.payments.refused_refunds import refund_states

    if not payment_privacy.sees_client_payments(role):
        return []
    refunded = {m.pk: m for m in milestones if m.refunded_amount_minor > 0}
    states = refund_states([f"refund:{pk}:" for pk in refunded])
    problems = []
    for key, refund in states.items():
        milestone = refunded.get(int(key.split(":")[1]))
        if milestone is None:
            continue
        amount_minor = (refund.first.arguments or {}).get("amount_minor")
        amount = display(amount_minor, contract.currency) if isinstance(amount_minor, int) else ""
        problems.append(
            RefundProblem(
                milestone, refund.status, amount, _refund_words(refund, amount, milestone.title)
            )
        )
    return problems


def _refund_words(refund: Any, amount: str, title: str) -> str:
    what = f"The refund of {amount} on “{title}”"
    on_day = f"{refund.first.answered_at:%-d %B %Y}" if refund.first.answered_at else ""
    refused = f"{what} was refused by the payment processor{f' on {on_day}' if on_day else ''}"
    status = refund.status
    if status == "refused":
        return (
            f"{refused}, so it has not reached your payment method yet. Our finance team has "
            "been told and will send it again; you don't need to do anything."
        )
    if status == "retrying":
        return (
            f"{refused}. Our finance team is retrying it; you'll see it here once it goes through."
        )
    if status == "refused_again":
        return (
            f"{refused}, and again when our finance team retried it. They are working on it; "
            "you don't need to do anything."
        )
    return (
        f"{refused} at first. Our finance team sent it again and the processor accepted it: it "
        "is on its way to your payment method (banks usually take 5 to 10 business days)."
    )
