"""Reads for dispute pages and the API: what each person may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db.models import Case, F, IntegerField, Q, QuerySet, Value, When
from django.urls import reverse

from directcontracts.contracts.models import Contract
from directcontracts.contracts.selectors import countdown
from directcontracts.core import clock
from directcontracts.disputes.access import mediates
from directcontracts.disputes.models import (
    ChargebackCase,
    ChargebackState,
    Dispute,
    DisputeEvent,
    Proposal,
    StaffNote,
    Statement,
)
from directcontracts.disputes.services import default_note

MAX_PAGE = 100


def disputes_of(user: object, *, state: str = "") -> QuerySet[Dispute]:
    # Both parties' names and the latest answers come along: each row is worded for its
    # reader (`in_words_for`).
    rows = (
        Dispute.objects.visible_to(user)
        .select_related(
            "contract__freelancer__freelancer_profile",
            "contract__client__freelancer_profile",
            "milestone",
        )
        .with_latest_answers()
    )
    if state == "open":
        rows = rows.open()
    elif state:
        rows = rows.filter(state=state)
    return rows.order_by("-created_at", "-id")


def about_their_contract(viewer: object) -> Q:
    """The rows (disputes, chargebacks) on a contract `viewer` is a party to: left out of a
    staff member's lists (core/own_matter.py; their pages refuse them)."""
    user_id = getattr(viewer, "pk", None)
    return Q(contract__freelancer_id=user_id) | Q(contract__client_id=user_id)


def staff_queue(*, viewer: object, state: str = "", mine_of: object = None) -> QuerySet[Dispute]:
    """Open disputes, the nearest (or most overdue) deadline first; none on `viewer`'s own
    contract."""
    rows = (
        Dispute.objects.open()
        .exclude(about_their_contract(viewer))
        .select_related("contract", "milestone", "mediator")
    )
    if state:
        rows = rows.filter(state=state)
    if mine_of is not None:
        rows = rows.filter(mediator_id=getattr(mine_of, "pk", None))
    return rows.annotate(
        no_deadline=Case(
            When(deadline_at__isnull=True, then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    ).order_by("no_deadline", "deadline_at", "id")


def statements_of(dispute: Dispute) -> QuerySet[Statement]:
    # The author's freelancer profile holds the name shown (User.display_name): joined, not
    # read once a statement (before 7 December 2026, one query per statement).
    return dispute.statements.select_related("author__freelancer_profile").prefetch_related(
        "evidence", "evidence__deliverable_file", "evidence__message"
    )


def events_for(dispute: Dispute, user: object) -> QuerySet[DisputeEvent]:
    # The actor's freelancer profile holds the name people read (User.display_name).
    events = dispute.events.select_related("actor__freelancer_profile").order_by("created_at", "id")
    return events if mediates(user, dispute) else events.filter(internal=False)


def staff_notes_for(dispute: Dispute, user: object) -> list[StaffNote]:
    if not mediates(user, dispute):
        return []
    return list(dispute.staff_notes.select_related("author"))


def latest_proposal(dispute: Dispute) -> Proposal | None:
    return dispute.proposals.order_by("-created_at", "-id").first()


@dataclass(frozen=True)
class Countdown:
    label: str
    left: str
    overdue: bool


DEADLINE_LABELS = {
    "response": "Response due",
    "proposal": "Mediator's proposal due",
    "answer": "Answers due",
    "decision": "Decision due",
}


def countdown_of(dispute: Dispute) -> Countdown | None:
    if dispute.deadline_at is None or not dispute.is_open:
        return None
    return Countdown(
        label=DEADLINE_LABELS.get(dispute.deadline_kind, "Next deadline"),
        left=countdown(dispute.deadline_at),
        overdue=dispute.deadline_at <= clock.now(),
    )


@dataclass(frozen=True)
class InWords:
    """A dispute as one reader reads it on a list or a contract page: its state and what
    happens to them at the deadline (the dispute page's own words)."""

    state: str
    due: Countdown | None
    at_deadline: str


def in_words_for(dispute: Dispute, role: str | None) -> InWords:
    due = countdown_of(dispute)
    return InWords(
        state=dispute.state_label_for(role),
        due=due,
        at_deadline=default_note(dispute, role) if role and due is not None else "",
    )


def may_open_contracts_in_back_office(viewer: Any) -> bool:
    """Staff whose role may read any contract do so in the back office (the permission
    `contracts.view_contract`; no staff group holds it today, a superuser does): the
    contract page itself is for its parties and 404s for everyone else."""
    return bool(getattr(viewer, "is_staff", False)) and viewer.has_perm("contracts.view_contract")


def contract_url(contract: Contract, viewer: Any, *, back_office: bool) -> str:
    """Where `viewer` may open `contract`, or "" where a link would lead to a 404.
    `back_office` is `may_open_contracts_in_back_office(viewer)`, asked once per page."""
    if contract.role_of(viewer) is not None:
        return reverse("contracts:detail", args=[contract.pk])
    if back_office:
        return reverse("admin:contracts_contract_change", args=[contract.pk])
    return ""


CHARGEBACK_SEARCH_MAX = 100


def _chargeback_matching(text: str) -> Q:
    """A chargeback whose payment reference (or processor charge id) is `text`, whose
    contract is `text` ("12", "#12") or has it in its title, or a party of whose contract
    has it in their email: one WHERE, no extra query per row."""
    number = text.removeprefix("#")
    by_contract = (
        Q(contract_id=int(number))
        if number.isascii() and number.isdigit() and len(number) < 18
        else Q(pk__in=[])
    )
    return (
        Q(payment__reference__iexact=text)
        | Q(payment__gateway_charge_id__iexact=text)
        | by_contract
        | Q(contract__title__icontains=text)
        | Q(contract__client_email__icontains=text)
        | Q(contract__client__email__icontains=text)
        | Q(contract__freelancer__email__icontains=text)
    )


def chargebacks_for_staff(
    *, viewer: object, state: str = "", q: str = ""
) -> QuerySet[ChargebackCase]:
    """Chargeback cases, none on `viewer`'s own contract: open cases first, the nearest
    evidence deadline first (one without a deadline after them), then the rest newest first.
    `q` searches by payment reference, contract (number or title) and party email."""
    rows = ChargebackCase.objects.exclude(about_their_contract(viewer)).select_related(
        "contract", "milestone", "payment"
    )
    if state:
        rows = rows.filter(state=state)
    text = " ".join(q.split())[:CHARGEBACK_SEARCH_MAX]
    if text:
        rows = rows.filter(_chargeback_matching(text))
    still_open = Case(
        When(state=ChargebackState.OPEN, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return rows.order_by(
        still_open, F("evidence_due_at").asc(nulls_last=True), "-created_at", "-id"
    )


# A chargeback whose evidence is due within this many days is named on the staff home.
RESPOND_SOON_DAYS = 3


@dataclass(frozen=True)
class RespondBy:
    """A chargeback's evidence deadline as staff read it in the list."""

    due_at: Any  # datetime | None
    words: str  # "3 days left", "due today", "overdue by 2 days", "" when not open
    urgent: bool  # open and due within RESPOND_SOON_DAYS (or overdue)


def respond_by(case: ChargebackCase, now: Any) -> RespondBy:
    due = case.evidence_due_at
    if due is None or case.state != ChargebackState.OPEN:
        return RespondBy(due, "", False)
    days = (due.date() - now.date()).days
    if due < now:
        late = max(1, (now.date() - due.date()).days)
        words = f"overdue by {late} day{'s' if late != 1 else ''}"
    elif days == 0:
        words = "due today"
    else:
        words = f"{days} day{'s' if days != 1 else ''} left"
    return RespondBy(due, words, due <= now + timedelta(days=RESPOND_SOON_DAYS))


def chargebacks_due_soon() -> QuerySet[ChargebackCase]:
    """Open chargebacks whose evidence is due within RESPOND_SOON_DAYS, or overdue."""
    return ChargebackCase.objects.filter(
        state=ChargebackState.OPEN,
        evidence_due_at__lte=clock.now() + timedelta(days=RESPOND_SOON_DAYS),
    )


def due_soon_warning(viewer: object) -> str:
    """The staff home's warning about chargebacks to answer within RESPOND_SOON_DAYS; none
    on `viewer`'s own contract (their list leaves those out)."""
    due = list(
        chargebacks_due_soon()
        .exclude(about_their_contract(viewer))
        .order_by("evidence_due_at")
        .values_list("evidence_due_at", flat=True)[:100]
    )
    if not due:
        return ""
    n = len(due)
    return (
        f"{n} chargeback{'s' if n != 1 else ''} to answer with evidence within "
        f"{RESPOND_SOON_DAYS} days or overdue: the first is due {due[0]:%-d %b %Y %H:%M} UTC."
    )


def public_dispute(dispute: Dispute) -> dict[str, Any]:
    """The fields every viewer may see (used by the API and the pages)."""
    return {
        "id": dispute.pk,
        "contract_id": dispute.contract_id,
        "milestone_id": dispute.milestone_id,
        "state": dispute.state,
        "opener_role": dispute.opener_role,
        "currency": dispute.currency,
        "amount_minor": dispute.amount_minor,
        "claim_minor": dispute.claim_minor,
        "deadline_at": dispute.deadline_at,
        "deadline_kind": dispute.deadline_kind,
        "resolution": dispute.resolution,
        "to_freelancer_minor": dispute.to_freelancer_minor,
        "to_client_minor": dispute.to_client_minor,
        "fee_minor": dispute.fee_minor,
        "outcome_reason": dispute.outcome_reason,
        "created_at": dispute.created_at,
        "closed_at": dispute.closed_at,
    }
