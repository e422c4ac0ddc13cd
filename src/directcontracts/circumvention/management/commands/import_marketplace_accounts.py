"""`directcontracts import_marketplace_accounts FILE.jsonl`: existing account holders kept elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from directcontracts.circumvention.management.commands.match_accounts import read_jsonl
from directcontracts.circumvention.services import import_marketplace_accounts


class Command(BaseCommand):
    help = "Import (or refresh) marketplace account holders from a JSON-lines file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}.")
        count = import_marketplace_accounts(records=read_jsonl(path))
        self.stdout.write(f"imported={count}")
