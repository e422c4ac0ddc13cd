"""The signed-in dashboard is made of panels that apps register in their AppConfig.ready().

A panel is a function `(request) -> {"title", "template", ...context} | None`; later
issues (contracts, balances, cases) add theirs without touching this app.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest

Panel = Callable[[HttpRequest], dict[str, Any] | None]
_panels: list[tuple[int, Panel]] = []


def register_panel(panel: Panel, *, order: int = 100) -> None:
    if all(existing is not panel for _, existing in _panels):
        _panels.append((order, panel))
        _panels.sort(key=lambda item: item[0])


def panels_for(request: HttpRequest) -> list[dict[str, Any]]:
    return [p for _, panel in _panels if (p := panel(request)) is not None]
