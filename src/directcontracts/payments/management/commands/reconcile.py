from __future__ import annotations

from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from directcontracts.payments.reconciliation import reconcile


class Command(BaseCommand):
    help = "Compare one UTC day's processor movements in the ledger with the gateway's list."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", required=True, help="The UTC day, YYYY-MM-DD.")

    def handle(self, *args: Any, **options: Any) -> None:
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
