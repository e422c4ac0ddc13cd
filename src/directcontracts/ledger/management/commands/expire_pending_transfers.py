from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from directcontracts.ledger.services import expire_pending_transfers


class Command(BaseCommand):
    help = "Void every pending transfer whose timeout has passed."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"voided {expire_pending_transfers()} pending transfers")
