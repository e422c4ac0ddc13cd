from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from django.db import connection

from directcontracts.ledger.errors import LedgerError
from directcontracts.ledger.services import post_transfer


def move(id, debit, credit, amount=10, **kw):
    """A posted USD transfer between two account objects."""
    return post_transfer(
        id=id,
        debit_account_id=debit.pk,
        credit_account_id=credit.pk,
        amount=amount,
        currency=kw.pop("currency", "USD"),
        code=kw.pop("code", "test"),
        **kw,
    )


def refusal(fn, *args, **kw) -> str:
    with pytest.raises(LedgerError) as info:
        fn(*args, **kw)
    return info.value.code


def transfer_table_reads() -> int:
    """Scans of ledger_transfer so far in this transaction (PostgreSQL's statistics)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT coalesce(sum(seq_scan + idx_scan), 0) FROM pg_stat_xact_user_tables "
            "WHERE relname = 'ledger_transfer'"
        )
        return int(cursor.fetchone()[0])


def record_set_based_writes(monkeypatch) -> list[bool]:
    """Per batch that tried the set-based path, whether it wrote the batch (PostgreSQL)."""
    from directcontracts.ledger import services

    written: list[bool] = []
    post_batch = services._post_batch

    def spy(requests, now):
        result = post_batch(requests, now)
        written.append(result is not None)
        return result

    monkeypatch.setattr(services, "_post_batch", spy)
    return written


def run_together(calls: list[Callable[[], Any]], workers: int = 25) -> list[Any]:
    """Start every call at once (a barrier per wave of `workers`); return results or errors."""
    barrier = threading.Barrier(min(workers, len(calls)))

    def wrapped(call: Callable[[], Any]) -> Any:
        try:
            try:
                barrier.wait(timeout=10)
            except threading.BrokenBarrierError:
                pass
            return call()
        except Exception as exc:  # noqa: BLE001 — the test inspects what callers saw
            return exc
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(wrapped, calls))
