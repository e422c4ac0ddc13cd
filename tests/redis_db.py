"""A Redis database of each test worker's own: the Redis tests empty theirs."""

from __future__ import annotations

import os


def worker_redis_url() -> str:
    """Database 15 for the first (or only) worker, 14 for the next: under `pytest -n 2` one
    worker's flush must not empty the queue or cache the other is testing."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    index = int(worker.removeprefix("gw") or 0)
    return f"redis://127.0.0.1:6379/{15 - index % 8}"
