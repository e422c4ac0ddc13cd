"""Real concurrent callers for PostgreSQL race tests: each thread has its own connection."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django.db import connection


def run_together(calls: list[Callable[[], Any]], workers: int = 20) -> list[Any]:
    """Start the calls in waves of `workers` at once (each wave meets at a barrier); return
    each call's result or the exception it raised."""
    assert len(calls) % workers == 0, "whole waves only, or the last one waits for nobody"
    barrier = threading.Barrier(workers)

    def wrapped(call: Callable[[], Any]) -> Any:
        try:
            try:
                barrier.wait(timeout=10)
            except threading.BrokenBarrierError:
                pass
            return call()
        except Exception as exc:  # noqa: BLE001 - the test inspects what callers saw
            return exc
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(wrapped, calls))
