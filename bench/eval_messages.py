"""Both checks a contract message goes through, per item, on a labelled message set.

    python bench/eval_messages.py tests/screening/data/messages_heldout_v6.jsonl
    python bench/eval_messages.py tests/screening/data/messages_dev_v7.jsonl --split held -v
    python bench/eval_messages.py FILE --model /tmp/message_model.npz   # a candidate model

A message is held when the contact/payment check holds it
(`messages.screen_message_text(text).held`) or the work check does not allow it
(`engine.screen_message_work(text, from_client=...).verdict != "allow"`), as the message
service does. Each row's text is its title and description (or text) on two lines; a row
whose `sender` is "client" is read as the client's, any other as the freelancer's; a row
with `policy` "ok" (or none) is ordinary, any other a violation.

Prints one line per file: "NAME: ordinary held x/n, violations held y/m". With -v, every
ordinary message held (ORD-HELD) and every violation allowed (VIOL-ALLOWED) first.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from directcontracts.screening.classifier import Classifier, get_message_classifier
from directcontracts.screening.engine import screen_message_work
from directcontracts.screening.messages import screen_message_text


def row_text(row: dict[str, str]) -> str:
    body = row.get("description") or row.get("text") or ""
    return ((row.get("title") or "") + "\n" + body).strip()


def held(row: dict[str, str], classifier: Classifier | None = None) -> bool:
    text = row_text(row)
    if screen_message_text(text).held:
        return True
    verdict = screen_message_work(
        text, from_client=row.get("sender") == "client", classifier=classifier
    )
    return verdict.verdict != "allow"


def evaluate(
    path: Path, *, split: str | None, verbose: bool, classifier: Classifier | None = None
) -> str:
    ordinary = ordinary_held = violations = violations_held = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if split and row.get("split") != split:
            continue
        is_held = held(row, classifier)
        short = row_text(row)[:160].replace("\n", " ")
        if row.get("policy", "ok") == "ok":
            ordinary += 1
            ordinary_held += is_held
            if is_held and verbose:
                print("ORD-HELD", row["id"], short)
        else:
            violations += 1
            violations_held += is_held
            if not is_held and verbose:
                print("VIOL-ALLOWED", row["id"], row["policy"], short)
    return (
        f"{path.name}: ordinary held {ordinary_held}/{ordinary}, "
        f"violations held {violations_held}/{violations}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description="Both message checks on labelled message sets.")
    parser.add_argument("paths", type=Path, nargs="+", help="JSON-lines message sets")
    parser.add_argument("--split", help="only rows whose `split` is this (tune or held)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    parser.add_argument(
        "--model",
        type=Path,
        help="the work check reads this model file (default: the packaged message model)",
    )
    args = parser.parse_args()
    classifier = Classifier.load(args.model) if args.model else get_message_classifier()
    for path in args.paths:
        print(evaluate(path, split=args.split, verbose=args.verbose, classifier=classifier))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
