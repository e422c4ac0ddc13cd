from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from directcontracts.ledger.verify import verify_ledger


class Command(BaseCommand):
    help = "Recompute every balance from the transfers and check the journal and hash chain."

    def handle(self, *args: Any, **options: Any) -> None:
        problems = verify_ledger()
        if problems:
            for problem in problems:
                self.stdout.write(problem)
            raise CommandError(f"{len(problems)} discrepancies")
        self.stdout.write("ok")
