"""DESIGN.md, "Layers": the apps are listed bottom to top and an app imports only apps below
it; `ledger` and `screening` import no other domain app. Checked on every import statement
(at the top of a module or inside a function: a late import is still a dependency)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "directcontracts"

# Bottom to top, as DESIGN.md lists them. `verification` (signing keys for payment
# requests) imports only core, so it sits on the ground floor beside it.
LAYERS = [
    "core",
    "verification",
    "ledger",
    "screening",
    "notifications",
    "accounts",
    "catalog",
    "payments",
    "circumvention",
    "contracts",
    "disputes",
    "hourly",
    "trust",
    "helpcenter",
    "support",
]
STANDALONE = {"ledger", "screening"}  # they import core (and verification) only
GROUND = {"core", "verification"}

# Imports that cross a layer on purpose, each with its reason.
ALLOWED = {
    # The contract page cache fingerprints every row the page shows, the disputes'
    # panels' rows included (contracts/page_cache.py).
    ("contracts", "disputes"),
}


def _imported_apps(path: Path) -> list[tuple[str, int]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "directcontracts" and len(parts) > 1 and parts[1] in LAYERS:
                found.append((parts[1], node.lineno))
    return found


def _crossings() -> list[str]:
    rank = {app: i for i, app in enumerate(LAYERS)}
    crossings = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC)
        app = relative.parts[0]
        if app not in rank or "migrations" in relative.parts:
            continue
        for other, line in _imported_apps(path):
            if other == app or (app, other) in ALLOWED:
                continue
            upward = rank[other] > rank[app]
            sideways = app in STANDALONE and other not in GROUND
            if upward or sideways:
                crossings.append(f"{relative}:{line} imports {other}")
    return crossings


def test_every_app_imports_only_the_apps_below_it():
    assert _crossings() == []
