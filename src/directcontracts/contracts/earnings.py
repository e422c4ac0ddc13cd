"""Reads for the freelancer's earnings page: balances per currency and releases over time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, TruncMonth
from django.urls import reverse
from django.utils.functional import cached_property

from directcontracts.accounts.models import User
from directcontracts.contracts.freeze_models import FreezeSource, PayoutHold
from directcontracts.contracts.freezes import kept_by_holds
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


@dataclass(frozen=True)
class Facts:
    """What the earnings page reads once for its summary, its release rows and its holds
    banner (two queries): the freelancer's payout holds that still matter (active, or lifted
    having taken money when a chargeback was lost), oldest first, and their payouts grouped
    per currency (how many, how many took money, what was paid: the pager's count and the
    summary's currencies and paid out). Before 7 December 2026 the page read payout holds
    five times, and payouts once more to count them for the pager."""

    holds: list[PayoutHold]
    payouts: dict[str, dict[str, int]]

    @property
    def active_holds(self) -> list[PayoutHold]:
        """The banner's holds (`freezes.active_payout_holds`' order and limit)."""
        return [hold for hold in self.holds if hold.lifted_at is None][:50]

    def covered(self) -> dict[tuple[str, int], int]:
        """Per (currency, milestone): what payout holds keep (active) or took (lifted), which
        `freezes.in_security_hold` does not count again."""
        found: dict[tuple[str, int], int] = {}
        for hold in self.holds:
            if hold.milestone_id is None:
                continue
            key = (hold.currency, hold.milestone_id)
            kept = int(hold.amount_minor or 0) if hold.lifted_at is None else 0
            found[key] = found.get(key, 0) + kept + int(hold.taken_minor or 0)
        return found

    def taken_back(self) -> dict[int, tuple[int, Any]]:
        """Per milestone, what lost chargebacks took from the balance and when (the latest)."""
        found: dict[int, tuple[int, Any]] = {}
        for hold in self.holds:
            if hold.source != FreezeSource.CHARGEBACK or not hold.taken_minor:
                continue
            if hold.milestone_id is None:
                continue
            total, at = found.get(hold.milestone_id, (0, None))
            latest = (
                hold.lifted_at if at is None or (hold.lifted_at and hold.lifted_at > at) else at
            )
            found[hold.milestone_id] = (total + int(hold.taken_minor), latest)
        return found

    def taken_in(self, currency: str) -> int:
        """Everything payout holds took from the balance in `currency` (the ledger's
        `chargeback_recovery` transfers out of available)."""
        return sum(int(h.taken_minor or 0) for h in self.holds if h.currency == currency)

    def chargeback_kept(self) -> dict[int, int]:
        """Per milestone, what open chargebacks' holds keep."""
        found: dict[int, int] = {}
        for hold in self.holds:
            if (
                hold.lifted_at is None
                and hold.source == FreezeSource.CHARGEBACK
                and hold.milestone_id is not None
            ):
                found[hold.milestone_id] = found.get(hold.milestone_id, 0) + int(
                    hold.amount_minor or 0
                )
        return found

    def kept_in(self, currency: str) -> tuple[int, bool]:
        """What active holds keep in `currency`: their amounts, and whether one keeps it all."""
        active = [h for h in self.holds if h.lifted_at is None and h.currency == currency]
        return (
            sum(int(h.amount_minor or 0) for h in active),
            any(h.amount_minor is None for h in active),
        )


def facts_of(user: User) -> Facts:
    """`Facts` for `user`, two queries however many holds, payouts and currencies."""
    holds = list(
        PayoutHold.objects.filter(freelancer_id=user.pk)
        .filter(Q(lifted_at__isnull=True) | Q(taken_minor__gt=0))
        .order_by("created_at", "id")
    )
    taking = [PayoutState.PENDING, PayoutState.PAID]
    payouts = {
        row["currency"]: row
        for row in Payout.objects.filter(freelancer=user)
        .values("currency")
        .annotate(
            count=Count("id"),
            taking=Count("id", filter=Q(state__in=taking)),
            paid_minor=Coalesce(Sum("amount_minor", filter=Q(state=PayoutState.PAID)), 0),
            pending_minor=Coalesce(Sum("amount_minor", filter=Q(state=PayoutState.PENDING)), 0),
        )
        .order_by()
    }
    return Facts(holds=holds, payouts=payouts)


def summary(user: User, facts: Facts | None = None) -> list[dict[str, Any]]:
    """Per currency what was earned, what is held, available, withdrawable, on its way, paid
    out and taken back: four queries however many currencies (`facts_of`'s two, unless the
    page read them already, the releases grouped and the ledger balances). "Withdrawable" is
    what `paying.withdraw` allows: past the security hold and less what payout holds keep.
    The figures add up as the ledger does: balance + on the way + paid out = earned - taken
    back."""
    facts = facts if facts is not None else facts_of(user)
    now = clock.now()
    covered = facts.covered()
    # Money in its security hold is counted per milestone where a payout hold keeps (or took)
    # some of that milestone's money (`freezes.in_security_hold`'s rule), per currency
    # elsewhere: one grouped query for what was earned and what is in security hold.
    rows = Release.objects.filter(freelancer=user)
    group = ["currency"]
    if covered:
        rows = rows.annotate(
            bucket=Case(
                When(milestone_id__in=sorted({m for _, m in covered}), then=F("milestone_id")),
                default=Value(None),
                output_field=IntegerField(),
            )
        )
        group.append("bucket")
    releases: dict[str, dict[str, Any]] = {}
    for row in (
        rows.values(*group)
        .annotate(
            earned=Sum("net_minor"),
            in_hold=Sum("net_minor", filter=Q(available_at__gt=now)),
            next_available=Min("available_at", filter=Q(available_at__gt=now)),
        )
        .order_by()
    ):
        found = releases.setdefault(
            row["currency"], {"earned": 0, "security_held": 0, "next_available": None}
        )
        found["earned"] += int(row["earned"] or 0)
        in_hold = int(row["in_hold"] or 0)
        if row.get("bucket") is not None:
            in_hold = max(0, in_hold - covered.get((row["currency"], row["bucket"]), 0))
        found["security_held"] += in_hold
        if row["next_available"] is not None and (
            found["next_available"] is None or row["next_available"] < found["next_available"]
        ):
            found["next_available"] = row["next_available"]
    balances = owner_balances(
        owner_type=chart.FREELANCER,
        owner_id=user.pk,
        codes=[AccountCode.FREELANCER_AVAILABLE, AccountCode.FREELANCER_PENDING_PAYOUT],
    )
    return [
        _summary_row(
            currency,
            releases.get(currency, {}),
            balances,
            facts.kept_in(currency),
            int(releases.get(currency, {}).get("security_held", 0)),
            paid_out=int(facts.payouts.get(currency, {}).get("paid_minor", 0)),
            taken_back=facts.taken_in(currency),
        )
        for currency in sorted(set(releases) | set(facts.payouts))
    ]


def _summary_row(
    currency: str,
    released: dict[str, Any],
    balances: dict[tuple[str, str], Balance],
    holds: tuple[int, bool],
    security_held: int,
    *,
    paid_out: int,
    taken_back: int,
) -> dict[str, Any]:
    def available_in(code: str) -> int:
        found = balances.get((code, currency))
        return found.available if found else 0

    # The balance (earned, not yet paid out) splits into three parts that add up to it:
    # in security hold, kept by payout holds, and what can be withdrawn now.
    balance = available_in(AccountCode.FREELANCER_AVAILABLE)
    held = min(security_held, balance)
    free = balance - held
    kept = kept_by_holds(free, whole=holds[1], total_minor=holds[0])
    withdrawable = free - kept
    pending = available_in(AccountCode.FREELANCER_PENDING_PAYOUT)
    return {
        "currency": currency,
        "balance": display(balance, currency),
        "balance_minor": balance,
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
        "pending_payout": display(pending, currency),
        "pending_payout_minor": pending,
        # Paid payouts the bank did not send back: with the balance and the payouts on the
        # way, what was earned less what lost chargebacks took back.
        "paid_out": display(paid_out, currency),
        "paid_out_minor": paid_out,
        "taken_back": display(taken_back, currency) if taken_back else "",
        "taken_back_minor": taken_back,
        # Nothing left (paid out, on its way, or taken back): nothing to wait for, so the page
        # says so instead of "nothing can be withdrawn yet".
        "all_paid_out": balance == 0,
        "earned": display(int(released.get("earned") or 0), currency),
        "earned_minor": int(released.get("earned") or 0),
        # For the API (`GET /earnings`): what is in its security hold before the balance caps
        # it (`freezes.in_security_hold`) and when the next release leaves its hold.
        "security_held_minor": security_held,
        "next_release_available": released.get("next_available"),
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


class PayoutsPaginator(Paginator):
    """The payouts table's pager, told how many payouts there are (`facts_of` counted them
    with the currencies) instead of counting them again."""

    def __init__(self, object_list: Any, per_page: int, *, known_count: int) -> None:
        super().__init__(object_list, per_page)
        self.known_count = known_count

    @cached_property
    def count(self) -> int:
        return self.known_count


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
    facts: Facts | None = None,
) -> list[dict[str, Any]]:
    """The latest releases, each with gross, fee, net and when it can be withdrawn, or which
    payout took it (`payout_href`: its row in the payouts table, on the page it is on, which
    is `payouts_page` or another), and what a lost chargeback took back of it. One query for
    the rows, one for the payouts that overlap them (none without a payout that took money),
    one for the releases of milestones a lost chargeback took money from (none without one),
    besides `facts_of`'s two when the page has not read them.

    A lost chargeback takes money out of the balance for one milestone, so its recovery is
    set against that milestone's releases first, oldest first (`taken_back`, `taken_minor`).
    A payout takes an amount, not named releases, so the page attributes payouts to what is
    left of the releases, oldest money first (by when each release became withdrawable, then
    its id): the running total of that money up to a row is set against the running total
    of the payouts that were not refused or returned by the bank (pending or paid), per
    currency. A row whose remaining money lies under that total was paid out (or is on its
    way); one it crosses was partly; the rest is withdrawable "now", or from its
    `available_at` while in its security hold. So the rows add up as the ledger does: what
    they say was paid out (`paid_minor`), is on its way (`on_its_way_minor`) and is left
    (`unpaid_minor`, the balance) make what was released less what was taken back. Before
    7 December 2026 payouts were set against releases as if nothing had been taken back: a
    row read paid out and taken back at once while another read "now" for money the balance
    no longer had.

    `below_minimum`: the currencies whose money free of holds is below the smallest payout,
    with that minimum as shown (`summary`'s `minimum_payout`): nothing in them can be paid
    out now, so their rows name the minimum instead (`below_minimum` on each row).
    `free_now_minor`: what of the row no payout took, no lost chargeback took back and no
    open chargeback holds, the amount a row partly paid out says is withdrawable."""
    facts = facts if facts is not None else facts_of(user)
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
    taken_back, shares = _taken_back(user, facts)
    spans = _spans(rows, taken_back, shares)
    taking = any(int(found.get("taking", 0)) for found in facts.payouts.values())
    payouts = _payouts_over(user, spans, {row.pk: row.currency for row in rows}) if taking else {}
    paid_out = {
        row.pk: _paid_out(row, spans[row.pk], payouts.get(row.currency, []), payouts_page)
        for row in rows
    }
    held_by_chargebacks = _held_by_chargebacks(rows, paid_out, facts)
    unpayable = below_minimum or {}
    return [
        {
            "released_at": row.released_at,
            "contract": row.milestone.contract,
            "milestone": row.milestone,
            "gross": display(row.amount_minor, row.currency),
            "fee": display(row.fee_minor, row.currency),
            "net": display(row.net_minor, row.currency),
            "net_minor": row.net_minor,
            "currency": row.currency,
            "available_at": row.available_at,
            "held": row.available_at > now,
            "taken_minor": 0,
            **paid_out[row.pk],
            **taken_back.get(row.pk, {}),
            **held_by_chargebacks.get(row.pk, {}),
            "free_now_minor": _free_now(paid_out[row.pk], held_by_chargebacks.get(row.pk, {})),
            "below_minimum": unpayable.get(row.currency, ""),
        }
        for row in rows
    ]


def _free_now(paid_out: dict[str, Any], held: dict[str, Any]) -> int:
    """What no payout took and no lost chargeback took back (`unpaid_minor`), less what an
    open chargeback holds (`_held_by_chargebacks` counts only that money)."""
    return max(0, int(paid_out["unpaid_minor"]) - int(held.get("held_minor", 0)))


def _held_by_chargebacks(
    rows: Sequence[Release], paid_out: dict[int, dict[str, Any]], facts: Facts
) -> dict[int, dict[str, Any]]:
    """What open chargebacks keep of these rows (`facts`' holds, no query): a chargeback's
    payout hold keeps what the freelancer received from the charged-back milestone until
    the bank decides, so that money is not withdrawable "now" (`paying.withdrawable` counts
    the hold too). A milestone's held amount is set against its releases among the rows
    oldest first, on what no payout took yet: per row, `chargeback_held` ("all", or the
    amount). Before 7 December 2026 the row read "now" while a payout of it was refused."""
    kept = facts.chargeback_kept()
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


def _taken_back(user: User, facts: Facts) -> tuple[dict[int, dict[str, Any]], list[Any]]:
    """What lost chargebacks took back from the freelancer (`PayoutHold.taken_minor` of a
    chargeback's hold, lifted when the bank decided), set against each such milestone's
    releases oldest first, as the money was released: per release (every one of those
    milestones, shown or not, for the running totals), `taken_back` (all of its net, or the
    amount), `taken_minor` and `taken_back_at` (when the bank's decision took it); and each
    share as (currency, its place oldest-available first, amount) for `_spans`. One query,
    only when something was taken back."""
    recovered = facts.taken_back()
    if not recovered:
        return {}, []
    left = {milestone: total for milestone, (total, _) in recovered.items()}
    marked: dict[int, dict[str, Any]] = {}
    shares: list[tuple[str, tuple[Any, int], int]] = []
    for release in (
        Release.objects.filter(freelancer=user, milestone_id__in=sorted(recovered))
        .values("id", "milestone_id", "currency", "net_minor", "available_at")
        .order_by("available_at", "id")
    ):
        remaining = left.get(release["milestone_id"], 0)
        share = min(remaining, int(release["net_minor"]))
        if share <= 0:
            continue
        left[release["milestone_id"]] = remaining - share
        marked[release["id"]] = {
            "taken_back": "all"
            if share >= release["net_minor"]
            else display(share, release["currency"]),
            "taken_minor": share,
            "taken_back_at": recovered[release["milestone_id"]][1],
        }
        shares.append((release["currency"], (release["available_at"], release["id"]), share))
    return marked, shares


def _spans(
    rows: Sequence[Release], taken_back: dict[int, dict[str, Any]], shares: list[Any]
) -> dict[int, tuple[int, int]]:
    """Per row, where what is left of it after lost chargebacks lies in the running total of
    such money, per currency, oldest-available first: the release's running total less
    everything taken back from releases up to and including it."""
    spans: dict[int, tuple[int, int]] = {}
    for row in rows:
        key = (row.available_at, row.pk)
        before = sum(
            amount for currency, at, amount in shares if currency == row.currency and at <= key
        )
        end = int(row.through) - before  # type: ignore[attr-defined]
        own = int(taken_back.get(row.pk, {}).get("taken_minor", 0))
        spans[row.pk] = (end - (row.net_minor - own), end)
    return spans


def _payouts_over(
    user: User, spans: dict[int, tuple[int, int]], currencies: dict[int, str]
) -> dict[str, list[dict[str, Any]]]:
    """Per currency, the payouts (not failed or returned) whose running total overlaps the money
    of these release rows (`_spans`), oldest first, each with `start`/`end`: its place in that
    running total."""
    ranges: dict[str, tuple[int, int]] = {}
    for pk, (start, end) in spans.items():
        currency = currencies[pk]
        low, high = ranges.get(currency, (start, end))
        ranges[currency] = (min(low, start), max(high, end))
    if not ranges:
        return {}
    overlapping = Q()
    for currency, (low, high) in ranges.items():
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
        Payout.objects.filter(freelancer=user, currency__in=list(ranges))
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


def _paid_out(
    row: Release, span: tuple[int, int], payouts: list[dict[str, Any]], payouts_page: int = 1
) -> dict[str, Any]:
    """What of this release (what lost chargebacks left of it: `span`) the payouts took:
    `paid_out` ("all", "part" or ""), whether one of them is still `on_its_way`, how much
    was paid (`paid_minor`) and is on its way (`on_its_way_minor`), the latest payout
    (`payout_id`, `paid_at`, and `payout_href`, its row in the payouts table: an anchor when
    it is on `payouts_page`, the page shown, else that page's address), and what is `left`
    of it for a later payout (`unpaid_minor`)."""
    start, end = span
    net = end - start
    taking = [p for p in payouts if p["start"] < end and p["end"] > start]
    if not taking or net <= 0:
        return {
            "paid_out": "",
            "left": "",
            "unpaid_minor": max(0, net),
            "paid_minor": 0,
            "on_its_way_minor": 0,
        }
    shares = {p["id"]: min(end, int(p["end"])) - max(start, int(p["start"])) for p in taking}
    covered = sum(shares.values())
    on_its_way = sum(shares[p["id"]] for p in taking if p["state"] == PayoutState.PENDING)
    last = taking[-1]
    return {
        "unpaid_minor": max(0, net - covered),
        "paid_minor": covered - on_its_way,
        "on_its_way_minor": on_its_way,
        "paid_out": "all" if covered >= net else "part",
        "on_its_way": on_its_way > 0,
        "payout_id": last["id"],
        "payout_href": _payout_href(last, payouts_page),
        "paid_at": last["finished_at"],
        "left": display(net - covered, row.currency) if covered < net else "",
    }


def _payout_href(payout: dict[str, Any], payouts_page: int) -> str:
    page = int(payout["newer"]) // PAYOUTS_PER_PAGE + 1
    anchor = f"#payout-{payout['id']}"
    return (
        anchor if page == payouts_page else f"{reverse('contracts:earnings')}?page={page}{anchor}"
    )
