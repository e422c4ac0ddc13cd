"""Reads of the ledger: balances (now and as of a time) and account history.

A hot account's balance is the sum of its shards; its history interleaves them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Exists, Min, OuterRef, Q, Sum

from directcontracts.ledger.errors import LedgerError, LedgerErrorCode
from directcontracts.ledger.models import (
    Account,
    AccountCode,
    Entry,
    SealBlock,
    Transfer,
    TransferKind,
)

MAX_PAGE_SIZE = 500


@dataclass(frozen=True, slots=True)
class Balance:
    """Totals in minor units. `posted` and `available` read from the account's normal side.

    For a debit-bounded (credit-normal) account: posted = credits - debits, and
    available = posted - pending debits. For other accounts the sign follows debits.
    """

    currency: str
    debits_posted: int
    debits_pending: int
    credits_posted: int
    credits_pending: int
    credit_normal: bool

    @property
    def posted(self) -> int:
        diff = self.credits_posted - self.debits_posted
        return diff if self.credit_normal else -diff

    @property
    def pending(self) -> int:
        diff = self.credits_pending - self.debits_pending
        return diff if self.credit_normal else -diff

    @property
    def available(self) -> int:
        if self.credit_normal:
            return self.credits_posted - self.debits_posted - self.debits_pending
        return self.debits_posted - self.credits_posted - self.credits_pending


def _account(account_id: int) -> Account:
    account = Account.objects.filter(pk=account_id).first()
    if account is None:
        raise LedgerError(LedgerErrorCode.ACCOUNT_NOT_FOUND, "No such account.")
    return account


def _credit_normal(account: Account) -> bool:
    return _credit_normal_code(account.code, account.credits_must_not_exceed_debits)


def _credit_normal_code(code: str, credits_bounded: bool) -> bool:
    return not credits_bounded and code not in {
        "processor_clearing",
        "processor_fees",
        "dispute_reserve",
        "platform_losses",
    }


def _shard_filter(account: Account) -> Q:
    return Q(pk=account.pk) | Q(parent_id=account.pk)


def transfer_amount(key: str) -> int:
    """The amount of the transfer with this id, 0 when there is none."""
    amount = Transfer.objects.filter(key=key).values_list("amount", flat=True).first()
    return int(amount or 0)


def balance(*, account_id: int) -> Balance:
    """Current totals of an account (all shards of a hot account)."""
    account = _account(account_id)
    sums = Account.objects.filter(_shard_filter(account)).aggregate(
        dp=Sum("debits_posted"),
        dq=Sum("debits_pending"),
        cp=Sum("credits_posted"),
        cq=Sum("credits_pending"),
    )
    return Balance(
        account.currency,
        int(sums["dp"] or 0),
        int(sums["dq"] or 0),
        int(sums["cp"] or 0),
        int(sums["cq"] or 0),
        _credit_normal(account),
    )


def owner_balances(
    *, owner_type: str, owner_id: int, codes: list[str]
) -> dict[tuple[str, str], Balance]:
    """Every balance one owner has under `codes`, keyed by (code, currency), in one query.

    Shards share code, owner and currency, so grouping by them sums a hot account's shards.
    An account that does not exist yet is simply absent (its balance is zero).
    """
    rows = (
        Account.objects.filter(owner_type=owner_type, owner_id=owner_id, code__in=codes)
        .values("code", "currency", "credits_must_not_exceed_debits")
        .annotate(
            dp=Sum("debits_posted"),
            dq=Sum("debits_pending"),
            cp=Sum("credits_posted"),
            cq=Sum("credits_pending"),
        )
        .order_by()
    )
    return {
        (row["code"], row["currency"]): Balance(
            row["currency"],
            int(row["dp"] or 0),
            int(row["dq"] or 0),
            int(row["cp"] or 0),
            int(row["cq"] or 0),
            _credit_normal_code(row["code"], row["credits_must_not_exceed_debits"]),
        )
        for row in rows
    }


def balance_as_of(*, account_id: int, at: datetime) -> Balance:
    """Totals as they stood at `at`: the last entry of each shard written at or before it."""
    account = _account(account_id)
    dp = dq = cp = cq = 0
    for shard_id in Account.objects.filter(_shard_filter(account)).values_list("pk", flat=True):
        last = (
            Entry.objects.filter(account_id=shard_id, created_at__lte=at)
            .order_by("-version")
            .values_list("debits_posted", "debits_pending", "credits_posted", "credits_pending")
            .first()
        )
        if last is not None:
            dp, dq, cp, cq = dp + last[0], dq + last[1], cp + last[2], cq + last[3]
    return Balance(account.currency, dp, dq, cp, cq, _credit_normal(account))


@dataclass(frozen=True, slots=True)
class HistoryLine:
    entry_id: int
    transfer_key: str
    transfer_code: str
    reference: str
    side: str
    posted_delta: int
    pending_delta: int
    created_at: datetime


@dataclass(frozen=True, slots=True)
class HistoryPage:
    lines: list[HistoryLine]
    next_cursor: int | None


def account_history(*, account_id: int, cursor: int | None = None, limit: int = 50) -> HistoryPage:
    """Newest first; pass `next_cursor` back as `cursor` for the next page."""
    account = _account(account_id)
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    shard_ids = list(Account.objects.filter(_shard_filter(account)).values_list("pk", flat=True))
    rows = Entry.objects.filter(account_id__in=shard_ids).order_by("-pk")
    if cursor is not None:
        rows = rows.filter(pk__lt=cursor)
    page = list(
        rows.values_list(
            "pk",
            "transfer__key",
            "transfer__code",
            "transfer__reference",
            "side",
            "posted_delta",
            "pending_delta",
            "created_at",
        )[: limit + 1]
    )
    lines = [HistoryLine(*row) for row in page[:limit]]
    next_cursor = lines[-1].entry_id if len(page) > limit else None
    return HistoryPage(lines, next_cursor)


@dataclass(frozen=True, slots=True)
class BookLine:
    """One kind of account across every owner, in one currency (the finance overview)."""

    code: str
    label: str
    balance: Balance


def book_totals() -> dict[str, list[BookLine]]:
    """Every account code's total per currency, in one grouped query over the accounts.

    Balances are read from each code's normal side, so escrow held, what freelancers may
    withdraw and the fees earned are positive figures; the debit-normal codes (processor
    clearing, processor fees, the dispute reserve) read as what they hold too.
    """
    rows = (
        Account.objects.values("currency", "code", "credits_must_not_exceed_debits")
        .annotate(
            dp=Sum("debits_posted"),
            dq=Sum("debits_pending"),
            cp=Sum("credits_posted"),
            cq=Sum("credits_pending"),
        )
        .order_by()
    )
    merged: dict[tuple[str, str], Balance] = {}
    for row in rows:
        key = (row["currency"], row["code"])
        found = merged.get(key)
        merged[key] = Balance(
            row["currency"],
            int(row["dp"] or 0) + (found.debits_posted if found else 0),
            int(row["dq"] or 0) + (found.debits_pending if found else 0),
            int(row["cp"] or 0) + (found.credits_posted if found else 0),
            int(row["cq"] or 0) + (found.credits_pending if found else 0),
            _credit_normal_code(row["code"], row["credits_must_not_exceed_debits"]),
        )
    order = {code: n for n, code in enumerate(AccountCode.values)}
    books: dict[str, list[BookLine]] = {}
    for (currency, code), total in sorted(
        merged.items(), key=lambda i: (i[0][0], order.get(i[0][1], 99))
    ):
        label = AccountCode(code).label if code in AccountCode.values else code
        books.setdefault(currency, []).append(BookLine(code, label, total))
    return books


@dataclass(frozen=True, slots=True)
class OpenHolds:
    currency: str
    count: int
    amount: int
    oldest_at: datetime | None


def open_pending_transfers() -> list[OpenHolds]:
    """Two-phase transfers neither posted nor voided yet (card payments settling, payouts
    on their way), per currency."""
    resolved = Transfer.objects.filter(pending=OuterRef("key"))
    rows = (
        Transfer.objects.filter(kind=TransferKind.PENDING)
        .filter(~Exists(resolved))
        .values("currency")
        .annotate(count=Count("seq"), amount=Sum("amount"), oldest=Min("created_at"))
        .order_by("currency")
    )
    return [
        OpenHolds(row["currency"], int(row["count"]), int(row["amount"] or 0), row["oldest"])
        for row in rows
    ]


def last_seal() -> SealBlock | None:
    return SealBlock.objects.order_by("-number").first()
