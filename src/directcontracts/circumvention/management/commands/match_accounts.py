"""`directcontracts match_accounts --accounts A.jsonl --candidates C.jsonl`.

Needs no server, no network and no database: it reads two JSON-lines files and writes one
JSON line per candidate, in input order, to standard output.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from directcontracts.circumvention.matcher import Thresholds, build_index, profile_from_record


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise CommandError(f"{path}:{number}: not JSON ({exc}).") from None
            if not isinstance(record, dict) or "id" not in record:
                raise CommandError(f"{path}:{number}: a record needs an id.")
            yield record


class Command(BaseCommand):
    help = "Match invited clients against existing marketplace accounts (JSON lines in and out)."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--accounts", required=True, type=Path)
        parser.add_argument("--candidates", required=True, type=Path)
        parser.add_argument("--block-score", type=float, default=None)
        parser.add_argument("--review-score", type=float, default=None)

    def handle(self, *args: Any, **options: Any) -> None:
        for name in ("accounts", "candidates"):
            if not options[name].is_file():
                raise CommandError(f"--{name}: no such file {options[name]}.")
        thresholds = Thresholds(
            block=options["block_score"] or settings.CIRCUMVENTION_BLOCK_SCORE,
            review=options["review_score"] or settings.CIRCUMVENTION_REVIEW_SCORE,
        )
        index = build_index(read_jsonl(options["accounts"]))
        # The index lives until the command ends: the cyclic collector need not walk it again
        # each time the matching below leaves garbage behind.
        gc.freeze()
        out = sys.stdout
        lines = []
        for record in read_jsonl(options["candidates"]):
            result = index.match(profile_from_record(record), thresholds)
            lines.append(json.dumps(result.as_dict(), ensure_ascii=False))
            if len(lines) >= 1000:
                out.write("\n".join(lines) + "\n")
                lines = []
        if lines:
            out.write("\n".join(lines) + "\n")
        out.flush()
