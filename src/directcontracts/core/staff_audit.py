"""The staff audit trail for apps below trust (screening): trust registers the writer in
its `ready()`, and a staff edit made in such an app calls `record_staff_edit` inside the
transaction that saved it. With no writer registered the edit is refused, never left
unaudited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Writer = Callable[..., None]
_writer: list[Writer] = []


def register_staff_audit(writer: Writer) -> None:
    _writer[:] = [writer]


def record_staff_edit(*, by: Any, action: str, reason: str, data: dict[str, Any]) -> None:
    if not _writer:
        raise RuntimeError("no staff audit trail is registered (the trust app records it)")
    _writer[0](by=by, action=action, reason=reason, data=data)
