"""People close to an account holder against real disguises (issue 20): `make eval-close-people`.

Generates BENCH_ACCOUNTS accounts with our own generator (tests/circumvention/close_people.py:
relatives on the holder's card, namesakes at the same employer, household members with the
surname's other form and a shared landline or home address; and disguises of the holders)
and matches each case with the product's matcher, twice in the same run: as it decides now,
and with its evidence-against rules switched off (the baseline). Prints per kind the share
blocked and flagged (blocked or sent to review), then
`close_blocked=… disguises_blocked=… disguises_flagged=…` for each.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

ACCOUNTS = int(os.environ.get("BENCH_ACCOUNTS", "6000"))
SEED = int(os.environ.get("BENCH_SEED", "5"))


def _summary(label: str) -> None:
    from tests.circumvention.close_people import CLOSE_KINDS, rates

    close = [0, 0]
    disguises = [0, 0, 0]
    print(f"-- {label}")
    for kind, total, blocked, flagged in rates(ACCOUNTS, SEED):
        print(
            f"  {kind:32} blocked {blocked / total:6.1%}  flagged {flagged / total:6.1%}  (n={total})"
        )
        if kind in CLOSE_KINDS:
            close[0] += total
            close[1] += blocked
        else:
            disguises[0] += total
            disguises[1] += blocked
            disguises[2] += flagged
    print(
        f"{label}: close_blocked={close[1] / close[0]:.4f} "
        f"disguises_blocked={disguises[1] / disguises[0]:.4f} "
        f"disguises_flagged={disguises[2] / disguises[0]:.4f}"
    )


def main() -> None:
    from directcontracts.circumvention import matcher, normalize

    _summary("now")
    rule, conflict = matcher.review_instead_of_block, normalize.given_names_conflict
    matcher.review_instead_of_block = lambda signals: ""  # type: ignore[assignment]
    normalize.given_names_conflict = lambda a, b: False  # type: ignore[assignment]
    try:
        _summary("baseline")
    finally:
        matcher.review_instead_of_block = rule  # type: ignore[assignment]
        normalize.given_names_conflict = conflict  # type: ignore[assignment]


if __name__ == "__main__":
    main()
