"""Evaluate the circumvention matcher through its command-line contract.

    python bench/eval_circumvention.py ../shared/data/identity-dev
    python bench/eval_circumvention.py --generate 100000x10000 [--seed 11]
    python bench/eval_circumvention.py --disguises [--seed 1]    # our own families (issue 14)
    python bench/eval_circumvention.py --estimate ../shared/data/identity-dev   # EM m-values

Runs `directcontracts match_accounts` on DIR/accounts.jsonl and DIR/candidates.jsonl, prints
the scorer's output (score_identity.py TRUTH PREDICTIONS) and the throughput. With
--generate, gen_identity.py first writes a data set of that size into a temporary folder.
The shared tools are used here only; the package never needs them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS = (ROOT / ".." / "shared" / "tools" / "identity").resolve()


def run_matcher(folder: Path, predictions: Path) -> float:
    command = [sys.executable, "-m", "directcontracts", "match_accounts",
               "--accounts", str(folder / "accounts.jsonl"), "--candidates", str(folder / "candidates.jsonl")]  # fmt: skip
    started = time.perf_counter()
    with predictions.open("w", encoding="utf-8") as out:
        subprocess.run(command, stdout=out, check=True, cwd=ROOT)
    return time.perf_counter() - started


def count_lines(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def evaluate(folder: Path, tools: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="eval-circumvention-") as tmp:
        predictions = Path(tmp) / "predictions.jsonl"
        seconds = run_matcher(folder, predictions)
        scored = subprocess.run(
            [sys.executable, str(tools / "score_identity.py"), str(folder / "truth.jsonl"), str(predictions)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        decisions = Counter(
            json.loads(line)["decision"] for line in predictions.open(encoding="utf-8")
        )
        truth = {}
        for line in (folder / "truth.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            truth[row["id"]] = row["match"]
        new_reviewed = sum(
            1 for line in predictions.open(encoding="utf-8")
            if (p := json.loads(line))["decision"] == "review" and truth.get(p["id"]) is None
        )  # fmt: skip
    accounts, candidates = (
        count_lines(folder / "accounts.jsonl"),
        count_lines(folder / "candidates.jsonl"),
    )
    new_clients = sum(1 for match in truth.values() if match is None)
    print(scored.stdout, end="")
    print(
        f"decisions: block={decisions['block']} review={decisions['review']} allow={decisions['allow']}  "
        f"new clients sent to review: {new_reviewed}/{new_clients} "
        f"({(new_reviewed / new_clients if new_clients else 0):.2%})"
    )
    print(
        f"accounts={accounts} candidates={candidates} seconds={seconds:.1f} "
        f"candidates_per_second={candidates / seconds:.0f}"
    )


def evaluate_disguises(seed: int, accounts: int, per_family: int) -> None:
    """Our own generator (tests/circumvention/disguises.py): seed 1 is the tuning part,
    seed 2 the held-out part."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT))
    from tests.circumvention.disguises import DISGUISE_FAMILIES, evaluate

    started = time.perf_counter()
    report = evaluate(accounts=accounts, seed=seed, per_family=per_family)
    print(f"disguise families (seed {seed}, {accounts} accounts, {per_family} cases per family)")
    for family, (total, flagged) in report["families"].items():
        what = "recall" if family in DISGUISE_FAMILIES else "flagged"
        print(f"  {family:34} {flagged:5}/{total:<5} {what} {flagged / total:.4f}")
    print(
        f"seed={seed} precision={report['precision']:.4f} recall={report['recall']:.4f} "
        f"new_clients_reviewed={report['new_clients_reviewed']:.4f} "
        f"seconds={time.perf_counter() - started:.1f}"
    )


def estimate(folder: Path) -> None:
    """m-probabilities by expectation-maximisation on the blocked pairs of an unlabelled data
    set (accounts and candidates only; the truth is not read)."""
    sys.path.insert(0, str(ROOT / "src"))
    from directcontracts.circumvention.estimate import (
        FIELDS,
        estimate_by_sessions,
        levels_of,
        u_probabilities,
    )
    from directcontracts.circumvention.matcher import block_limit, build_index, profile_from_record

    def records(name: str):
        with (folder / name).open(encoding="utf-8") as handle:
            yield from (json.loads(line) for line in handle if line.strip())

    index = build_index(records("accounts.jsonl"))
    freq = index.frequencies
    pairs = []
    for record in records("candidates.jsonl"):
        cand = profile_from_record(record)
        first_kind: dict[int, str] = {}
        for key in cand.lookup_keys():
            block = index.blocks.get(key, [])
            if len(block) <= block_limit(key[0]):
                for position in block:
                    first_kind.setdefault(position, key[0])
        for position, kind in first_kind.items():
            pairs.append((kind, levels_of(cand, index.profiles[position], freq)))
    seen = [{v[i] for _, v in pairs} for i in range(len(FIELDS))]
    u = u_probabilities(index.profiles, freq, seen)
    result = estimate_by_sessions(pairs, u)
    print(f"pairs={len(pairs)} match_share={result.match_share:.4f} iterations={result.iterations}")
    for i, field in enumerate(FIELDS):
        for level, m in sorted(result.m[i].items(), key=lambda kv: -kv[1]):
            if m >= 0.001:
                print(f"  {field:20} {level:36} m={m:.4f} u={u[i].get(level, 0.0):.6f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, help="folder with accounts, candidates and truth"
    )
    parser.add_argument(
        "--generate", metavar="NxM", help="generate N accounts x M candidates first"
    )
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--disguises", action="store_true", help="evaluate our own disguise families instead"
    )
    parser.add_argument("--estimate", type=Path, help="print EM m-probabilities for a folder")
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--per-family", type=int, default=150)
    parser.add_argument("--tools", type=Path, default=TOOLS)
    args = parser.parse_args()
    os.environ.setdefault("DIRECTCONTRACTS_VAR_DIR", tempfile.mkdtemp(prefix="dc-var-"))
    if args.estimate:
        estimate(args.estimate)
        return 0
    if args.disguises:
        evaluate_disguises(args.seed or 1, args.accounts, args.per_family)
        return 0
    if args.generate:
        accounts, candidates = (int(x) for x in args.generate.lower().split("x"))
        with tempfile.TemporaryDirectory(prefix="identity-") as tmp:
            subprocess.run(
                [sys.executable, str(args.tools / "gen_identity.py"), "--accounts", str(accounts),
                 "--candidates", str(candidates), "--seed", str(args.seed or 11), "--out", tmp],
                check=True, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            evaluate(Path(tmp), args.tools)
        return 0
    if args.folder is None:
        parser.error("give a folder or --generate NxM")
    evaluate(args.folder, args.tools)
    return 0


if __name__ == "__main__":
    sys.exit(main())
