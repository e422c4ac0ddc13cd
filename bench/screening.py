"""Throughput and latency of the work-policy screener on one core.

    python bench/screening.py [--items N]

Screens the project's hand-written corpus items one at a time (as the platform does),
cycling through them, with the normalisation cache cleared so each call does the full
work. Prints `items_per_s=N p99_ms=N` (goal: at least 2,000 items/s, p99 under 5 ms),
CPU-time figures (on a shared machine wall time includes waiting for a core), and the
baseline measured in the same run on the same items: the same screener judging each
brief as one part (no sentence or clause scoring), which is what the screener did before
issue 13. The difference is the cost of judging every part.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from directcontracts.screening.classifier import get_classifier
from directcontracts.screening.engine import Part, screen_parts, screen_work
from directcontracts.screening.normalize import normalize

CORPUS = Path(__file__).resolve().parent.parent / "src/directcontracts/screening/data/corpus.jsonl"


def whole_brief_only(title: str, description: str) -> object:
    text = f"{title}. {description}"
    return screen_parts([Part(raw=text, normalized=normalize(text))])


def measure(rows: list[dict], items: int, screen: Callable[..., object]) -> dict[str, float]:
    for row in rows[:50]:  # warm up
        screen(title=row["title"], description=row["description"])
    latencies = []
    cpu_latencies = []
    cpu_started = time.process_time()
    started = time.perf_counter()
    for i in range(items):
        row = rows[i % len(rows)]
        normalize.cache_clear()
        t0, c0 = time.perf_counter(), time.thread_time()
        screen(title=row["title"], description=row["description"])
        latencies.append(time.perf_counter() - t0)
        cpu_latencies.append(time.thread_time() - c0)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    return {
        "items_per_s": items / elapsed,
        "p99_ms": statistics.quantiles(latencies, n=100)[98] * 1000,
        "cpu_items_per_s": items / cpu,
        "p50_ms": statistics.median(latencies) * 1000,
        # CPU time per item: what the screener costs, whatever else the machine is doing.
        "cpu_p99_ms": statistics.quantiles(cpu_latencies, n=100)[98] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=3000)
    args = parser.parse_args()
    rows = [
        json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    get_classifier()
    baseline = measure(rows, args.items, whole_brief_only)
    current = measure(rows, args.items, screen_work)
    print(
        f"items_per_s={current['items_per_s']:.0f} p99_ms={current['p99_ms']:.2f} "
        "(goal: >= 2000 items/s, p99 < 5 ms)"
    )
    print(
        f"cpu_items_per_s={current['cpu_items_per_s']:.0f} cpu_p99_ms={current['cpu_p99_ms']:.2f} "
        f"p50_ms={current['p50_ms']:.2f}"
    )
    print(
        f"baseline (whole brief only, same run): items_per_s={baseline['items_per_s']:.0f} "
        f"p99_ms={baseline['p99_ms']:.2f} cpu_items_per_s={baseline['cpu_items_per_s']:.0f} "
        f"cpu_p99_ms={baseline['cpu_p99_ms']:.2f}"
    )


if __name__ == "__main__":
    main()
