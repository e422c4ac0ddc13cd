"""Reads for the freelancer's earnings page: balances per currency and releases over time."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import QuerySet, Sum
from django.db.models.functions import TruncMonth

from directcontracts.accounts.models import User
from directcontracts.contracts.models import Release
from directcontracts.contracts.money import display
from directcontracts.contracts.paying import on_hold
from directcontracts.core import clock
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.payments.models import Payout


def currencies_of(user: User) -> list[str]:
    released = set(Release.objects.filter(freelancer=user).values_list("currency", flat=True))
    paid = set(Payout.objects.filter(freelancer=user).values_list("currency", flat=True))
    return sorted(released | paid)


def summary(user: User) -> list[dict[str, Any]]:
    rows = []
    for currency in currencies_of(user):
        available = balance(account_id=chart.freelancer_available(user.pk, currency).pk).available
        pending = balance(
            account_id=chart.freelancer_pending_payout(user.pk, currency).pk
        ).available
        held = on_hold(user, currency)
        next_available = (
            Release.objects.filter(freelancer=user, currency=currency, available_at__gt=clock.now())
            .order_by("available_at")
            .values_list("available_at", flat=True)
            .first()
        )
        released = (
            Release.objects.filter(freelancer=user, currency=currency).aggregate(
                t=Sum("net_minor")
            )["t"]
            or 0
        )
        rows.append(
            {
                "currency": currency,
                "available": display(available, currency),
                "on_hold": display(held, currency),
                "next_available": next_available if held else None,
                "withdrawable": display(max(0, available - held), currency),
                "withdrawable_minor": max(0, available - held),
                "pending_payout": display(pending, currency),
                "earned": display(int(released), currency),
            }
        )
    return rows


def monthly_chart(user: User, months: int = 12) -> list[dict[str, Any]]:
    """Net releases per month (main currency), as bars scaled to the best month."""
    currencies = currencies_of(user)
    if not currencies:
        return []
    currency = max(
        currencies,
        key=lambda c: (
            Release.objects.filter(freelancer=user, currency=c).aggregate(t=Sum("net_minor"))["t"]
            or 0
        ),
    )
    today = clock.now().date()
    first = date(
        today.year - (1 if today.month < months else 0), (today.month - months) % 12 + 1, 1
    )
    totals = {
        row["month"].date() if hasattr(row["month"], "date") else row["month"]: int(row["total"])
        for row in Release.objects.filter(
            freelancer=user, currency=currency, released_at__date__gte=first
        )
        .annotate(month=TruncMonth("released_at"))
        .values("month")
        .annotate(total=Sum("net_minor"))
    }
    bars: list[dict[str, Any]] = []
    year, month = first.year, first.month
    for _ in range(months):
        value = totals.get(date(year, month, 1), 0)
        bars.append(
            {
                "label": date(year, month, 1).strftime("%b %Y"),
                "value": value,
                "shown": display(value, currency),
            }
        )
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    best = max((int(b["value"]) for b in bars), default=0) or 1
    for bar in bars:
        bar["percent"] = round(100 * int(bar["value"]) / best)
    return bars


def payouts_of(user: User) -> QuerySet[Payout]:
    return Payout.objects.filter(freelancer=user).select_related("method").order_by("-created_at")


def releases_of(user: User, limit: int = 50) -> list[dict[str, Any]]:
    """The latest releases, each with gross, fee, net and when it can be withdrawn."""
    now = clock.now()
    rows = (
        Release.objects.filter(freelancer=user)
        .select_related("milestone", "milestone__contract")
        .order_by("-released_at", "-id")[:limit]
    )
    return [
        {
            "released_at": row.released_at,
            "contract": row.milestone.contract,
            "milestone": row.milestone,
            "gross": display(row.amount_minor, row.currency),
            "fee": display(row.fee_minor, row.currency),
            "net": display(row.net_minor, row.currency),
            "available_at": row.available_at,
            "held": row.available_at > now,
        }
        for row in rows
    ]
