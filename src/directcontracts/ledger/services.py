"""Every write to the ledger: accounts, single, linked, batched and two-phase transfers.

Design:

1. One engine (`_execute`) serves every entry point: a single transfer is a batch of
   one, a linked group is a batch whose members succeed or fail together.
2. A batch runs in one durable transaction: read the idempotency records of its ids
   and the pending transfers it names, lock every touched account in id order (one
   statement, `ledger/locks.py`), decide each transfer in memory against the locked
   totals, then write transfers, entries, totals and idempotency records in bulk.
3. Idempotency lives in the database: the record for an id is written in the same
   transaction as its movement, or as its refusal. A retry with identical fields gets
   the original answer (`replayed=True`), never a second movement; altered fields get
   `exists_with_different_*`; a refused id stays refused (`id_already_failed`).
4. Races end in the database, not in the caller: a concurrent duplicate id or a second
   resolution of the same pending transfer hits a unique index, a deadlock or
   serialization failure aborts the attempt; the whole transaction is retried a few
   times with jitter, and the retry reads the winner's outcome.
5. Hot accounts (many shards, no balance rule) take the shard chosen by the transfer's
   key, so concurrent writers spread over several rows.
"""

from __future__ import annotations

import hashlib
import json
import random
import time
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, NamedTuple, TypeVar

from django.conf import settings
from django.db import DatabaseError, IntegrityError, OperationalError, connection, transaction
from django.db.models import Q

from directcontracts.core import clock
from directcontracts.core.prepared import fetch_prepared
from directcontracts.ledger.errors import NOT_RECORDED, LedgerError, LedgerErrorCode, ResultCode
from directcontracts.ledger.locks import (
    SEAL_LOCK_KEY,
    FoundRecord,
    LockedAccount,
    lock_account_states,
    lock_accounts,
    lock_accounts_reading_records,
)
from directcontracts.ledger.models import (
    Account,
    AccountCode,
    Entry,
    IdempotencyRecord,
    Side,
    Transfer,
    TransferKind,
)

MAX_ID_LENGTH = 100
MAX_BATCH_SIZE = 8190
MAX_ATTEMPTS = 8
# A running total must stay a signed 64-bit integer.
MAX_TOTAL = 2**63 - 1
EXPIRY_VOID_CODE = "pending_expired"

_T = TypeVar("_T")


# --- Requests and results ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TransferRequest:
    """What a caller asks the ledger to do; `id` is the caller's idempotency key.

    For `post_pending` and `void_pending`, accounts and currency may be left empty (they
    are the pending transfer's); `amount=None` posts the full pending amount.
    """

    id: str
    debit_account_id: int | None = None
    credit_account_id: int | None = None
    amount: int | None = None
    currency: str = ""
    code: str = ""
    reference: str = ""
    metadata: Mapping[str, Any] = field(default_factory=dict)
    kind: TransferKind = TransferKind.SINGLE
    pending_id: str | None = None
    timeout_seconds: int = 0

    def canonical(self) -> dict[str, Any]:
        return {
            "kind": str(self.kind),
            "pending_id": self.pending_id,
            "debit_account_id": self.debit_account_id,
            "credit_account_id": self.credit_account_id,
            "amount": self.amount,
            "currency": self.currency,
            "timeout_seconds": self.timeout_seconds,
            "code": self.code,
            "reference": self.reference,
            "metadata": dict(self.metadata),
        }


@dataclass(frozen=True, slots=True)
class TransferResult:
    id: str
    code: ResultCode
    transfer_seq: int | None = None
    replayed: bool = False
    # For id_already_failed: the original refusal.
    original_code: str = ""

    @property
    def ok(self) -> bool:
        return self.code == ResultCode.OK


# The order in which a retry's fields are compared with the original request.
_FIELD_CODES: tuple[tuple[tuple[str, ...], ResultCode], ...] = (
    (("kind",), ResultCode.EXISTS_WITH_DIFFERENT_KIND),
    (("pending_id",), ResultCode.EXISTS_WITH_DIFFERENT_PENDING_ID),
    (("debit_account_id", "credit_account_id"), ResultCode.EXISTS_WITH_DIFFERENT_ACCOUNTS),
    (("amount",), ResultCode.EXISTS_WITH_DIFFERENT_AMOUNT),
    (("currency",), ResultCode.EXISTS_WITH_DIFFERENT_CURRENCY),
    (("timeout_seconds",), ResultCode.EXISTS_WITH_DIFFERENT_TIMEOUT),
    (("code",), ResultCode.EXISTS_WITH_DIFFERENT_CODE),
    (("reference",), ResultCode.EXISTS_WITH_DIFFERENT_REFERENCE),
    (("metadata",), ResultCode.EXISTS_WITH_DIFFERENT_METADATA),
)


# A request's canonical text: what its hash covers and what its record stores.
_canonical_json = json.JSONEncoder(sort_keys=True, separators=(",", ":"), default=str).encode


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _request_hash(canonical: Mapping[str, Any]) -> str:
    return _digest(_canonical_json(canonical))


_json_string = json.encoder.encode_basestring_ascii


def _plain_fields(request: TransferRequest) -> bool:
    """Every field of a new transfer has its plain type (no bools, floats or subclasses).

    The set-based paths write such requests straight into SQL and JSON text; anything
    else goes to the engine.
    """
    return (
        type(request.id) is str
        and type(request.amount) is int
        and type(request.debit_account_id) is int
        and type(request.credit_account_id) is int
        and type(request.timeout_seconds) is int
        and type(request.currency) is str
        and type(request.code) is str
        and type(request.reference) is str
    )


def _canonical_text(request: TransferRequest) -> str:
    """`_canonical_json(request.canonical())`, byte for byte; formatted directly when
    every field has its plain type (the common case: a batch formats a thousand)."""
    if _plain_fields(request) and request.pending_id is None and not request.metadata:
        return (
            f'{{"amount":{request.amount},"code":{_json_string(request.code)},'
            f'"credit_account_id":{request.credit_account_id},'
            f'"currency":{_json_string(request.currency)},'
            f'"debit_account_id":{request.debit_account_id},'
            f'"kind":{_json_string(str(request.kind))},"metadata":{{}},"pending_id":null,'
            f'"reference":{_json_string(request.reference)},'
            f'"timeout_seconds":{request.timeout_seconds}}}'
        )
    return _canonical_json(request.canonical())


# --- Accounts ---------------------------------------------------------------------------


def validate_currency(currency: str) -> ResultCode | None:
    if len(currency) != 3 or not currency.isascii() or not currency.isalpha():
        return ResultCode.CURRENCY_INVALID
    if not currency.isupper():
        return ResultCode.CURRENCY_INVALID
    if currency not in settings.SUPPORTED_CURRENCIES:
        return ResultCode.CURRENCY_NOT_SUPPORTED
    return None


@transaction.atomic
def create_account(
    *,
    code: str,
    currency: str,
    owner_type: str = "",
    owner_id: int = 0,
    debits_must_not_exceed_credits: bool = False,
    credits_must_not_exceed_debits: bool = False,
    shards: int = 1,
) -> Account:
    """Create an account (and, for a hot account, its shards 1..shards-1)."""
    problem = validate_currency(currency)
    if problem is not None:
        raise LedgerError(problem)
    if code not in AccountCode.values:
        raise LedgerError(LedgerErrorCode.ACCOUNT_RULE_INVALID, f"Unknown account code {code!r}.")
    if debits_must_not_exceed_credits and credits_must_not_exceed_debits:
        raise LedgerError(LedgerErrorCode.ACCOUNT_RULE_INVALID, "Choose one balance rule.")
    if shards < 1 or shards > 256:
        raise LedgerError(LedgerErrorCode.ACCOUNT_RULE_INVALID, "Shards must be 1..256.")
    bounded = debits_must_not_exceed_credits or credits_must_not_exceed_debits
    if shards > 1 and bounded:
        # A shard cannot see its siblings' balances, so a bounded account stays whole.
        raise LedgerError(
            LedgerErrorCode.ACCOUNT_RULE_INVALID, "A sharded (hot) account cannot have a limit."
        )
    now = clock.now()
    common = {
        "code": code,
        "currency": currency,
        "owner_type": owner_type,
        "owner_id": owner_id,
        "debits_must_not_exceed_credits": debits_must_not_exceed_credits,
        "credits_must_not_exceed_debits": credits_must_not_exceed_debits,
        "shard_count": shards,
        "created_at": now,
    }
    parent = Account.objects.create(shard=0, **common)
    if shards > 1:
        Account.objects.bulk_create(
            [Account(parent=parent, shard=n, **common) for n in range(1, shards)]
        )
    return parent


def get_or_create_account(
    *,
    code: str,
    currency: str,
    owner_type: str = "",
    owner_id: int = 0,
    debits_must_not_exceed_credits: bool = False,
    credits_must_not_exceed_debits: bool = False,
    shards: int = 1,
) -> Account:
    """The account for (code, owner, currency), created on first use; safe under races."""
    lookup = {
        "code": code,
        "currency": currency,
        "owner_type": owner_type,
        "owner_id": owner_id,
        "shard": 0,
    }
    existing = Account.objects.filter(**lookup).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return create_account(
                code=code,
                currency=currency,
                owner_type=owner_type,
                owner_id=owner_id,
                debits_must_not_exceed_credits=debits_must_not_exceed_credits,
                credits_must_not_exceed_debits=credits_must_not_exceed_debits,
                shards=shards,
            )
    except IntegrityError:
        return Account.objects.get(**lookup)


@transaction.atomic(durable=True)
def close_account(*, account_id: int) -> Account:
    """Close an account; it must hold nothing pending, and an escrow account nothing at all."""
    accounts = lock_accounts([account_id])
    account = accounts.get(account_id)
    if account is None:
        raise LedgerError(LedgerErrorCode.ACCOUNT_NOT_FOUND, "No such account.")
    if account.debits_pending or account.credits_pending:
        raise LedgerError(LedgerErrorCode.ACCOUNT_NOT_EMPTY, "The account has pending transfers.")
    if account.code == AccountCode.ESCROW and account.debits_posted != account.credits_posted:
        raise LedgerError(LedgerErrorCode.ACCOUNT_NOT_EMPTY, "Escrow must be empty to close.")
    account.closed = True
    account.save(update_fields=["closed"])
    return account


# --- Hot account shards -----------------------------------------------------------------

# Shard structure never changes after creation, so each process caches it.
_shard_cache: dict[int, tuple[int, ...]] = {}


def clear_shard_cache() -> None:
    _shard_cache.clear()


def _load_shards(account_ids: Iterable[int]) -> None:
    missing = {pk for pk in account_ids if pk not in _shard_cache}
    if not missing:
        return
    hot: list[int] = []
    for pk, shard_count in Account.objects.filter(pk__in=missing).values_list("pk", "shard_count"):
        if shard_count > 1:
            hot.append(pk)
        else:
            _shard_cache[pk] = (pk,)
    if hot:
        children: dict[int, list[tuple[int, int]]] = {pk: [] for pk in hot}
        for pk, parent_id, shard in Account.objects.filter(parent_id__in=hot).values_list(
            "pk", "parent_id", "shard"
        ):
            if parent_id is not None:
                children[parent_id].append((shard, pk))
        for pk in hot:
            _shard_cache[pk] = (pk, *(child for _, child in sorted(children[pk])))


def _shard_for(account_id: int, transfer_id: str) -> int:
    shards = _shard_cache.get(account_id, (account_id,))
    if len(shards) == 1:
        return shards[0]
    return shards[zlib.crc32(transfer_id.encode()) % len(shards)]


# --- The engine -------------------------------------------------------------------------


@dataclass(slots=True)
class _Pending:
    key: str
    debit_account_id: int
    credit_account_id: int
    amount: int
    currency: str
    expires_at: datetime | None
    is_pending: bool
    # "", "posted", "voided" or "expired".
    resolution: str = ""


# Plain rows, not model instances: building Django models costs more than the whole
# decision for a transfer, and the PostgreSQL path never needs them.
@dataclass(slots=True)
class _NewTransfer:
    key: str
    debit_account_id: int
    credit_account_id: int
    amount: int
    currency: str
    code: str
    reference: str
    metadata: dict[str, Any]
    kind: str
    pending_id: str | None
    expires_at: datetime | None
    created_at: datetime
    seq: int | None = None


@dataclass(slots=True)
class _NewEntry:
    account_id: int
    version: int
    side: str
    posted_delta: int
    pending_delta: int
    debits_pending: int
    debits_posted: int
    credits_pending: int
    credits_posted: int
    created_at: datetime


@dataclass(slots=True)
class _NewRecord:
    key: str
    request_hash: str
    request: dict[str, Any]
    result: str
    transfer: _NewTransfer | None
    created_at: datetime


@dataclass(slots=True)
class _Plan:
    debit: LockedAccount
    credit: LockedAccount
    amount: int
    pending: _Pending | None = None


@dataclass(slots=True)
class _Batch:
    now: datetime
    accounts: dict[int, LockedAccount]
    records: dict[str, FoundRecord]
    pendings: dict[str, _Pending]
    transfers: list[_NewTransfer] = field(default_factory=list)
    entries: list[tuple[_NewTransfer, _NewEntry]] = field(default_factory=list)
    new_records: list[_NewRecord] = field(default_factory=list)
    touched: set[int] = field(default_factory=set)
    # Outcomes of ids decided earlier in this batch, for duplicates within the batch.
    decided: dict[str, tuple[dict[str, Any], TransferResult]] = field(default_factory=dict)
    expiring: list[tuple[str, datetime]] = field(default_factory=list)


def _static_problem(request: TransferRequest) -> ResultCode | None:
    """Checks that need no database: shape, range and currency of the request."""
    if not request.id:
        return ResultCode.ID_MUST_NOT_BE_EMPTY
    if len(request.id) > MAX_ID_LENGTH:
        return ResultCode.ID_TOO_LONG
    resolving = request.kind in (TransferKind.POST_PENDING, TransferKind.VOID_PENDING)
    if resolving and not request.pending_id:
        return ResultCode.PENDING_TRANSFER_NOT_FOUND
    if request.amount is not None or not resolving:
        if type(request.amount) is not int or request.amount <= 0:
            return ResultCode.AMOUNT_MUST_BE_POSITIVE
        if request.amount > settings.LEDGER_MAX_AMOUNT_MINOR:
            return ResultCode.AMOUNT_TOO_LARGE
    if request.currency or not resolving:
        problem = validate_currency(request.currency)
        if problem is not None:
            return problem
    if not resolving:
        # An id that is not a whole number names no account.
        if type(request.debit_account_id) is not int:
            return ResultCode.DEBIT_ACCOUNT_NOT_FOUND
        if type(request.credit_account_id) is not int:
            return ResultCode.CREDIT_ACCOUNT_NOT_FOUND
        if request.debit_account_id == request.credit_account_id:
            return ResultCode.ACCOUNTS_MUST_BE_DIFFERENT
        if not request.code:
            return ResultCode.CODE_MUST_NOT_BE_EMPTY
    if (
        type(request.timeout_seconds) is not int
        or request.timeout_seconds < 0
        or request.timeout_seconds > 366 * 86400
    ):
        return ResultCode.TIMEOUT_INVALID
    if request.timeout_seconds and request.kind != TransferKind.PENDING:
        return ResultCode.TIMEOUT_RESERVED_FOR_PENDING_TRANSFER
    return None


def _compare(
    original: Mapping[str, Any], canonical: Mapping[str, Any], result: str, seq: int | None
) -> TransferResult | None:
    """The answer to a reused id, or None when the id is new."""
    key = str(canonical.get("_id", ""))
    if result != ResultCode.OK:
        return TransferResult(key, ResultCode.ID_ALREADY_FAILED, original_code=result)
    for fields, code in _FIELD_CODES:
        if any(original.get(name) != canonical.get(name) for name in fields):
            return TransferResult(key, code, transfer_seq=seq)
    return TransferResult(key, ResultCode.OK, transfer_seq=seq, replayed=True)


def _replay(batch: _Batch, request: TransferRequest) -> TransferResult | None:
    canonical = {**request.canonical(), "_id": request.id}
    if request.id in batch.decided:
        earlier, outcome = batch.decided[request.id]
        return _compare(earlier, canonical, outcome.code, outcome.transfer_seq)
    record = batch.records.get(request.id)
    if record is None:
        return None
    return _compare(record.request or {}, canonical, record.result, record.transfer_id)


def _apply_leg(
    batch: _Batch,
    debit: LockedAccount,
    credit: LockedAccount,
    *,
    posted: int,
    pending: int,
) -> None:
    """Move the totals of both accounts (deltas may be negative when resolving)."""
    debit.debits_posted += posted
    debit.debits_pending += pending
    credit.credits_posted += posted
    credit.credits_pending += pending
    batch.touched.update((debit.pk, credit.pk))


def _limits_problem(debit: LockedAccount, credit: LockedAccount, amount: int) -> ResultCode | None:
    if debit.debits_must_not_exceed_credits and (
        debit.debits_posted + debit.debits_pending + amount > debit.credits_posted
    ):
        return ResultCode.EXCEEDS_CREDITS
    if credit.credits_must_not_exceed_debits and (
        credit.credits_posted + credit.credits_pending + amount > credit.debits_posted
    ):
        return ResultCode.EXCEEDS_DEBITS
    if max(
        debit.debits_posted + debit.debits_pending, credit.credits_posted + credit.credits_pending
    ) > (MAX_TOTAL - amount):
        return ResultCode.AMOUNT_TOO_LARGE
    return None


def _decide_new(batch: _Batch, request: TransferRequest) -> tuple[ResultCode, _Plan | None]:
    """Check a single or pending transfer; return (code, plan) without changing state."""
    if request.debit_account_id is None or request.credit_account_id is None:
        return ResultCode.DEBIT_ACCOUNT_NOT_FOUND, None  # ruled out by _static_problem
    debit = batch.accounts.get(_shard_for(request.debit_account_id, request.id))
    credit = batch.accounts.get(_shard_for(request.credit_account_id, request.id))
    if debit is None:
        return ResultCode.DEBIT_ACCOUNT_NOT_FOUND, None
    if credit is None:
        return ResultCode.CREDIT_ACCOUNT_NOT_FOUND, None
    if debit.closed or credit.closed:
        return ResultCode.ACCOUNT_CLOSED, None
    if debit.currency != request.currency or credit.currency != request.currency:
        return ResultCode.CURRENCY_MISMATCH, None
    amount = request.amount or 0
    problem = _limits_problem(debit, credit, amount)
    if problem is not None:
        return problem, None
    return ResultCode.OK, _Plan(debit, credit, amount)


def _decide_resolution(batch: _Batch, request: TransferRequest) -> tuple[ResultCode, _Plan | None]:
    """Check a post or void of a pending transfer."""
    pending = batch.pendings.get(request.pending_id or "")
    if pending is None:
        return ResultCode.PENDING_TRANSFER_NOT_FOUND, None
    if not pending.is_pending:
        return ResultCode.PENDING_TRANSFER_NOT_PENDING, None
    if pending.resolution == "posted":
        return ResultCode.PENDING_TRANSFER_ALREADY_POSTED, None
    if pending.resolution == "voided":
        return ResultCode.PENDING_TRANSFER_ALREADY_VOIDED, None
    if pending.resolution == "expired":
        return ResultCode.PENDING_TRANSFER_EXPIRED, None
    posting = request.kind == TransferKind.POST_PENDING
    expired = pending.expires_at is not None and pending.expires_at <= batch.now
    if posting and expired:
        return ResultCode.PENDING_TRANSFER_EXPIRED, None
    if not _names_account(request.debit_account_id, pending.debit_account_id) or not (
        _names_account(request.credit_account_id, pending.credit_account_id)
    ):
        return ResultCode.PENDING_TRANSFER_HAS_DIFFERENT_ACCOUNTS, None
    if request.currency and request.currency != pending.currency:
        return ResultCode.PENDING_TRANSFER_HAS_DIFFERENT_CURRENCY, None
    amount = pending.amount if request.amount is None or not posting else request.amount
    if amount > pending.amount:
        return ResultCode.EXCEEDS_PENDING_TRANSFER_AMOUNT, None
    debit = batch.accounts[pending.debit_account_id]
    credit = batch.accounts[pending.credit_account_id]
    return ResultCode.OK, _Plan(debit, credit, amount, pending)


def _names_account(given: int | None, actual: int) -> bool:
    """A resolution may omit the accounts, or name them (a hot account by its parent)."""
    return given is None or given == actual or actual in _shard_cache.get(given, ())


def _record(
    batch: _Batch, request: TransferRequest, result: TransferResult, transfer: _NewTransfer | None
) -> None:
    canonical = request.canonical()
    batch.decided[request.id] = (canonical, result)
    if result.code in NOT_RECORDED:
        return
    batch.new_records.append(
        _NewRecord(
            key=request.id,
            request_hash=_request_hash(canonical),
            request=canonical,
            result=str(result.code),
            transfer=transfer,
            created_at=batch.now,
        )
    )


def _entry(
    account: LockedAccount, side: Side, posted: int, pending: int, now: datetime
) -> _NewEntry:
    account.version += 1
    return _NewEntry(
        account_id=account.pk,
        version=account.version,
        side=side,
        posted_delta=posted,
        pending_delta=pending,
        debits_pending=account.debits_pending,
        debits_posted=account.debits_posted,
        credits_pending=account.credits_pending,
        credits_posted=account.credits_posted,
        created_at=now,
    )


def _write_transfer(batch: _Batch, request: TransferRequest, plan: _Plan) -> _NewTransfer:
    """Apply a decided plan to the in-memory totals and queue its rows."""
    debit, credit, amount, pending = plan.debit, plan.credit, plan.amount, plan.pending
    kind = TransferKind(request.kind)
    reserved = pending.amount if pending is not None else 0
    if kind == TransferKind.SINGLE:
        posted_delta, pending_delta = amount, 0
    elif kind == TransferKind.PENDING:
        posted_delta, pending_delta = 0, amount
    elif kind == TransferKind.POST_PENDING:
        posted_delta, pending_delta = amount, -reserved
    else:
        posted_delta, pending_delta = 0, -reserved
    _apply_leg(batch, debit, credit, posted=posted_delta, pending=pending_delta)
    expires_at = _expires_at(request, batch.now)
    if expires_at is not None:
        batch.expiring.append((request.id, expires_at))
    transfer = _NewTransfer(
        key=request.id,
        debit_account_id=debit.pk,
        credit_account_id=credit.pk,
        amount=amount,
        currency=debit.currency,
        code=request.code or kind.value,
        reference=request.reference,
        metadata=dict(request.metadata),
        kind=kind,
        pending_id=request.pending_id,
        expires_at=expires_at,
        created_at=batch.now,
    )
    batch.transfers.append(transfer)
    batch.entries.append(
        (transfer, _entry(debit, Side.DEBIT, posted_delta, pending_delta, batch.now))
    )
    batch.entries.append(
        (transfer, _entry(credit, Side.CREDIT, posted_delta, pending_delta, batch.now))
    )
    if kind == TransferKind.PENDING:
        batch.pendings[request.id] = _Pending(
            key=request.id,
            debit_account_id=debit.pk,
            credit_account_id=credit.pk,
            amount=amount,
            currency=debit.currency,
            expires_at=expires_at,
            is_pending=True,
        )
    elif pending is not None:
        expiry = request.code == EXPIRY_VOID_CODE
        pending.resolution = (
            "posted" if kind == TransferKind.POST_PENDING else "expired" if expiry else "voided"
        )
    return transfer


def _decide(batch: _Batch, request: TransferRequest) -> tuple[TransferResult, _Plan | None, bool]:
    """(result, plan if it can go ahead, whether a refusal is recorded under its id)."""
    problem = _static_problem(request)
    if problem is not None:
        # A malformed request says nothing about the id: a corrected retry may use it.
        return TransferResult(request.id, problem), None, False
    replay = _replay(batch, request)
    if replay is not None:
        return replay, None, False
    if request.kind in (TransferKind.POST_PENDING, TransferKind.VOID_PENDING):
        code, plan = _decide_resolution(batch, request)
    else:
        code, plan = _decide_new(batch, request)
    return TransferResult(request.id, code), plan, True


def _snapshot(batch: _Batch) -> dict[str, Any]:
    return {
        "accounts": {
            pk: (
                a.debits_posted,
                a.debits_pending,
                a.credits_posted,
                a.credits_pending,
                a.version,
            )
            for pk, a in batch.accounts.items()
        },
        "pendings": {key: (p.resolution,) for key, p in batch.pendings.items()},
        "sizes": (len(batch.transfers), len(batch.entries), len(batch.new_records)),
        "touched": set(batch.touched),
        "decided": dict(batch.decided),
        "expiring": len(batch.expiring),
    }


def _restore(batch: _Batch, snap: dict[str, Any]) -> None:
    for pk, values in snap["accounts"].items():
        a = batch.accounts[pk]
        a.debits_posted, a.debits_pending, a.credits_posted, a.credits_pending, a.version = values
    for key in list(batch.pendings):
        if key not in snap["pendings"]:
            del batch.pendings[key]
        else:
            batch.pendings[key].resolution = snap["pendings"][key][0]
    transfers, entries, records = snap["sizes"]
    del batch.transfers[transfers:]
    del batch.entries[entries:]
    del batch.new_records[records:]
    del batch.expiring[snap["expiring"] :]
    batch.touched = snap["touched"]
    batch.decided = snap["decided"]


def _run_single(batch: _Batch, request: TransferRequest) -> TransferResult:
    result, plan, recordable = _decide(batch, request)
    if plan is None:
        if recordable:
            _record(batch, request, result, None)
        return result
    transfer = _write_transfer(batch, request, plan)
    outcome = TransferResult(request.id, ResultCode.OK)
    _record(batch, request, outcome, transfer)
    return outcome


def _run_linked(batch: _Batch, requests: Sequence[TransferRequest]) -> list[TransferResult]:
    snap = _snapshot(batch)
    results: list[TransferResult] = []
    for request in requests:
        result = _run_single(batch, request)
        results.append(result)
        if not result.ok:
            break
    if all(r.ok for r in results):
        return results
    # One leg failed: undo the chain and refuse every leg, naming the one that failed.
    _restore(batch, snap)
    failed_at = len(results) - 1
    final: list[TransferResult] = []
    for index, request in enumerate(requests):
        if index == failed_at:
            result = results[failed_at]
        elif index < failed_at and results[index].replayed:
            result = results[index]
        else:
            result = TransferResult(request.id, ResultCode.LINKED_EVENT_FAILED)
        if _static_problem(request) is None and _replay(batch, request) is None:
            _record(batch, request, result, None)
        final.append(result)
    return final


def _load_pendings(pending_ids: set[str]) -> dict[str, _Pending]:
    if not pending_ids:
        return {}
    found: dict[str, _Pending] = {}
    resolutions: dict[str, str] = {}
    rows = Transfer.objects.filter(
        Q(key__in=pending_ids) | Q(pending_id__in=pending_ids)
    ).values_list(
        "key",
        "kind",
        "debit_account_id",
        "credit_account_id",
        "amount",
        "currency",
        "expires_at",
        "pending_id",
        "code",
    )
    for key, kind, debit, credit, amount, currency, expires_at, pending_key, code in rows:
        if key in pending_ids:
            found[key] = _Pending(
                key, debit, credit, amount, currency, expires_at, kind == TransferKind.PENDING
            )
        if pending_key in pending_ids:
            if kind == TransferKind.POST_PENDING:
                resolutions[pending_key] = "posted"
            else:
                resolutions[pending_key] = "expired" if code == EXPIRY_VOID_CODE else "voided"
    for key, resolution in resolutions.items():
        if key in found:
            found[key].resolution = resolution
    return found


def _accounts_to_lock(
    requests: Sequence[TransferRequest], pendings: Mapping[str, _Pending]
) -> set[int]:
    ids: set[int] = set()
    for request in requests:
        for account_id in (request.debit_account_id, request.credit_account_id):
            if type(account_id) is int:  # anything else names no account
                ids.add(_shard_for(account_id, request.id))
        if request.pending_id and request.pending_id in pendings:
            pending = pendings[request.pending_id]
            ids.update((pending.debit_account_id, pending.credit_account_id))
    return ids


def _persist(batch: _Batch) -> dict[str, int]:
    """Write the batch's rows; returns the seq of each new transfer by key."""
    if connection.vendor == "postgresql":
        return _persist_postgresql(batch)
    if batch.transfers:
        rows = [Transfer(**_fields(t, exclude="seq")) for t in batch.transfers]
        Transfer.objects.bulk_create(rows)
        for new, row in zip(batch.transfers, rows, strict=True):
            new.seq = row.seq
        Entry.objects.bulk_create(
            [Entry(transfer_id=_saved(t), **_fields(e)) for t, e in batch.entries]
        )
        for pk in sorted(batch.touched):
            a = batch.accounts[pk]
            Account.objects.filter(pk=pk).update(
                debits_posted=a.debits_posted,
                debits_pending=a.debits_pending,
                credits_posted=a.credits_posted,
                credits_pending=a.credits_pending,
                version=a.version,
            )
    if batch.new_records:
        IdempotencyRecord.objects.bulk_create(
            [
                IdempotencyRecord(
                    transfer_id=_saved(r.transfer) if r.transfer else None,
                    **_fields(r, exclude="transfer"),
                )
                for r in batch.new_records
            ]
        )
    return {t.key: t.seq for t in batch.transfers if t.seq is not None}


def _saved(transfer: _NewTransfer) -> int:
    if transfer.seq is None:
        raise RuntimeError(f"transfer {transfer.key} was not written")
    return transfer.seq


def _fields(row: _NewTransfer | _NewEntry | _NewRecord, exclude: str = "") -> dict[str, Any]:
    return {name: getattr(row, name) for name in row.__slots__ if name != exclude}


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _persist_postgresql(batch: _Batch) -> dict[str, int]:
    if not batch.transfers and not batch.new_records:
        return {}
    transfers = [
        {
            "key": t.key,
            "debit": t.debit_account_id,
            "credit": t.credit_account_id,
            "amount": t.amount,
            "currency": t.currency,
            "code": t.code,
            "reference": t.reference,
            "metadata": t.metadata,
            "kind": t.kind,
            "pending_key": t.pending_id,
            "expires_at": _iso(t.expires_at),
            "created_at": _iso(t.created_at),
            "n": n,
        }
        for n, t in enumerate(batch.transfers)
    ]
    entries = [
        {
            "key": t.key,
            "account_id": e.account_id,
            "version": e.version,
            "side": e.side,
            "posted_delta": e.posted_delta,
            "pending_delta": e.pending_delta,
            "dq": e.debits_pending,
            "dp": e.debits_posted,
            "cq": e.credits_pending,
            "cp": e.credits_posted,
            "created_at": _iso(e.created_at),
        }
        for t, e in batch.entries
    ]
    accounts = [
        {
            "id": pk,
            "dp": a.debits_posted,
            "dq": a.debits_pending,
            "cp": a.credits_posted,
            "cq": a.credits_pending,
            "version": a.version,
        }
        for pk in sorted(batch.touched)
        for a in (batch.accounts[pk],)
    ]
    records = [
        {
            "key": r.key,
            "request_hash": r.request_hash,
            "request": r.request,
            "result": r.result,
            "created_at": _iso(r.created_at),
        }
        for r in batch.new_records
    ]
    params = {
        name: json.dumps(rows, separators=(",", ":"), default=str)
        for name, rows in (
            ("transfers", transfers),
            ("entries", entries),
            ("accounts", accounts),
            ("records", records),
        )
    }
    with connection.cursor() as cursor:
        # One round trip writes the whole batch (migrations/0003, `ledger_write`).
        cursor.execute(
            "SELECT * FROM ledger_write(%(transfers)s::jsonb, %(entries)s::jsonb, "
            "%(accounts)s::jsonb, %(records)s::jsonb)",
            params,
        )
        seqs = {str(key): int(seq) for key, seq in cursor.fetchall()}
    for transfer in batch.transfers:
        transfer.seq = seqs[transfer.key]
    return seqs


def _schedule_expiry(expiring: list[tuple[str, datetime]]) -> None:
    if not expiring:
        return
    from directcontracts.ledger.tasks import expire_pending_transfer_task

    for key, expires_at in expiring:
        try:
            expire_pending_transfer_task.using(run_after=expires_at).enqueue(key)
        except Exception:  # noqa: S112, BLE001 — backends without deferral rely on the sweep
            continue


def _batch_eligible(requests: Sequence[TransferRequest]) -> bool:
    """New posted or pending transfers with distinct ids and a valid shape, on PostgreSQL."""
    if connection.vendor != "postgresql" or len(requests) < 2:
        return False
    seen: set[str] = set()
    for request in requests:
        if (
            request.kind not in _NEW_KINDS
            or request.pending_id is not None
            or request.id in seen
            or _static_problem(request) is not None
            or not _plain_fields(request)
        ):
            return False
        seen.add(request.id)
    return True


_NEW_KINDS = (TransferKind.SINGLE, TransferKind.PENDING)


def _expires_at(request: TransferRequest, now: datetime) -> datetime | None:
    """When a pending transfer with a timeout voids itself."""
    if request.kind == TransferKind.PENDING and request.timeout_seconds:
        return now + timedelta(seconds=request.timeout_seconds)
    return None


class _NewTransferFields(NamedTuple):
    """What both set-based writers send for a new transfer, besides the request's own."""

    debit: int  # the account, or the hot account's shard chosen by the transfer's id
    credit: int
    expires_at: datetime | None
    metadata: str  # canonical JSON
    request_hash: str
    # The record keeps the canonical request only when a shard stands in for an account
    # the caller named; otherwise the transfer row holds it (`locks.py` rebuilds it).
    record_copy: str | None
    # An unknown hot account (not in the shard cache) sends the transfer to the engine.
    resolved: bool


def _new_transfer_fields(request: TransferRequest, now: datetime) -> _NewTransferFields:
    debit_id, credit_id = request.debit_account_id or 0, request.credit_account_id or 0
    debit, credit = _shard_for(debit_id, request.id), _shard_for(credit_id, request.id)
    text = _canonical_text(request)
    return _NewTransferFields(
        debit=debit,
        credit=credit,
        expires_at=_expires_at(request, now),
        metadata=_canonical_json(dict(request.metadata)) if request.metadata else "{}",
        request_hash=_digest(text),
        record_copy=text if debit != debit_id or credit != credit_id else None,
        resolved=debit_id in _shard_cache and credit_id in _shard_cache,
    )


def _post_batch(requests: Sequence[TransferRequest], now: datetime) -> list[TransferResult] | None:
    """The whole batch in one set-based statement (`ledger_write_batch`, migrations/0017).

    None when any transfer would be refused or any id is reused: nothing was written and
    the engine decides the batch one transfer at a time.
    """
    # One JSON array of rows, written by hand (fields as `_new_transfer_fields` gives them).
    rows: list[str] = []
    expiring: list[tuple[str, datetime]] = []
    for request in requests:
        fields = _new_transfer_fields(request, now)
        expires_at = "null"
        if fields.expires_at is not None:
            expiring.append((request.id, fields.expires_at))
            expires_at = f'"{fields.expires_at.isoformat()}"'
        rows.append(
            f"[{_json_string(request.id)},{fields.debit},{fields.credit},{expires_at},"
            f"{request.amount},{_json_string(request.currency)},{_json_string(request.code)},"
            f"{_json_string(request.reference)},{fields.metadata},"
            f'{_json_string(str(request.kind))},"{fields.request_hash}",'
            f"{'true' if fields.resolved else 'false'},{fields.record_copy or 'null'}]"
        )
    ((seqs,),) = fetch_prepared(
        "SELECT ledger_write_batch(%s::bigint, %s::timestamptz, %s::text::jsonb)",
        [SEAL_LOCK_KEY, now, "[" + ",".join(rows) + "]"],
    )
    if seqs is None:
        return None
    if expiring:
        transaction.on_commit(partial(_schedule_expiry, expiring))
    return [
        TransferResult(request.id, ResultCode.OK, seq)
        for request, seq in zip(requests, seqs, strict=True)
    ]


def _apply(requests: Sequence[TransferRequest], *, linked: bool) -> list[TransferResult]:
    now = clock.now()
    if _batch_eligible(requests):
        # All new transfers: decided and written set-based, unless one would be refused.
        written = _post_batch(requests, now)
        if written is not None:
            return written
    ids = [r.id for r in requests if r.id and len(r.id) <= MAX_ID_LENGTH]
    pendings = _load_pendings({r.pending_id for r in requests if r.pending_id})
    accounts, found = lock_accounts_reading_records(_accounts_to_lock(requests, pendings), ids)
    if _learn_shards(accounts):
        # First sight of a hot account in this process: lock the shards it maps to.
        missing = _accounts_to_lock(requests, pendings) - set(accounts)
        accounts.update(lock_account_states(missing))
    records = {record.key: record for record in found}
    batch = _Batch(now=now, accounts=accounts, records=records, pendings=pendings)
    if linked:
        results = _run_linked(batch, requests)
    else:
        results = [_run_single(batch, request) for request in requests]
    seqs = _persist(batch)
    if batch.expiring:
        transaction.on_commit(partial(_schedule_expiry, list(batch.expiring)))
    return [
        TransferResult(r.id, r.code, seqs[r.id], r.replayed, r.original_code)
        if r.ok and r.id in seqs and not r.replayed
        else r
        for r in results
    ]


def _learn_shards(accounts: Mapping[int, LockedAccount]) -> bool:
    """Cache the shard layout of newly seen accounts; True if a hot one was among them."""
    new_hot = []
    for pk, account in accounts.items():
        if pk in _shard_cache:
            continue
        if account.shard_count > 1 and account.parent_id is None:
            new_hot.append(pk)
        else:
            _shard_cache[pk] = (pk,)
    if new_hot:
        _load_shards(new_hot)
    return bool(new_hot)


def _sqlstate(exc: Exception) -> str:
    """The SQLSTATE of a database error Django wrapped ("" on SQLite)."""
    return getattr(exc.__cause__, "sqlstate", None) or ""


def _is_retryable(exc: Exception) -> bool:
    sqlstate = _sqlstate(exc)
    if sqlstate in {"40001", "40P01", "55P03"}:
        return True
    if isinstance(exc, IntegrityError):
        # A concurrent writer took the same id or resolved the same pending transfer.
        return sqlstate == "23505" or "UNIQUE" in str(exc)
    return connection.vendor == "sqlite" and "locked" in str(exc)


def _with_retries(work: Callable[[], _T]) -> _T:
    for attempt in range(MAX_ATTEMPTS):
        try:
            return work()
        except (OperationalError, IntegrityError) as exc:
            if attempt == MAX_ATTEMPTS - 1 or not _is_retryable(exc):
                raise
            time.sleep(random.uniform(0, 0.002 * 2**attempt))  # noqa: S311 — jitter only
    raise AssertionError("unreachable")


def _fast_eligible(request: TransferRequest) -> bool:
    """A lone posted or pending transfer, on PostgreSQL."""
    return (
        connection.vendor == "postgresql"
        and request.kind in (TransferKind.SINGLE, TransferKind.PENDING)
        and _static_problem(request) is None
        and _plain_fields(request)
    )


# A lone new transfer in one statement, `ledger_write_one` (migrations/0018): its UPDATE
# takes both row locks (FOR NO KEY UPDATE, in id order) and applies only where every
# check of the general path passes, re-evaluated on the newest row version after any
# lock wait; the transfer, its entries and its record are written only if both accounts
# were updated. Otherwise, or when an index or constraint refuses a row (a reused id,
# say), it raises, the statement rolls back whole, and the general path decides.
_WRITE_ONE_SQL = (
    "SELECT ledger_write_one(%s::bigint, %s::text, %s::bigint, %s::bigint, %s::bigint, "
    "%s::text, %s::text, %s::text, %s::text::jsonb, %s::text, %s::timestamptz, %s::text, "
    "%s::text::jsonb, %s::timestamptz, %s::boolean)"
)


def _declined(exc: DatabaseError) -> bool:
    """Whether the single statement gave the transfer to the general path.

    Its own refusal and anything the database refused (a reused id, a constraint, an
    overflowing total) are integrity errors or 22003; the general path names them.
    """
    sqlstate = _sqlstate(exc)
    return sqlstate.startswith("23") or sqlstate == "22003"


def _post_one(request: TransferRequest) -> TransferResult:
    """A lone new transfer as one prepared statement; raises if it declined (`_declined`)."""
    now = clock.now()
    fields = _new_transfer_fields(request, now)
    ((seq,),) = fetch_prepared(
        _WRITE_ONE_SQL,
        [
            SEAL_LOCK_KEY,
            request.id,
            fields.debit,
            fields.credit,
            request.amount,
            request.currency,
            request.code,
            request.reference,
            fields.metadata,
            str(request.kind),
            fields.expires_at,
            fields.request_hash,
            fields.record_copy,
            now,
            fields.resolved,
        ],
    )
    if fields.expires_at is not None:
        transaction.on_commit(partial(_schedule_expiry, [(request.id, fields.expires_at)]))
    return TransferResult(request.id, ResultCode.OK, seq)


def _execute(requests: Sequence[TransferRequest], *, linked: bool) -> list[TransferResult]:
    if len(requests) > MAX_BATCH_SIZE:
        raise LedgerError(LedgerErrorCode.BATCH_TOO_LARGE, f"At most {MAX_BATCH_SIZE} transfers.")
    if not requests:
        return []
    if len(requests) == 1 and _fast_eligible(requests[0]):

        def fast() -> TransferResult | None:
            try:
                if not connection.in_atomic_block:
                    # Autocommit: the one statement is its own durable transaction.
                    return _post_one(requests[0])
                with transaction.atomic(durable=True):
                    return _post_one(requests[0])
            except DatabaseError as exc:
                if _declined(exc):
                    return None
                raise

        result = _with_retries(fast)
        if result is not None:
            return [result]

    def attempt() -> list[TransferResult]:
        with transaction.atomic(durable=True):
            return _apply(requests, linked=linked)

    return _with_retries(attempt)


# --- Public entry points ----------------------------------------------------------------


def post_transfers(
    requests: Sequence[TransferRequest], *, linked: bool = False
) -> list[TransferResult]:
    """Apply up to MAX_BATCH_SIZE transfers in one transaction; one result per request.

    Refusals are results, not exceptions (like TigerBeetle's batches). With
    `linked=True` the batch succeeds or fails as a whole.
    """
    return _execute(requests, linked=linked)


def _raise_for(result: TransferResult) -> TransferResult:
    if not result.ok:
        raise LedgerError(result.code, transfer_id=result.id, original_code=result.original_code)
    return result


def post_transfer(
    *,
    id: str,  # noqa: A002 — the caller's transfer id, as in TigerBeetle
    debit_account_id: int,
    credit_account_id: int,
    amount: int,
    currency: str,
    code: str,
    reference: str = "",
    metadata: Mapping[str, Any] | None = None,
    pending: bool = False,
    timeout_seconds: int = 0,
) -> TransferResult:
    """Move `amount` minor units now (or reserve them, with `pending=True`).

    Raises LedgerError with a ResultCode on refusal (the refusal is recorded first, so a
    retry of the id stays refused). A retry with identical fields returns the original
    result with `replayed=True`.
    """
    request = TransferRequest(
        id=id,
        debit_account_id=debit_account_id,
        credit_account_id=credit_account_id,
        amount=amount,
        currency=currency,
        code=code,
        reference=reference,
        metadata=metadata or {},
        kind=TransferKind.PENDING if pending else TransferKind.SINGLE,
        timeout_seconds=timeout_seconds,
    )
    return _raise_for(_execute([request], linked=False)[0])


def post_pending_transfer(
    *,
    id: str,  # noqa: A002
    pending_id: str,
    amount: int | None = None,
    reference: str = "",
    metadata: Mapping[str, Any] | None = None,
) -> TransferResult:
    """Post a pending transfer, in full (`amount=None`) or a smaller amount."""
    request = TransferRequest(
        id=id,
        amount=amount,
        kind=TransferKind.POST_PENDING,
        pending_id=pending_id,
        reference=reference,
        metadata=metadata or {},
    )
    return _raise_for(_execute([request], linked=False)[0])


def void_pending_transfer(
    *,
    id: str,  # noqa: A002
    pending_id: str,
    reference: str = "",
    code: str = "",
    metadata: Mapping[str, Any] | None = None,
) -> TransferResult:
    """Release the reservation of a pending transfer."""
    request = TransferRequest(
        id=id,
        kind=TransferKind.VOID_PENDING,
        pending_id=pending_id,
        code=code,
        reference=reference,
        metadata=metadata or {},
    )
    return _raise_for(_execute([request], linked=False)[0])


def post_linked_transfers(requests: Sequence[TransferRequest]) -> list[TransferResult]:
    """All or nothing: raises LedgerError naming the failed leg, applying no leg."""
    results = _execute(requests, linked=True)
    for result in results:
        if not result.ok and result.code != ResultCode.LINKED_EVENT_FAILED:
            _raise_for(result)
    for result in results:
        _raise_for(result)
    return results


def expiry_void_id(pending_id: str) -> str:
    return f"expire:{pending_id}"[:MAX_ID_LENGTH]


def expire_pending_transfer(*, pending_id: str) -> TransferResult | None:
    """Void one pending transfer whose timeout has passed; idempotent, None if not due."""
    now = clock.now()
    due = Transfer.objects.filter(
        key=pending_id, kind=TransferKind.PENDING, expires_at__lte=now
    ).exists()
    if not due:
        return None
    request = TransferRequest(
        id=expiry_void_id(pending_id),
        kind=TransferKind.VOID_PENDING,
        pending_id=pending_id,
        code=EXPIRY_VOID_CODE,
    )
    return _execute([request], linked=False)[0]


def expire_pending_transfers(*, limit: int = 1000) -> int:
    """Void every pending transfer past its timeout (the sweep); returns how many."""
    now = clock.now()
    due = list(
        Transfer.objects.filter(kind=TransferKind.PENDING, expires_at__lte=now)
        .exclude(key__in=Transfer.objects.filter(pending__isnull=False).values("pending_id"))
        .order_by("expires_at")
        .values_list("key", flat=True)[:limit]
    )
    requests = [
        TransferRequest(
            id=expiry_void_id(key),
            kind=TransferKind.VOID_PENDING,
            pending_id=key,
            code=EXPIRY_VOID_CODE,
        )
        for key in due
    ]
    results = _execute(requests, linked=False) if requests else []
    return sum(1 for r in results if r.ok and not r.replayed)
