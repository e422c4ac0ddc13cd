"""`directcontracts renormalise_accounts`: recompute the normalised columns and blocking keys of
every marketplace account after the normalisers change (no other data is touched)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from directcontracts.circumvention.services import renormalise_accounts


class Command(BaseCommand):
    help = "Recompute every marketplace account's normalised columns and MatchKey rows."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"renormalised={renormalise_accounts()}")
