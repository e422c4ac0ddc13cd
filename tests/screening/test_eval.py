"""Runs the evaluation on the shared dev set and on the held-out set, printing the scores
(floors far below the goals: these tests keep the scripts working, the note reports the
figures)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV_SET = Path(
    os.environ.get("SCREENING_DEV", ROOT.parent / "shared" / "data" / "screening-dev.jsonl")
)
HELDOUT = ROOT / "tests" / "screening" / "data" / "heldout_v4.jsonl"


def _scores(path: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "eval_screening.py"), str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    print(result.stdout)
    return {
        key: float(value)
        for line in result.stdout.splitlines()
        if "=" in line.split(" ")[0] and not line.startswith(" ")
        for key, value in [line.split(" ")[0].split("=")]
    }


@pytest.mark.skipif(not DEV_SET.exists(), reason=f"no dev set at {DEV_SET}")
def test_eval_on_dev_set_prints_scores_above_the_floor():
    assert _scores(DEV_SET)["macro_f1"] >= 0.8


@pytest.mark.skipif(not HELDOUT.exists(), reason="no held-out set")
def test_eval_on_the_held_out_set_prints_scores_above_the_floor():
    scores = _scores(HELDOUT)
    assert scores["macro_f1"] >= 0.7
    assert scores["ok_blocked"] <= 0.05
