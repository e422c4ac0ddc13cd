from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from directcontracts.payments.reconciliation import reconcile, schedule_next_reconciliation


class Command(BaseCommand):
    help = (
        "Compare one UTC day's processor movements in the ledger with the gateway's list; "
        "with --schedule, start the worker's daily run instead (make run does this)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", help="The UTC day, YYYY-MM-DD.")
        parser.add_argument(
            "--schedule", action="store_true", help="Enqueue the daily reconciliation and exit."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["schedule"]:
            self.stdout.write(
                "daily reconciliation scheduled"
                if schedule_next_reconciliation()
                else "this task backend can't defer: run this command from cron"
            )
            return
        if not options["date"]:
            raise CommandError("give --date YYYY-MM-DD (or --schedule)")
        try:
            day = date.fromisoformat(options["date"])
        except ValueError:
            raise CommandError("--date must be YYYY-MM-DD") from None
        report = reconcile(day=day)
        for mismatch in report.mismatches:
            self.stdout.write(mismatch.describe())
        if report.mismatches:
            raise CommandError(
                f"{len(report.mismatches)} mismatches on {day} ({report.matched} matched); "
                "a finance alert is open"
            )
        self.stdout.write(f"ok: {report.matched} movements matched on {day}")
