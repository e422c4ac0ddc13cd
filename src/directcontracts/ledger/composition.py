"""Ledger movements as one step of a larger money transaction.

Design:

1. A higher service that must change its own rows in the same transaction as a movement
   (a milestone becomes "released" exactly when its escrow moves, never one without the
   other) runs its work inside `money_transaction(work)`: one durable transaction,
   retried on deadlocks and serialization failures exactly like the ledger's own entry
   points, so no caller ever sees one.
2. Inside it, `apply_linked(requests)` applies an event's transfers all-or-nothing with
   the same engine as `post_linked_transfers`, or raises `LedgerError` naming the failed
   leg; the caller's row updates then roll back with it.
3. Transfer ids are derived from the caller's own ids (see chart.py), so re-running the
   whole work after a crash replays the movement instead of repeating it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from django.db import connection, transaction

from directcontracts.ledger.errors import LedgerError, LedgerErrorCode, ResultCode
from directcontracts.ledger.services import (
    MAX_BATCH_SIZE,
    TransferRequest,
    TransferResult,
    _apply,
    _with_retries,
)

_T = TypeVar("_T")


def money_transaction(work: Callable[[], _T]) -> _T:
    """Run `work` in one durable transaction, retried on deadlock or serialization failure."""

    def attempt() -> _T:
        with transaction.atomic(durable=True):
            return work()

    return _with_retries(attempt)


def apply_linked(requests: Sequence[TransferRequest]) -> list[TransferResult]:
    """Apply an event's transfers inside the caller's money transaction, all or nothing."""
    if not connection.in_atomic_block:
        raise RuntimeError("apply_linked() runs inside money_transaction()")
    if len(requests) > MAX_BATCH_SIZE:
        raise LedgerError(LedgerErrorCode.BATCH_TOO_LARGE, f"At most {MAX_BATCH_SIZE} transfers.")
    if not requests:
        return []
    results = _apply(requests, linked=True)
    failed = [r for r in results if not r.ok and r.code != ResultCode.LINKED_EVENT_FAILED] or [
        r for r in results if not r.ok
    ]
    if failed:
        first = failed[0]
        raise LedgerError(first.code, transfer_id=first.id, original_code=first.original_code)
    return results
