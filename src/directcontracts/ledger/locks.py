"""The only place that takes row locks on ledger accounts (DESIGN.md, convention 2).

Rows are locked in primary-key order, in one statement, with `FOR NO KEY UPDATE`:
a consistent order means two transfers touching the same accounts in opposite
directions queue instead of deadlocking, and NO KEY (unlike plain FOR UPDATE) does not
conflict with the KEY SHARE locks that foreign-key inserts of entries take on the same
account rows. On SQLite the IMMEDIATE transaction already holds the database's single
write lock, so the clause is simply not emitted there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection

from directcontracts.ledger.models import Account, IdempotencyRecord

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


def lock_accounts_reading_records(
    account_ids: Iterable[int], keys: Sequence[str]
) -> tuple[dict[int, Account], list[IdempotencyRecord]]:
    """Lock accounts (as `lock_accounts`) and read the idempotency records of `keys`.

    On PostgreSQL this is one round trip: the records ride along with the locked rows,
    which is what lets a single transfer cost about as much as a raw TPC-B transaction.
    """
    ids = sorted(set(account_ids))
    if connection.vendor != "postgresql":
        records = list(IdempotencyRecord.objects.filter(key__in=keys)) if keys else []
        return lock_accounts(ids), records
    if not connection.in_atomic_block:
        raise RuntimeError("lock_accounts_reading_records() must run inside a transaction")
    accounts: dict[int, Account] = {}
    found: list[IdempotencyRecord] = []
    with connection.cursor() as cursor:
        # migrations/0003: lock the seal (shared) and the rows in id order, read records.
        cursor.execute(
            "SELECT * FROM ledger_lock_and_read(%s, %s::bigint[], %s::text[])",
            [SEAL_LOCK_KEY, ids, list(keys)],
        )
        for kind, row in cursor.fetchall():
            if kind == "a":
                accounts[row["id"]] = Account(**row)
            else:
                found.append(IdempotencyRecord(**row))
    return accounts, found
