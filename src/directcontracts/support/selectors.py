"""Support reads: the customer's list, the staff queue with its SLA timers, the chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncDate
from django.urls import reverse

from directcontracts.contracts.models import Milestone
from directcontracts.contracts.money import display
from directcontracts.contracts.selectors import CHARGE_STATES, card_state, charges_of
from directcontracts.core import clock
from directcontracts.payments.models import PaymentState
from directcontracts.support.models import (
    ACTIVE_STATUSES,
    MessageKind,
    Satisfaction,
    Status,
    Ticket,
    TicketEvent,
    TicketMessage,
)
from directcontracts.support.staff import is_support_staff, support_team, tickets_about

QUEUE_VIEWS = {
    "active": "Needs attention",
    "new": "New",
    "open": "Open",
    "waiting_on_customer": "Waiting on customer",
    "resolved": "Resolved",
    "closed": "Closed",
    "all": "All",
}
SATISFACTION_DAYS = 30
QUEUE_ORDERS = {"oldest": "Oldest first", "newest": "Newest first", "sla": "SLA due first"}


# The most of a search typed on "Your support requests" that is read.
REQUEST_SEARCH_MAX = 100


def requests_of(user: Any, *, q: str = "") -> QuerySet[Ticket]:
    """A person's own requests, newest first; with `q`, those whose reference is `q` or
    whose subject or description has it (their own only, like the list)."""
    tickets = Ticket.objects.visible_to(user)
    text = " ".join(q.split())[:REQUEST_SEARCH_MAX]
    if text:
        tickets = tickets.filter(
            Q(reference__iexact=text) | Q(subject__icontains=text) | Q(description__icontains=text)
        )
    return tickets.order_by("-created_at", "-id")


def public_messages(ticket: Ticket) -> QuerySet[TicketMessage]:
    return (
        ticket.messages.exclude(kind=MessageKind.NOTE)
        .select_related("author")
        .prefetch_related("attachments")
    )


def all_messages(ticket: Ticket) -> QuerySet[TicketMessage]:
    return ticket.messages.select_related("author").prefetch_related("attachments")


def timeline(ticket: Ticket) -> QuerySet[TicketEvent]:
    return ticket.events.select_related("actor").order_by("created_at", "id")


def queue(
    *,
    viewer: Any,
    view: str = "active",
    assignee_id: int | None = None,
    q: str = "",
    order: str = "oldest",
    topic: str = "",
    priority: str = "",
) -> QuerySet[Ticket]:
    """The requests support works on; none about `viewer` (`staff.tickets_about`). `topic`
    and `priority` come checked from `forms.QueueFilterForm` ("" for any)."""
    tickets = (
        Ticket.objects.confirmed()
        .exclude(tickets_about(viewer))
        .select_related("assignee", "requester")
    )
    if topic:
        tickets = tickets.filter(topic=topic)
    if priority:
        tickets = tickets.filter(priority=priority)
    if view == "active":
        tickets = tickets.filter(status__in=ACTIVE_STATUSES)
    elif view in Status.values:
        tickets = tickets.filter(status=view)
    if assignee_id == 0:
        tickets = tickets.filter(assignee__isnull=True)
    elif assignee_id is not None:
        tickets = tickets.filter(assignee_id=assignee_id)
    text = " ".join(q.split())[:100]
    if text:
        tickets = tickets.filter(
            Q(reference__iexact=text)
            | Q(requester_email__icontains=text)
            | Q(subject__icontains=text)
            | Q(description__icontains=text)
        )
    if order == "newest":
        return tickets.order_by("-created_at", "-id")
    if order == "sla":
        return tickets.order_by("first_response_at", "first_response_due_at", "created_at")
    return tickets.order_by("created_at", "id")


@dataclass(frozen=True)
class SlaState:
    label: str
    css: str
    deadline: datetime | None


def sla_state(ticket: Ticket, now: datetime | None = None) -> SlaState:
    """The first-response timer: answered (on time or late), due in ..., or overdue."""
    now = now or clock.now()
    due = ticket.first_response_due_at
    if due is None:
        return SlaState("—", "", None)
    if ticket.first_response_at is not None:
        on_time = ticket.first_response_at <= due
        return SlaState(
            "answered in time" if on_time else "answered late", "ok" if on_time else "late", None
        )
    if ticket.status not in ACTIVE_STATUSES:
        return SlaState("—", "", None)
    if now >= due:
        return SlaState(f"overdue by {duration(now - due)}", "late", None)
    return SlaState(duration(due - now), "due", due)


def duration(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 1440)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{max(1, minutes)} min"


def age(ticket: Ticket, now: datetime | None = None) -> str:
    return duration((now or clock.now()) - ticket.created_at)


def daily_chart(*, viewer: Any, days: int = 14) -> list[dict[str, Any]]:
    """Tickets opened (confirmed) and resolved on each of the last `days` days (UTC), as
    `viewer` reads the queue: none about them (`staff.tickets_about`), like the queue, its
    counts and the staff home."""
    today = clock.now().date()
    start = today - timedelta(days=days - 1)
    since = datetime.combine(start, datetime.min.time(), tzinfo=clock.now().tzinfo)
    theirs = tickets_about(viewer)
    opened = _per_day(
        Ticket.objects.filter(email_confirmed_at__gte=since).exclude(theirs), "email_confirmed_at"
    )
    resolved = _per_day(
        TicketEvent.objects.filter(to_status=Status.RESOLVED, created_at__gte=since).exclude(
            ticket__in=Ticket.objects.filter(theirs)
        ),
        "created_at",
    )
    peak = max([1, *opened.values(), *resolved.values()])
    chart = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        o, r = opened.get(day, 0), resolved.get(day, 0)
        chart.append(
            {
                "day": day,
                "label": day.strftime("%d"),
                "opened": o,
                "resolved": r,
                "opened_percent": round(100 * o / peak),
                "resolved_percent": round(100 * r / peak),
            }
        )
    return chart


def _per_day(rows: QuerySet[Any], field: str) -> dict[date, int]:
    counted = rows.annotate(day=TruncDate(field)).values("day").annotate(n=Count("id"))
    return {row["day"]: row["n"] for row in counted}


def queue_counts(*, viewer: Any) -> dict[str, int]:
    """The queue's sizes as `viewer` reads it: the requests about them left out."""
    confirmed = Ticket.objects.confirmed().exclude(tickets_about(viewer))
    counts = confirmed.aggregate(
        new=Count("id", filter=Q(status=Status.NEW)),
        open=Count("id", filter=Q(status=Status.OPEN)),
        waiting=Count("id", filter=Q(status=Status.WAITING)),
        unassigned=Count("id", filter=Q(status__in=ACTIVE_STATUSES, assignee__isnull=True)),
        overdue=Count(
            "id",
            filter=Q(
                status__in=ACTIVE_STATUSES,
                first_response_at__isnull=True,
                first_response_due_at__lt=clock.now(),
            ),
        ),
    )
    return {k: v or 0 for k, v in counts.items()}


@dataclass(frozen=True)
class SatisfactionFigures:
    good: int
    bad: int

    @property
    def rated(self) -> int:
        return self.good + self.bad

    @property
    def good_percent(self) -> int | None:
        return round(100 * self.good / self.rated) if self.rated else None


def satisfaction_figures(*, days: int = SATISFACTION_DAYS) -> SatisfactionFigures:
    """How the requesters rated the requests they rated in the last `days` days."""
    since = clock.now() - timedelta(days=days)
    counts = Ticket.objects.filter(rated_at__gte=since).aggregate(
        good=Count("id", filter=Q(satisfaction=Satisfaction.GOOD)),
        bad=Count("id", filter=Q(satisfaction=Satisfaction.BAD)),
    )
    return SatisfactionFigures(good=counts["good"] or 0, bad=counts["bad"] or 0)


FIGURES_DAYS = 30
# The most first answers read to take the medians (a month of a large team's tickets).
MAX_FIRST_ANSWERS = 20_000


@dataclass(frozen=True)
class AgentFigures:
    """One support member's last `FIGURES_DAYS` days."""

    agent: Any
    resolved: int  # tickets they moved from being worked on to resolved or closed
    first_answers: int  # tickets whose first answer was theirs
    median_first_response: timedelta | None  # from the request reaching the queue
    good: int  # ratings of their answers (`Ticket.rated_member`, whoever holds it now)
    rated: int

    @property
    def good_percent(self) -> int | None:
        return round(100 * self.good / self.rated) if self.rated else None

    @property
    def median_first_response_words(self) -> str:
        return duration(self.median_first_response) if self.median_first_response else "—"


def agent_figures(*, days: int = FIGURES_DAYS) -> list[AgentFigures]:
    """Per support member, over the last `days` days: tickets resolved, the median time to
    the first answer they gave, and the share of the ratings of their answers that were good
    (the member answering when the request was rated, `Ticket.rated_member`, not whoever
    holds the ticket now). Four queries (the team, then one per figure)."""
    since = clock.now() - timedelta(days=days)
    team = support_team()
    resolved = _count_by(
        TicketEvent.objects.filter(
            created_at__gte=since,
            actor__isnull=False,
            to_status__in=(Status.RESOLVED, Status.CLOSED),
            from_status__in=ACTIVE_STATUSES,
        ),
        "actor_id",
    )
    waits = _first_answer_waits(since)
    ratings = {
        row["rated_member_id"]: row
        for row in Ticket.objects.filter(rated_at__gte=since, rated_member__isnull=False)
        .values("rated_member_id")
        .annotate(
            good=Count("id", filter=Q(satisfaction=Satisfaction.GOOD)),
            rated=Count("id"),
        )
    }
    return [
        AgentFigures(
            agent=agent,
            resolved=resolved.get(agent.pk, 0),
            first_answers=len(waits.get(agent.pk, [])),
            median_first_response=_median(waits.get(agent.pk, [])),
            good=ratings.get(agent.pk, {}).get("good", 0),
            rated=ratings.get(agent.pk, {}).get("rated", 0),
        )
        for agent in team
    ]


def _median(waits: list[timedelta]) -> timedelta | None:
    if not waits:
        return None
    ordered = sorted(waits)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _count_by(rows: QuerySet[Any], field: str) -> dict[int, int]:
    counted = rows.values(field).annotate(n=Count("ticket_id", distinct=True))
    return {row[field]: row["n"] for row in counted}


def _first_answer_waits(since: datetime) -> dict[int, list[timedelta]]:
    """{member id: how long each ticket waited for its first answer}, for tickets first
    answered since `since` by that member (the first `replied` event's author)."""
    replies = (
        TicketEvent.objects.filter(kind="replied", ticket__first_response_at__gte=since)
        .order_by("ticket_id", "created_at", "id")
        .values_list(
            "ticket_id",
            "actor_id",
            "ticket__first_response_at",
            "ticket__email_confirmed_at",
            "ticket__created_at",
        )[:MAX_FIRST_ANSWERS]
    )
    waits: dict[int, list[timedelta]] = {}
    seen: set[int] = set()
    for ticket_id, actor_id, answered, confirmed, created in replies:
        if ticket_id in seen:
            continue
        seen.add(ticket_id)
        if actor_id is not None and answered is not None:
            waits.setdefault(actor_id, []).append(answered - (confirmed or created))
    return waits


@dataclass(frozen=True)
class ContractMoney:
    """What support needs of a ticket's contract to answer "was I charged twice?"."""

    reference: str
    title: str
    state: str
    client: str
    freelancer: str
    milestones: list[dict[str, Any]]
    charges: list[dict[str, Any]]  # oldest first


def contract_url(viewer: Any, ticket: Ticket) -> str:
    """The ticket's contract page for a party to it; "" for anyone else (a visitor with the
    access link, staff), to whom that page is a 404, so the contract is named, not linked."""
    contract = ticket.contract
    if contract is None or contract.role_of(viewer) is None:
        return ""
    return reverse("contracts:detail", args=[contract.pk])


def contract_money(user: Any, ticket: Ticket) -> ContractMoney | None:
    """Read-only: the milestones of the ticket's own contract and every charge made to fund
    them, for support staff only (None for anyone else, or when the ticket names no
    contract). Support never browses contracts; this is the part of one they need."""
    contract = ticket.contract
    if contract is None or not is_support_staff(user):
        return None
    milestones = list(Milestone.objects.filter(contract_id=contract.pk).order_by("position", "id"))
    charges = charges_of([m.pk for m in milestones])
    currency = contract.currency
    rows, charge_rows = [], []
    for m in milestones:
        for p in charges[m.pk]:
            charge_rows.append(
                {
                    "milestone": m.title,
                    "at": p.created_at,
                    "settled_at": p.settled_at,
                    "into_escrow": display(p.amount_minor, p.currency),
                    "fee": display(p.fee_minor, p.currency),
                    "total": display(p.amount_minor + p.fee_minor, p.currency),
                    "method": p.method.label,
                    "state": CHARGE_STATES.get(p.state, p.state),
                    "failure": p.failure_message,
                }
            )
        rows.append(
            {
                "title": m.title,
                "state": card_state(contract, m),
                "amount": display(m.amount_minor, currency),
                "funded": display(m.funded_amount_minor, currency),
                "released": display(m.released_amount_minor, currency),
                "refunded": display(m.refunded_amount_minor, currency),
                "released_at": m.released_at,
                "settled_charges": sum(p.state == PaymentState.SUCCEEDED for p in charges[m.pk]),
            }
        )
    return ContractMoney(
        reference=f"#{contract.pk}",
        title=contract.title,
        state=contract.get_state_display(),
        client=contract.client.display_name if contract.client else contract.client_email,
        freelancer=contract.freelancer.display_name,
        milestones=rows,
        charges=sorted(charge_rows, key=lambda c: c["at"]),
    )
