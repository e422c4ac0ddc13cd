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
4. What must not happen inside the transaction (a call to the payment gateway, which may
   take seconds and can't be rolled back) is registered with `after_commit(callback)`: it
   runs once the money transaction has committed, with no transaction open, and not at
   all when the work raises. Unlike Django's `on_commit` it also runs inside a test's
   transaction, so the tests see what production does.
"""

from __future__ import annotations

import threading
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
_local = threading.local()


def _open_callbacks() -> list[list[Callable[[], object]]]:
    stack: list[list[Callable[[], object]]] | None = getattr(_local, "after_commit", None)
    if stack is None:
        stack = _local.after_commit = []
    return stack


def money_transaction(work: Callable[[], _T]) -> _T:
    """Run `work` in one durable transaction, retried on deadlock or serialization failure;
    then the callbacks the successful attempt registered with `after_commit`, in order."""
    callbacks: list[Callable[[], object]] = []

    def attempt() -> _T:
        callbacks.clear()  # a retried attempt registers its own again
        stack = _open_callbacks()
        stack.append(callbacks)
        try:
            with transaction.atomic(durable=True):
                return work()
        finally:
            stack.pop()

    result = _with_retries(attempt)
    for callback in callbacks:
        callback()
    return result


def after_commit(callback: Callable[[], object]) -> None:
    """Run `callback` once the current money transaction has committed (outside it)."""
    stack = _open_callbacks()
    if not stack:
        raise RuntimeError("after_commit() runs inside money_transaction()")
    stack[-1].append(callback)


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
