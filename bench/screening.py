"""Throughput and latency of the work-policy screener on one core.

    python bench/screening.py [--items N]

Screens the project's corpus items one at a time (as the platform does), cycling
through them, with the normalisation cache cleared so each call does the full work.
Prints `items_per_s=N p99_ms=N`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from directcontracts.screening.classifier import get_classifier
from directcontracts.screening.engine import screen_work
from directcontracts.screening.normalize import normalize

CORPUS = Path(__file__).resolve().parent.parent / "src/directcontracts/screening/data/corpus.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    args = parser.parse_args()
    rows = [
        json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    get_classifier()
    for row in rows[:50]:  # warm up
        screen_work(title=row["title"], description=row["description"])

    latencies = []
    cpu_started = time.process_time()
    started = time.perf_counter()
    for i in range(args.items):
        row = rows[i % len(rows)]
        normalize.cache_clear()
        t0 = time.perf_counter()
        screen_work(title=row["title"], description=row["description"])
        latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    p99 = statistics.quantiles(latencies, n=100)[98] * 1000
    print(f"items_per_s={args.items / elapsed:.0f} p99_ms={p99:.2f}")
    # On a shared machine wall time includes waiting for a core; CPU time does not.
    print(
        f"cpu_items_per_s={args.items / cpu:.0f} p50_ms={statistics.median(latencies) * 1000:.2f}"
    )


if __name__ == "__main__":
    main()
