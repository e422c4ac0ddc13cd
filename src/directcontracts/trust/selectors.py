"""Reads for the Trust & Safety console: the queue, one case, the daily chart."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.db.models import Case as When_
from django.db.models import IntegerField, QuerySet, Value, When

from directcontracts.core import clock
from directcontracts.trust.actions import require_trust_staff
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import PRIORITY_ORDER, Case, CaseState

QUEUE_VIEWS = {"live": "Open and being handled", "mine": "Assigned to me", "closed": "Closed"}


def _priority_rank() -> When_:
    return When_(
        *[When(priority=p, then=Value(rank)) for rank, p in enumerate(PRIORITY_ORDER)],
        output_field=IntegerField(),
    )


def queue(*, view: str, user: Any, priority: str = "", source: str = "") -> QuerySet[Case]:
    cases = Case.objects.select_related("assigned_to").annotate(rank=_priority_rank())
    if view == "closed":
        cases = cases.filter(state=CaseState.CLOSED).order_by("-closed_at", "-id")
    else:
        cases = cases.exclude(state=CaseState.CLOSED).order_by("rank", "sla_due_at", "id")
        if view == "mine":
            cases = cases.filter(assigned_to=user)
    if priority:
        cases = cases.filter(priority=priority)
    if source:
        cases = cases.filter(signals__source=source).distinct()
    return cases


def case_for_staff(user: Any, reference: str) -> Case:
    from directcontracts.core.errors import NotFound

    require_trust_staff(user)
    case = Case.objects.select_related("assigned_to").filter(reference=reference[:20]).first()
    if case is None:
        raise NotFound("That case does not exist.", code=TrustErrorCode.CASE_NOT_FOUND)
    return case


def daily_chart(days: int = 14) -> list[dict[str, Any]]:
    """Cases opened and closed per day, and the share triaged within their SLA."""
    today = clock.now().date()
    start = today - timedelta(days=days - 1)
    rows: dict[date, dict[str, Any]] = {
        start + timedelta(days=n): {"day": start + timedelta(days=n), "opened": 0, "closed": 0}
        for n in range(days)
    }
    met: dict[date, list[bool]] = {day: [] for day in rows}
    for opened_at, closed_at, triaged_at, sla_due_at in Case.objects.filter(
        opened_at__date__gte=start
    ).values_list("opened_at", "closed_at", "triaged_at", "sla_due_at"):
        rows[opened_at.date()]["opened"] += 1
        if triaged_at is not None:
            met[opened_at.date()].append(triaged_at <= sla_due_at)
        if closed_at is not None and closed_at.date() in rows:
            rows[closed_at.date()]["closed"] += 1
    for day, row in rows.items():
        row["met_sla"] = round(100 * sum(met[day]) / len(met[day])) if met[day] else None
    tallest = max((max(r["opened"], r["closed"]) for r in rows.values()), default=0) or 1
    for row in rows.values():
        row["opened_percent"] = round(100 * row["opened"] / tallest)
        row["closed_percent"] = round(100 * row["closed"] / tallest)
    return list(rows.values())
