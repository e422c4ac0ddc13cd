"""`directcontracts screen_work [--input FILE]`: screen work descriptions given as JSON lines.

Input, one object a line: {"id": ..., "title": ..., "description": ...}.
Output, one line per input, in order:
{"id": ..., "verdict": "allow"|"review"|"block", "policy": <code>, "score": <0..1>, "reasons": [...]}.

Uses the packaged rules and model only: no database, no network, so it runs before
`migrate`. A malformed line stops the run with exit status 2 and a message naming the
line; nothing is printed for that line (earlier lines have already been written).
"""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from collections.abc import Iterable
from typing import Any, Protocol

from django.core.management.base import BaseCommand, CommandError

from directcontracts.screening import engine

MAX_FIELD_CHARS = 100_000


class Writer(Protocol):
    def write(self, text: str) -> Any: ...

    def flush(self) -> Any: ...


class MalformedLine(ValueError):
    pass


def parse_line(line: str) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedLine(f"not valid JSON ({exc.msg})") from exc
    if not isinstance(item, dict):
        raise MalformedLine("expected a JSON object")
    if "id" not in item:
        raise MalformedLine('missing "id"')
    if not isinstance(item["id"], str | int) or isinstance(item["id"], bool):
        raise MalformedLine('"id" must be a string or an integer')
    for key in ("title", "description"):
        value = item.get(key, "")
        if not isinstance(value, str):
            raise MalformedLine(f'"{key}" must be a string')
        if len(value) > MAX_FIELD_CHARS:
            raise MalformedLine(f'"{key}" is longer than {MAX_FIELD_CHARS} characters')
    if not item.get("title") and not item.get("description"):
        raise MalformedLine('needs a "title" or a "description"')
    return item


def screen_lines(lines: Iterable[str], out: Writer) -> None:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = parse_line(line)
        except MalformedLine as exc:
            raise CommandError(f"line {number}: {exc}", returncode=2) from exc
        verdict = engine.screen_work(
            title=item.get("title", ""), description=item.get("description", "")
        )
        out.write(json.dumps({"id": item["id"], **verdict.as_dict()}, ensure_ascii=False))
        out.flush()


class Command(BaseCommand):
    help = "Screen work descriptions (JSON lines) against the work policy; no database needed."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("--input", help="JSON-lines file (default: standard input)")

    def handle(self, *args: Any, **options: Any) -> None:
        path = options.get("input")
        if not path or path == "-":
            screen_lines(sys.stdin, self.stdout)
            return
        try:
            handle = open(path, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc.strerror}", returncode=2) from exc
        with handle:
            try:
                screen_lines(handle, self.stdout)
            except UnicodeDecodeError as exc:
                raise CommandError(f"{path} is not UTF-8 text", returncode=2) from exc
