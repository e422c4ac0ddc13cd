"""The evaluation on the development data, run in CI with its scores printed."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV_DATA = (ROOT / ".." / "shared" / "data" / "identity-dev").resolve()


@pytest.mark.slow
@pytest.mark.skipif(not (DEV_DATA / "truth.jsonl").is_file(), reason="development data not present")
def test_eval_prints_the_scorers_metrics_line():
    completed = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "eval_circumvention.py"), str(DEV_DATA)],
        capture_output=True, text=True, check=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    print(completed.stdout)  # shown with -s / -rP: precision, recall, per-kind figures, throughput
    metrics = next(line for line in completed.stdout.splitlines() if line.startswith("precision="))
    values = dict(part.split("=") for part in metrics.split())
    assert float(values["precision"]) >= 0.99
    assert float(values["recall"]) >= 0.97
