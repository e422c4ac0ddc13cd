"""Evaluate the work-policy screener on a labelled JSON-lines file it was never trained on.

    python bench/eval_screening.py ../shared/data/screening-dev.jsonl [--errors]
    python bench/eval_screening.py tests/screening/data/messages_heldout.jsonl --messages
    python bench/eval_screening.py tests/screening/data/messages_dev_v3.jsonl --messages --split tune

With --messages each item's description is screened as a contract message is
(`engine.screen_message_work`), not as a work brief.

Prints: share of banned/excluded items not allowed, share of ok items blocked and sent
to review, macro-F1 over the seven policy codes, and throughput.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from directcontracts.screening.classifier import CODES, get_classifier
from directcontracts.screening.engine import screen_message_work, screen_work


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for code in CODES:
        tp = sum(g == code and p == code for g, p in zip(gold, predicted, strict=True))
        fp = sum(g != code and p == code for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == code and p != code for g, p in zip(gold, predicted, strict=True))
        if tp + fp + fn == 0:
            continue
        scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)


def main() -> int:
    parser = argparse.ArgumentParser(description="Evaluate the screener on a labelled set.")
    parser.add_argument("path", type=Path)
    parser.add_argument("--errors", action="store_true", help="list the items it got wrong")
    parser.add_argument(
        "--messages", action="store_true", help="screen each description as a contract message"
    )
    parser.add_argument(
        "--split",
        help="only the rows whose `split` is this (messages_dev_v3.jsonl: tune or held)",
    )
    args = parser.parse_args()

    rows = [
        json.loads(line)
        for line in args.path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if args.split:
        rows = [r for r in rows if r.get("split") == args.split]
    get_classifier()  # load the model outside the timed loop
    started = time.perf_counter()
    verdicts = [
        screen_message_work(
            r.get("description", ""), from_client=r.get("sender", "client") == "client"
        )
        if args.messages
        else screen_work(title=r.get("title", ""), description=r.get("description", ""))
        for r in rows
    ]
    elapsed = time.perf_counter() - started

    gold = [r["policy"] for r in rows]
    predicted = [v.policy for v in verdicts]
    bad = [v for v, g in zip(verdicts, gold, strict=True) if g != "ok"]
    ok = [v for v, g in zip(verdicts, gold, strict=True) if g == "ok"]
    not_allowed = sum(v.verdict != "allow" for v in bad) / max(1, len(bad))
    ok_blocked = sum(v.verdict == "block" for v in ok) / max(1, len(ok))
    ok_review = sum(v.verdict == "review" for v in ok) / max(1, len(ok))
    print(f"items={len(rows)} banned_or_excluded={len(bad)} ok={len(ok)}")
    print(f"banned_excluded_not_allowed={not_allowed:.3f} (goal >= 0.97)")
    print(f"ok_blocked={ok_blocked:.3f} (goal <= 0.01)")
    print(f"ok_review={ok_review:.3f} (goal <= 0.05)")
    print(f"macro_f1={macro_f1(gold, predicted):.3f} (goal >= 0.92)")
    print(f"items_per_s={len(rows) / elapsed:.0f}")
    # Where the set says what kind of item each is (the held-out set does), per kind.
    kinds = sorted({r["kind"] for r in rows if r.get("kind")})
    for kind in kinds:
        pairs = [(r, v) for r, v in zip(rows, verdicts, strict=True) if r.get("kind") == kind]
        good = sum((v.verdict != "allow") == (r["policy"] != "ok") for r, v in pairs)
        blocked_ok = sum(v.verdict == "block" and r["policy"] == "ok" for r, v in pairs)
        print(
            f"  kind={kind} items={len(pairs)} right_allow_or_not={good / len(pairs):.3f} "
            f"ok_blocked={blocked_ok}"
        )
    if args.errors:
        for row, verdict in zip(rows, verdicts, strict=True):
            if verdict.policy != row["policy"]:
                print(
                    f"  {row['id']} gold={row['policy']} got={verdict.verdict}/{verdict.policy} "
                    f"score={verdict.score:.2f} {row['title'] or row['description'][:70]!r} "
                    f"rules={verdict.rules}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
