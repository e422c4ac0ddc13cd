from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from directcontracts.ledger.sealing import seal_ledger


class Command(BaseCommand):
    help = "Seal committed transfers into the hash chain (run periodically, or as a task)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"sealed {seal_ledger()} transfers")
