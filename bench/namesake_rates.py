"""How often two holders of one name share a mailbox name (issue 14, round 7).

    python bench/namesake_rates.py ACCOUNTS.jsonl     # any population, e.g. gen_identity's
    python bench/namesake_rates.py --ours [--seed 1]  # our own generator's population

Prints, over every pair of accounts holding the same name (at most 60 holders a name), the
share with the same local part and the share with only its letters in another shape: the
rates `Weights.namesake_same_local_rate` and `namesake_same_form_rate` stand for.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from directcontracts.circumvention.matcher import profile_from_record  # noqa: E402


def rates(records: Iterable[dict]) -> tuple[int, float, float]:
    by_name = defaultdict(list)
    for record in records:
        profile = profile_from_record(record)
        if profile.name_key and profile.email_local:
            by_name[profile.name_key].append(profile)
    pairs = same = form = 0
    for holders in by_name.values():
        holders = holders[:60]
        for i, a in enumerate(holders):
            for b in holders[i + 1 :]:
                pairs += 1
                if a.email_local == b.email_local:
                    same += 1
                elif set(a.email_forms) & set(b.email_forms):
                    form += 1
    return pairs, same / max(pairs, 1), form / max(pairs, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("accounts", nargs="?", type=Path)
    parser.add_argument("--ours", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.ours:
        from tests.circumvention.disguises import generate

        records, _ = generate(seed=args.seed)
    else:
        records = [json.loads(line) for line in args.accounts.open(encoding="utf-8")]
    pairs, same, form = rates(records)
    print(f"namesake_pairs={pairs} same_local_part={same:.3f} same_letters_other_shape={form:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
