"""Demo data: `directcontracts load_demo` runs every registered loader, in order.

Each app registers its loader in AppConfig.ready(); a loader must be idempotent (get or
create by natural keys), so running the command twice creates nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable

Loader = Callable[[Callable[[str], None]], None]
_loaders: list[tuple[int, str, Loader]] = []


def register_demo_loader(name: str, loader: Loader, *, order: int = 100) -> None:
    if all(existing_name != name for _, existing_name, _ in _loaders):
        _loaders.append((order, name, loader))
        _loaders.sort(key=lambda item: (item[0], item[1]))


def loaders() -> list[tuple[str, Loader]]:
    return [(name, loader) for _, name, loader in _loaders]
