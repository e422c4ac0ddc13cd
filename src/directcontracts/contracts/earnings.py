"""Reads for the freelancer's earnings page: balances per currency and releases over time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from django.conf import settings
from django.db.models import Count, F, Max, Min, OuterRef, Q, QuerySet, Subquery, Sum, Window
from django.db.models.functions import Coalesce, TruncMonth
from django.urls import reverse

from directcontracts.accounts.models import User
from directcontracts.contracts.freeze_models import FreezeSource, PayoutHold
from directcontracts.contracts.freezes import in_security_hold, kept_by_holds
from directcontracts.contracts.models import Release
from directcontracts.contracts.money import display
from directcontracts.core import clock
from directcontracts.ledger import chart
from directcontracts.ledger.models import AccountCode
from directcontracts.ledger.selectors import Balance, owner_balances
from directcontracts.payments.models import Payout, PayoutState

# The earnings page's payouts table, a page at a time; a release's link to its payout names
# the page the payout is on (`_paid_out`).
PAYOUTS_PER_PAGE = 50


def currencies_of(user: User) -> list[str]:
    released = set(_distinct_currencies(Release.objects.filter(freelancer=user)))
    paid = set(_distinct_currencies(Payout.objects.filter(freelancer=user)))
    return sorted(released | paid)


def _distinct_currencies(rows: QuerySet[Any]) -> QuerySet[Any]:
    """The currencies of these rows, each once: without `.order_by()` the model's ordering
    would sort (and the database send) every row of the freelancer's history for a set."""
    return rows.order_by().values_list("currency", flat=True).distinct()


def summary(user: User) -> list[dict[str, Any]]:
    """Per currency what was earned, what is held, available, withdrawable and on its way:
    six queries at most however many currencies (releases grouped, payout currencies, the
    ledger balances, the payout holds grouped, and `in_security_hold`'s two). "Withdrawable"
    is what `paying.withdraw` allows: past the security hold and less what payout holds keep."""
    now = clock.now()
    releases = {
        row["currency"]: row
        for row in Release.objects.filter(freelancer=user)
        .values("currency")
        .annotate(
            earned=Sum("net_minor"),
            next_available=Min("available_at", filter=Q(available_at__gt=now)),
        )
        .order_by()
    }
    security_held = in_security_hold(user.pk)
    paid = set(_distinct_currencies(Payout.objects.filter(freelancer=user)))
    balances = owner_balances(
        owner_type=chart.FREELANCER,
        owner_id=user.pk,
        codes=[AccountCode.FREELANCER_AVAILABLE, AccountCode.FREELANCER_PENDING_PAYOUT],
    )
    holds = {
        row["currency"]: row
        for row in PayoutHold.objects.active()
        .filter(freelancer_id=user.pk)
        .values("currency")
        .annotate(total=Sum("amount_minor"), whole=Count("id", filter=Q(amount_minor__isnull=True)))
        .order_by()
    }
    return [
        _summary_row(
            currency,
            releases.get(currency, {}),
            balances,
            holds.get(currency, {}),
            security_held.get(currency, 0),
        )
        for currency in sorted(set(releases) | paid)
    ]


def _summary_row(
    currency: str,
    released: dict[str, Any],
    balances: dict[tuple[str, str], Balance],
    holds: dict[str, Any],
    security_held: int,
) -> dict[str, Any]:
    def available_in(code: str) -> int:
        found = balances.get((code, currency))
        return found.available if found else 0

    # The balance (earned, not yet paid out) splits into three parts that add up to it:
    # in security hold, kept by payout holds, and what can be withdrawn now.
    balance = available_in(AccountCode.FREELANCER_AVAILABLE)
    held = min(security_held, balance)
    free = balance - held
    kept = kept_by_holds(
        free, whole=bool(holds.get("whole")), total_minor=int(holds.get("total") or 0)
    )
    withdrawable = free - kept
    return {
        "currency": currency,
        "balance": display(balance, currency),
        "on_hold": display(held, currency),
        "next_available": released.get("next_available") if held else None,
        "kept_by_holds": display(kept, currency) if kept else "",
        "withdrawable": display(withdrawable, currency),
        "withdrawable_minor": withdrawable,
        # A payout form is offered only for what a payout could take: at least the minimum.
        "payable": withdrawable >= settings.MINIMUM_PAYOUT_MINOR,
        # Free of holds but less than the smallest payout: nothing can be paid out yet, so
        # the page names the minimum instead of an amount "you can withdraw now".
        "below_minimum": 0 < withdrawable < settings.MINIMUM_PAYOUT_MINOR,
        "minimum_payout": display(settings.MINIMUM_PAYOUT_MINOR, currency),
        "pending_payout": display(available_in(AccountCode.FREELANCER_PENDING_PAYOUT), currency),
        # Nothing left (paid out, on its way, or taken back): nothing to wait for, so the page
        # says so instead of "nothing can be withdrawn yet".
        "all_paid_out": balance == 0,
        "pending_payout_minor": available_in(AccountCode.FREELANCER_PENDING_PAYOUT),
        "earned": display(int(released.get("earned") or 0), currency),
        "earned_minor": int(released.get("earned") or 0),
    }


def main_currency(summary_rows: list[dict[str, Any]]) -> str | None:
    """The currency the freelancer earned most in (the chart's), from `summary`'s rows."""
    if not summary_rows:
        return None
    return str(max(summary_rows, key=lambda row: row["earned_minor"])["currency"])


def monthly_chart(user: User, currency: str | None, months: int = 12) -> list[dict[str, Any]]:
    """Net releases per month in `currency` (`main_currency` of the page's summary), as bars
    scaled to the best month; nothing without a currency."""
    if currency is None:
        return []
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
    """Newest first, the order the page's payouts table pages through (`PAYOUTS_PER_PAGE`)."""
    return (
        Payout.objects.filter(freelancer=user)
        .select_related("method")
        .order_by("-created_at", "-id")
    )


def releases_of(
    user: User,
    limit: int = 50,
    payouts_page: int = 1,
    below_minimum: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """The latest releases, each with gross, fee, net and when it can be withdrawn, or which
    payout took it (`payout_href`: its row in the payouts table, on the page it is on, which
    is `payouts_page` or another), and what a lost chargeback took back of it. Three queries
    however many rows.

    A payout takes an amount, not named releases, so the page attributes payouts to releases
    oldest money first (by when each release became withdrawable, then its id): the running
    total of releases up to a row is set against the running total of the payouts that were
    not refused or returned by the bank (pending or paid), per currency. A row whose whole net lies under that total
    was paid out (or is on its way); one it crosses was partly; the rest is withdrawable
    "now", or from its `available_at` while in its security hold.

    `below_minimum`: the currencies whose money free of holds is below the smallest payout,
    with that minimum as shown (`summary`'s `minimum_payout`): nothing in them can be paid
    out now, so their rows name the minimum instead (`below_minimum` on each row).
    `free_now_minor`: what of the row no payout took, no lost chargeback took back and no
    open chargeback holds, the amount a row partly paid out says is withdrawable."""
    now = clock.now()
    by_availability = [F("available_at").asc(), F("id").asc()]
    rows = list(
        Release.objects.filter(freelancer=user)
        .select_related("milestone__contract")
        # Only what a row shows: every other column of two joined tables would be read and
        # compiled for nothing, fifty times.
        .only(
            "released_at",
            "currency",
            "amount_minor",
            "fee_minor",
            "net_minor",
            "available_at",
            "milestone__id",
            "milestone__title",
            "milestone__contract__id",
            "milestone__contract__title",
        )
        # Evaluated over all the freelancer's releases before the LIMIT: the running total
        # of net released, oldest-available first, up to and including this row.
        .annotate(
            through=Window(Sum("net_minor"), partition_by=[F("currency")], order_by=by_availability)
        )
        .order_by("-released_at", "-id")[:limit]
    )
    payouts = _payouts_over(user, rows)
    taken_back = _taken_back(user, rows)
    paid_out = {row.pk: _paid_out(row, payouts.get(row.currency, []), payouts_page) for row in rows}
    held_by_chargebacks = _held_by_chargebacks(user, rows, paid_out)
    unpayable = below_minimum or {}
    return [
        {
            "released_at": row.released_at,
            "contract": row.milestone.contract,
            "milestone": row.milestone,
            "gross": display(row.amount_minor, row.currency),
            "fee": display(row.fee_minor, row.currency),
            "net": display(row.net_minor, row.currency),
            "currency": row.currency,
            "available_at": row.available_at,
            "held": row.available_at > now,
            **paid_out[row.pk],
            **taken_back.get(row.pk, {}),
            **held_by_chargebacks.get(row.pk, {}),
            "free_now_minor": _free_now(
                paid_out[row.pk], taken_back.get(row.pk, {}), held_by_chargebacks.get(row.pk, {})
            ),
            "below_minimum": unpayable.get(row.currency, ""),
        }
        for row in rows
    ]


def _free_now(paid_out: dict[str, Any], taken: dict[str, Any], held: dict[str, Any]) -> int:
    """What no payout took, less what a lost chargeback took back (out of the balance, so out
    of what no payout took) and what an open chargeback holds (`_held_by_chargebacks` counts
    only unpaid money)."""
    unpaid = int(paid_out["unpaid_minor"])
    return max(0, unpaid - int(taken.get("taken_minor", 0)) - int(held.get("held_minor", 0)))


def _held_by_chargebacks(
    user: User, rows: Sequence[Release], paid_out: dict[int, dict[str, Any]]
) -> dict[int, dict[str, Any]]:
    """What open chargebacks keep of these rows, one query: a chargeback's payout hold keeps
    what the freelancer received from the charged-back milestone until the bank decides, so
    that money is not withdrawable "now" (`paying.withdrawable` counts the hold too). A
    milestone's held amount is set against its releases among the rows oldest first, on
    what no payout took yet: per row, `chargeback_held` ("all", or the amount). Before
    7 December 2026 the row read "now" while a payout of it was refused."""
    milestone_ids = {row.milestone.pk for row in rows}
    if not milestone_ids:
        return {}
    kept = {
        found["milestone_id"]: int(found["kept"] or 0)
        for found in PayoutHold.objects.active()
        .filter(
            freelancer_id=user.pk,
            milestone_id__in=milestone_ids,
            source=FreezeSource.CHARGEBACK,
        )
        .values("milestone_id")
        .annotate(kept=Sum("amount_minor"))
        .order_by()
    }
    marked: dict[int, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: (r.available_at, r.pk)):
        remaining = kept.get(row.milestone.pk, 0)
        unpaid = int(paid_out[row.pk].get("unpaid_minor", row.net_minor))
        share = min(remaining, unpaid)
        if share <= 0:
            continue
        kept[row.milestone.pk] = remaining - share
        marked[row.pk] = {
            "chargeback_held": "all" if share >= row.net_minor else display(share, row.currency),
            "held_minor": share,
            # All that no payout took is held; the rest of the row was paid out.
            "chargeback_holds_the_rest": share >= unpaid,
        }
    return marked


def _taken_back(user: User, rows: Sequence[Release]) -> dict[int, dict[str, Any]]:
    """What lost chargebacks took back from the freelancer (`PayoutHold.taken_minor` of a
    chargeback's hold, lifted when the bank decided) for these rows' milestones, one query.
    A milestone's recovery is set against its releases among the rows oldest first, as the
    money was released: per row, `taken_back` (all of its net, or the amount) and
    `taken_back_at` (when the bank's decision took it)."""
    milestone_ids = {row.milestone.pk for row in rows}
    if not milestone_ids:
        return {}
    recovered = {
        found["milestone_id"]: found
        for found in PayoutHold.objects.filter(
            freelancer_id=user.pk,
            milestone_id__in=milestone_ids,
            source=FreezeSource.CHARGEBACK,
            taken_minor__gt=0,
        )
        .values("milestone_id")
        .annotate(taken=Sum("taken_minor"), at=Max("lifted_at"))
        .order_by()
    }
    marked: dict[int, dict[str, Any]] = {}
    left = {pk: int(found["taken"]) for pk, found in recovered.items()}
    for row in sorted(rows, key=lambda r: (r.available_at, r.pk)):
        remaining = left.get(row.milestone.pk, 0)
        share = min(remaining, row.net_minor)
        if share <= 0:
            continue
        left[row.milestone.pk] = remaining - share
        marked[row.pk] = {
            "taken_back": "all" if share >= row.net_minor else display(share, row.currency),
            "taken_minor": share,
            "taken_back_at": recovered[row.milestone.pk]["at"],
        }
    return marked


def _payouts_over(user: User, rows: Sequence[Release]) -> dict[str, list[dict[str, Any]]]:
    """Per currency, the payouts (not failed or returned) whose running total overlaps the money of these
    release rows, oldest first, each with `start`/`end`: its place in that running total."""
    spans: dict[str, tuple[int, int]] = {}
    for row in rows:
        start, end = int(row.through) - row.net_minor, int(row.through)  # type: ignore[attr-defined]
        low, high = spans.get(row.currency, (start, end))
        spans[row.currency] = (min(low, start), max(high, end))
    if not spans:
        return {}
    overlapping = Q()
    for currency, (low, high) in spans.items():
        overlapping |= Q(currency=currency, end__gt=low, start__lt=high)
    # How many of the freelancer's payouts (any state) come before it in the payouts table
    # (`payouts_of`'s order): its page there. A subquery of the same query.
    newer = (
        Payout.objects.filter(freelancer=user)
        .filter(
            Q(created_at__gt=OuterRef("created_at"))
            | Q(created_at=OuterRef("created_at"), id__gt=OuterRef("id"))
        )
        .order_by()
        .values("freelancer")
        .annotate(count=Count("id"))
        .values("count")
    )
    found: dict[str, list[dict[str, Any]]] = {}
    for payout in (
        Payout.objects.filter(freelancer=user, currency__in=list(spans))
        # A failed payout took nothing; one the bank returned gave it all back.
        .exclude(state__in=[PayoutState.FAILED, PayoutState.RETURNED])
        .annotate(
            end=Window(
                Sum("amount_minor"),
                partition_by=[F("currency")],
                order_by=[F("created_at").asc(), F("id").asc()],
            )
        )
        .annotate(start=F("end") - F("amount_minor"), newer=Coalesce(Subquery(newer), 0))
        .filter(overlapping)
        .values("id", "currency", "state", "finished_at", "start", "end", "newer")
        .order_by("created_at", "id")
    ):
        found.setdefault(payout["currency"], []).append(payout)
    return found


def _paid_out(row: Release, payouts: list[dict[str, Any]], payouts_page: int = 1) -> dict[str, Any]:
    """What of this release the payouts took: `paid_out` ("all", "part" or ""), whether one
    of them is still `on_its_way`, the latest payout (`payout_id`, `paid_at`, and
    `payout_href`, its row in the payouts table: an anchor when it is on `payouts_page`, the
    page shown, else that page's address), and what is `left` of it for a later payout."""
    end = int(row.through)  # type: ignore[attr-defined]
    start = end - row.net_minor
    taking = [p for p in payouts if p["start"] < end and p["end"] > start]
    if not taking or row.net_minor <= 0:
        return {"paid_out": "", "left": "", "unpaid_minor": max(0, row.net_minor)}
    covered = min(end, max(int(p["end"]) for p in taking)) - start
    last = taking[-1]
    return {
        "unpaid_minor": max(0, row.net_minor - covered),
        "paid_out": "all" if covered >= row.net_minor else "part",
        "on_its_way": any(p["state"] == PayoutState.PENDING for p in taking),
        "payout_id": last["id"],
        "payout_href": _payout_href(last, payouts_page),
        "paid_at": last["finished_at"],
        "left": display(row.net_minor - covered, row.currency) if covered < row.net_minor else "",
    }


def _payout_href(payout: dict[str, Any], payouts_page: int) -> str:
    page = int(payout["newer"]) // PAYOUTS_PER_PAGE + 1
    anchor = f"#payout-{payout['id']}"
    return (
        anchor if page == payouts_page else f"{reverse('contracts:earnings')}?page={page}{anchor}"
    )
