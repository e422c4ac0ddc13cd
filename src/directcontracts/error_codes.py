"""Every error code the project can answer with, found in the code itself.

Each app keeps its codes in a `StrEnum` named `...ErrorCode` (DESIGN.md, convention 6); a
few codes are passed as literals (`NotFound(..., code="proposal_not_found")`). docs/api.md
lists them all: `python -m directcontracts.error_codes` prints that table (`--write` puts it there), and a test
(tests/api/test_error_codes.py) fails when the table misses one.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from enum import StrEnum
from pathlib import Path

import directcontracts

PACKAGE = Path(directcontracts.__file__).resolve().parent
# Codes that name something other than an API refusal (ledger entry kinds and the like).
NOT_ERRORS = frozenset(
    {"milestone_funding_settled", "milestone_funding_failed", "milestone_funding_expired"}
)


def enums() -> list[type[StrEnum]]:
    """Every `...ErrorCode` enum in the project's modules."""
    found: dict[str, type[StrEnum]] = {}
    for module in pkgutil.walk_packages([str(PACKAGE)], prefix="directcontracts."):
        if ".migrations" in module.name or module.name.endswith("__main__"):
            continue
        source = PACKAGE.joinpath(*module.name.split(".")[1:])
        path = source / "__init__.py" if module.ispkg else source.with_suffix(".py")
        if "ErrorCode(StrEnum)" not in path.read_text(encoding="utf-8"):
            continue
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if (
                isinstance(value, type)
                and issubclass(value, StrEnum)
                and value.__name__.endswith("ErrorCode")
                and value.__module__ == module.name
            ):
                found[f"{module.name}.{value.__name__}"] = value
    return [found[name] for name in sorted(found)]


_CODE = re.compile(r"[a-z]+(?:_[a-z0-9]+)+")
_RAISERS = ("Error", "Conflict", "NotFound", "Denied", "error_body")


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _CODE.fullmatch(node.value) else None
    return None


def literal_codes() -> set[str]:
    """Codes written as literals: `code="..."`, or the first argument of an error class."""
    codes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            found = [_literal(k.value) for k in node.keywords if k.arg == "code"]
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if node.args and name.endswith(_RAISERS):
                found.append(_literal(node.args[0]))
            codes.update(code for code in found if code)
    return codes - NOT_ERRORS


def all_codes() -> set[str]:
    return {str(member) for enum in enums() for member in enum} | literal_codes()


def markdown_table() -> str:
    rows = ["| where | codes |", "|---|---|"]
    for enum in enums():
        app = enum.__module__.removeprefix("directcontracts.").split(".")[0]
        codes = ", ".join(f"`{member}`" for member in sorted(str(m) for m in enum))
        rows.append(f"| {app} (`{enum.__name__}`) | {codes} |")
    enum_codes = {str(member) for enum in enums() for member in enum}
    extra = sorted(literal_codes() - enum_codes)
    if extra:
        rows.append(f"| not yet in an enum | {', '.join(f'`{c}`' for c in extra)} |")
    return "\n".join(rows)


DOCS = PACKAGE.parents[1] / "docs" / "api.md"


def write_docs_table() -> None:
    """Replace the table under "### Every error code" in docs/api.md with the current one."""
    text = DOCS.read_text(encoding="utf-8")
    start = text.index("| where | codes |")
    end = text.index("\n\n", start)
    DOCS.write_text(text[:start] + markdown_table() + text[end:], encoding="utf-8")


if __name__ == "__main__":
    import os
    import sys

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "directcontracts.settings")
    django.setup()
    if "--write" in sys.argv:
        write_docs_table()
    else:
        print(markdown_table())
