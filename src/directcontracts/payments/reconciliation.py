"""Daily reconciliation: the ledger's processor-clearing movements against the gateway.

1. Ledger side: the posted entries of that UTC day on every processor clearing account
   (all shards), signed from the platform's view (a debit is money arriving at the
   processor), keyed by transfer id. Pending reservations and voids move nothing
   posted, so they are not movements.
2. Gateway side: that day's balance transactions of the sandbox gateway
   (`SandboxBalanceTransaction`, signed the same way), keyed by their `reference`, which
   carries the ledger transfer id the platform gave the gateway (as real processors
   carry metadata), or by their own id when they carry none.
3. Every key on one side only, and every amount or currency that differs, is a
   mismatch, unless the key is on one side only because its other side is on another day
   and the two sides agree over all days (`_settled_on_other_days`): a refund the processor
   refused and finance retried days later is booked on the day it was asked and paid on the
   day the retry was taken. Any mismatch opens (or updates) the day's ledger FinanceAlert.

It runs daily: `reconcile_day_task` reconciles yesterday and, when the task backend can
defer, enqueues its own next run for 01:00 UTC (django-tasks has no cron); otherwise
run `directcontracts reconcile --date $(date -u -d yesterday +%F)` from cron.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from django.db import transaction
from django_tasks import task

from directcontracts.core import clock
from directcontracts.core.periodic import queue_once
from directcontracts.ledger.models import (
    AccountCode,
    Entry,
    FinanceAlert,
    FinanceAlertKind,
    Transfer,
    TransferKind,
)
from directcontracts.payments.models import SandboxBalanceTransaction

# Give late gateway reports an hour after midnight before checking the day.
RUN_AT = time(1, 0)


class MismatchKind(StrEnum):
    MISSING_AT_GATEWAY = "missing_at_gateway"
    MISSING_IN_LEDGER = "missing_in_ledger"
    AMOUNT_DIFFERS = "amount_differs"
    CURRENCY_DIFFERS = "currency_differs"


@dataclass(frozen=True, slots=True)
class Movement:
    key: str
    amount: int
    currency: str


@dataclass(frozen=True, slots=True)
class Mismatch:
    kind: MismatchKind
    key: str
    ledger_amount: int | None = None
    gateway_amount: int | None = None
    ledger_currency: str = ""
    gateway_currency: str = ""

    def describe(self) -> str:
        return (
            f"{self.kind}: {self.key} ledger={self.ledger_amount} {self.ledger_currency} "
            f"gateway={self.gateway_amount} {self.gateway_currency}"
        ).replace("None ", "- ")


@dataclass(frozen=True, slots=True)
class Report:
    day: date
    matched: int
    mismatches: list[Mismatch]

    @property
    def ok(self) -> bool:
        return not self.mismatches


def _bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min, tzinfo=UTC)
    return start, start + timedelta(days=1)


def ledger_movements(day: date) -> dict[str, Movement]:
    start, end = _bounds(day)
    rows = (
        Entry.objects.filter(
            account__code=AccountCode.PROCESSOR_CLEARING,
            created_at__gte=start,
            created_at__lt=end,
        )
        .exclude(posted_delta=0)
        .values_list("transfer__key", "side", "posted_delta", "account__currency")
    )
    movements: dict[str, Movement] = {}
    for key, side, posted, currency in rows:
        signed = posted if side == "D" else -posted
        previous = movements.get(key)
        total = signed + (previous.amount if previous else 0)
        movements[key] = Movement(key, total, currency)
    return movements


def gateway_movements(day: date) -> dict[str, Movement]:
    start, end = _bounds(day)
    movements: dict[str, Movement] = {}
    rows = SandboxBalanceTransaction.objects.filter(created_at__gte=start, created_at__lt=end)
    for txn in rows:
        key = txn.reference or f"gateway:{txn.txn_id}"
        previous = movements.get(key)
        total = txn.amount_minor + (previous.amount if previous else 0)
        movements[key] = Movement(key, total, txn.currency)
    return movements


def compare(
    ledger: dict[str, Movement], gateway: dict[str, Movement]
) -> tuple[int, list[Mismatch]]:
    mismatches: list[Mismatch] = []
    matched = 0
    for key in sorted(set(ledger) | set(gateway)):
        mine, theirs = ledger.get(key), gateway.get(key)
        if theirs is None and mine is not None:
            mismatches.append(
                Mismatch(MismatchKind.MISSING_AT_GATEWAY, key, mine.amount, None, mine.currency)
            )
        elif mine is None and theirs is not None:
            mismatches.append(
                Mismatch(
                    MismatchKind.MISSING_IN_LEDGER, key, None, theirs.amount, "", theirs.currency
                )
            )
        elif mine is not None and theirs is not None:
            if mine.currency != theirs.currency:
                kind: MismatchKind | None = MismatchKind.CURRENCY_DIFFERS
            elif mine.amount != theirs.amount:
                kind = MismatchKind.AMOUNT_DIFFERS
            else:
                kind = None
            if kind is None:
                matched += 1
            else:
                mismatches.append(
                    Mismatch(kind, key, mine.amount, theirs.amount, mine.currency, theirs.currency)
                )
    return matched, mismatches


def _totals(movements: list[tuple[str, int, str]]) -> dict[str, Movement]:
    totals: dict[str, Movement] = {}
    for key, amount, currency in movements:
        previous = totals.get(key)
        totals[key] = Movement(key, amount + (previous.amount if previous else 0), currency)
    return totals


def _all_days(keys: set[str]) -> tuple[dict[str, Movement], dict[str, Movement]]:
    """Both sides' movements of these keys over every day (two queries): the ledger's from
    the transfers themselves, found by their unique id (entries have no index by transfer),
    posted ones only, signed as in `ledger_movements`."""
    clearing = AccountCode.PROCESSOR_CLEARING
    transfers = Transfer.objects.filter(
        key__in=sorted(keys), kind__in=[TransferKind.SINGLE, TransferKind.POST_PENDING]
    ).values_list("key", "amount", "currency", "debit_account__code", "credit_account__code")
    ledger = _totals(
        [
            (key, amount if debit == clearing else -amount, currency)
            for key, amount, currency, debit, credit in transfers
            if clearing in (debit, credit)
        ]
    )
    lines = SandboxBalanceTransaction.objects.filter(reference__in=sorted(keys)).values_list(
        "reference", "amount_minor", "currency"
    )
    return ledger, _totals(list(lines))


def _settled_on_other_days(mismatches: list[Mismatch]) -> tuple[int, list[Mismatch]]:
    """Of the day's keys found on one side only, those whose other side is on another day
    and agrees with it over all days are settled, not missing: how many, and the mismatches
    left. A key whose sides disagree over all days (the processor paid a refund twice, a
    movement nobody made) is still reported, on each day it appears."""
    one_sided = {m.key for m in mismatches if _one_sided(m)}
    if not one_sided:
        return 0, mismatches
    ledger, gateway = _all_days(one_sided)
    settled = {key for key in one_sided if key in ledger and ledger.get(key) == gateway.get(key)}
    return len(settled), [m for m in mismatches if not (_one_sided(m) and m.key in settled)]


def _one_sided(mismatch: Mismatch) -> bool:
    return mismatch.kind in (MismatchKind.MISSING_AT_GATEWAY, MismatchKind.MISSING_IN_LEDGER)


@transaction.atomic
def reconcile(*, day: date) -> Report:
    """Compare one UTC day; open or update the day's finance alert on any mismatch."""
    matched, mismatches = compare(ledger_movements(day), gateway_movements(day))
    settled, mismatches = _settled_on_other_days(mismatches)
    matched += settled
    if mismatches:
        now = clock.now()
        FinanceAlert.objects.update_or_create(
            kind=FinanceAlertKind.RECONCILIATION_MISMATCH,
            day=day,
            defaults={
                "mismatch_count": len(mismatches),
                "details": [{**asdict(m), "kind": str(m.kind)} for m in mismatches],
                "resolved": False,
                "updated_at": now,
            },
            create_defaults={
                "mismatch_count": len(mismatches),
                "details": [{**asdict(m), "kind": str(m.kind)} for m in mismatches],
                "created_at": now,
                "updated_at": now,
            },
        )
    return Report(day, matched, mismatches)


@task()
def reconcile_day_task(day: str = "", reschedule: bool = True) -> int:
    """Reconcile `day` (default: yesterday, UTC); returns the number of mismatches."""
    target = date.fromisoformat(day) if day else clock.now().date() - timedelta(days=1)
    report = reconcile(day=target)
    if reschedule:
        schedule_next_reconciliation()
    return len(report.mismatches)


def schedule_next_reconciliation() -> bool:
    """Queue the next run (01:00 UTC) unless one is waiting already (core.periodic: restarts
    don't add chains); False when the backend cannot defer (use cron then)."""
    today = clock.now().astimezone(UTC)
    next_run = datetime.combine(today.date(), RUN_AT, tzinfo=UTC)
    if next_run <= today:
        next_run += timedelta(days=1)
    return queue_once(reconcile_day_task, next_run, "", True)
