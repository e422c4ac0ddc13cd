"""`directcontracts rescan_circumvention`: re-check every checked client against all accounts.

Resumable: progress is saved after each batch, and a run that was interrupted continues
after the last subject it finished (`--restart` starts over). Large populations go through
Splink on DuckDB (batch.py); small ones through the same index lookups as real time.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from directcontracts.circumvention.rescan import rescan


class Command(BaseCommand):
    help = "Re-check direct-contract clients against all marketplace accounts; hold new matches."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--engine", choices=["auto", "index", "splink"], default="auto")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--restart", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        with tqdm(desc="rescan", unit="client", disable=options["verbosity"] == 0) as bar:
            summary = rescan(
                engine=options["engine"],
                batch_size=options["batch_size"],
                restart=options["restart"],
                on_progress=bar.update,
                set_total=lambda total: setattr(bar, "total", total),
            )
        self.stdout.write(" ".join(f"{k}={v}" for k, v in summary.items()))
