"""The only place that takes row locks on ledger accounts (DESIGN.md, convention 2); other
rows are locked the same way through `core/locks.py` (whose `lock_rows` is re-exported here).

Rows are locked in primary-key order, in one statement, with `FOR NO KEY UPDATE`:
a consistent order means two transfers touching the same accounts in opposite
directions queue instead of deadlocking, and NO KEY (unlike plain FOR UPDATE) does not
conflict with the KEY SHARE locks that foreign-key inserts of entries take on the same
account rows. On SQLite the IMMEDIATE transaction already holds the database's single
write lock, so the clause is simply not emitted there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import connection

from directcontracts.core.locks import lock_rows as lock_rows  # re-exported for its callers
from directcontracts.ledger.models import Account, IdempotencyRecord, Transfer

# Writers hold this advisory lock shared until commit; the sealer takes it exclusively
# for an instant to find a seq below which every transfer has committed (sealing.py).
SEAL_LOCK_KEY = 0x1ED6E2


def lock_accounts(account_ids: Iterable[int]) -> dict[int, Account]:
    """Lock and return the accounts that exist among `account_ids`, keyed by id."""
    ids = sorted(set(account_ids))
    if not ids:
        return {}
    if not connection.in_atomic_block:
        raise RuntimeError("lock_accounts() must run inside a transaction")
    if connection.vendor == "postgresql":
        # One round trip: the seal lock (shared) and the account rows, in id order.
        rows: Iterable[Account] = Account.objects.raw(
            "WITH seal AS (SELECT pg_advisory_xact_lock_shared(%s)) "
            "SELECT a.* FROM ledger_account a, seal WHERE a.id = ANY(%s) "
            "ORDER BY a.id FOR NO KEY UPDATE OF a",
            [SEAL_LOCK_KEY, ids],
        )
    else:
        rows = Account.objects.filter(pk__in=ids).order_by("pk")
    return {account.pk: account for account in rows}


@dataclass(slots=True)
class LockedAccount:
    """A locked account row as the transfer engine reads and changes it (no model)."""

    id: int
    currency: str
    code: str
    debits_must_not_exceed_credits: bool
    credits_must_not_exceed_debits: bool
    debits_pending: int
    debits_posted: int
    credits_pending: int
    credits_posted: int
    version: int
    closed: bool
    parent_id: int | None
    shard: int
    shard_count: int

    @property
    def pk(self) -> int:
        return self.id

    @classmethod
    def of(cls, account: Account) -> LockedAccount:
        return cls(
            account.pk,
            account.currency,
            account.code,
            account.debits_must_not_exceed_credits,
            account.credits_must_not_exceed_debits,
            account.debits_pending,
            account.debits_posted,
            account.credits_pending,
            account.credits_posted,
            account.version,
            account.closed,
            account.parent_id,
            account.shard,
            account.shard_count,
        )


@dataclass(slots=True)
class FoundRecord:
    key: str
    request: dict[str, Any] | None
    result: str
    transfer_id: int | None


def _with_requests(records: list[FoundRecord]) -> list[FoundRecord]:
    """Give each record its canonical request, rebuilding it from the transfer row where
    the record left it there (a new transfer on the accounts its caller named)."""
    seqs = {r.transfer_id for r in records if r.request is None and r.transfer_id is not None}
    if not seqs:
        return records
    rebuilt = {
        row["seq"]: _canonical_request_of(row)
        for row in Transfer.objects.filter(seq__in=seqs).values(
            "seq",
            "kind",
            "pending_id",
            "debit_account_id",
            "credit_account_id",
            "amount",
            "currency",
            "expires_at",
            "created_at",
            "code",
            "reference",
            "metadata",
        )
    }
    for record in records:
        if record.request is None and record.transfer_id is not None:
            record.request = rebuilt.get(record.transfer_id)
    return records


def _canonical_request_of(transfer: Mapping[str, Any]) -> dict[str, Any]:
    """What `TransferRequest.canonical()` gave for the request that wrote `transfer`."""
    expires_at = transfer["expires_at"]
    timeout = 0 if expires_at is None else (expires_at - transfer["created_at"]).total_seconds()
    return {
        "kind": transfer["kind"],
        "pending_id": transfer["pending_id"],
        "debit_account_id": transfer["debit_account_id"],
        "credit_account_id": transfer["credit_account_id"],
        "amount": transfer["amount"],
        "currency": transfer["currency"],
        "timeout_seconds": int(timeout),
        "code": transfer["code"],
        "reference": transfer["reference"],
        "metadata": transfer["metadata"],
    }


def lock_account_states(account_ids: Iterable[int]) -> dict[int, LockedAccount]:
    """`lock_accounts`, as the engine's plain rows."""
    return {pk: LockedAccount.of(a) for pk, a in lock_accounts(account_ids).items()}


def lock_accounts_reading_records(
    account_ids: Iterable[int], keys: Sequence[str]
) -> tuple[dict[int, LockedAccount], list[FoundRecord]]:
    """Lock accounts (as `lock_accounts`) and read the idempotency records of `keys`.

    On PostgreSQL this is one round trip (`ledger_lock_and_read`, migrations/0006): the
    records ride along with the locked rows.
    """
    ids = sorted(set(account_ids))
    if connection.vendor != "postgresql":
        rows = IdempotencyRecord.objects.filter(key__in=keys) if keys else []
        records = [FoundRecord(r.key, r.request, r.result, r.transfer_id) for r in rows]
        return lock_account_states(ids), _with_requests(records)
    if not connection.in_atomic_block:
        raise RuntimeError("lock_accounts_reading_records() must run inside a transaction")
    accounts: dict[int, LockedAccount] = {}
    found: list[FoundRecord] = []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT * FROM ledger_lock_and_read(%s, %s::bigint[], %s::text[])",
            [SEAL_LOCK_KEY, ids, list(keys)],
        )
        for row in cursor.fetchall():
            if row[0] == "a":
                accounts[row[1]] = LockedAccount(*row[1:15])
            else:
                # Django reads jsonb as text (JSONField decodes it itself).
                request = json.loads(row[16]) if isinstance(row[16], str) else row[16]
                found.append(FoundRecord(row[15], request, row[17], row[18]))
    return accounts, _with_requests(found)
