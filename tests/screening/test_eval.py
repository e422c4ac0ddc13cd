"""Runs the evaluation on the shared dev set and prints its scores (floor: macro-F1 0.8)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT.parent / "shared" / "data" / "screening-dev.jsonl"


@pytest.mark.skipif(not DEV_SET.exists(), reason=f"no dev set at {DEV_SET}")
def test_eval_on_dev_set_prints_scores_above_the_floor():
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "eval_screening.py"), str(DEV_SET)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    print(result.stdout)
    scores = dict(
        line.split(" ")[0].split("=")
        for line in result.stdout.splitlines()
        if "=" in line.split(" ")[0]
    )
    assert float(scores["macro_f1"]) >= 0.8
