"""What higher apps tell accounts about a person's data: export sections, what stops an
account from closing, and how each app forgets a closed account.

Accounts sits below contracts, payments, disputes, trust and support, so it can't read their
tables; each of them registers here in its `AppConfig.ready()` (DESIGN.md, "Layers": an
explicit registry, not Django signals). Everything registered must keep to the person's own
view: an export section returns only what that person may see on the site (never the other
party's payment methods, hidden email, staff notes, scores or signals).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from directcontracts.accounts.models import User

ExportBuilder = Callable[[User], Any]


@dataclass(frozen=True, slots=True)
class ClosureBlocker:
    """One reason an account can't close yet, in words, with where to deal with it."""

    code: str
    message: str
    url: str
    link_text: str

    def as_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "message": self.message,
            "url": self.url,
            "link_text": self.link_text,
        }


@dataclass(frozen=True, slots=True)
class ClosureEffect:
    """One thing the closing itself will end (an invitation declined, a draft cancelled),
    said on the settings page before the person confirms."""

    code: str
    message: str
    url: str  # where to see it; empty when the person has no page for it


ClosureCheck = Callable[[User], list[ClosureBlocker]]
ClosureEraser = Callable[[User], None]
ClosureAction = Callable[[User], None]
ClosurePreview = Callable[[User], list[ClosureEffect]]

_sections: dict[str, ExportBuilder] = {}
_checks: list[ClosureCheck] = []
_erasers: list[ClosureEraser] = []
_actions: list[ClosureAction] = []
_previews: list[ClosurePreview] = []


def register_export_section(name: str, builder: ExportBuilder) -> None:
    """`builder(user)` returns JSON-ready data; it is written to `<name>.json` in the ZIP.
    It must read in a bounded number of queries, however much the person has."""
    _sections[name] = builder


def register_closure_check(check: ClosureCheck) -> None:
    if check not in _checks:
        _checks.append(check)


def register_closure_eraser(eraser: ClosureEraser) -> None:
    """`eraser(user)` runs inside the closing transaction, after the checks passed."""
    if eraser not in _erasers:
        _erasers.append(eraser)


def register_closure_action(action: ClosureAction) -> None:
    """`action(user)` runs inside the closing transaction right after the checks passed and
    before anything is pseudonymised (the person's email is still theirs): it ends what the
    closing itself ends, such as an invitation waiting for the person's answer, and tells
    the other party."""
    if action not in _actions:
        _actions.append(action)


def register_closure_preview(preview: ClosurePreview) -> None:
    """`preview(user)` says what the app's closure action would end, read from the same
    selector the action acts on (one source of truth), for the page before confirming."""
    if preview not in _previews:
        _previews.append(preview)


def closure_effects(user: User) -> list[ClosureEffect]:
    return [effect for preview in _previews for effect in preview(user)]


def run_closure_actions(user: User) -> None:
    for action in _actions:
        action(user)


def export_sections() -> dict[str, ExportBuilder]:
    return dict(sorted(_sections.items()))


def closure_blockers(user: User) -> list[ClosureBlocker]:
    return [blocker for check in _checks for blocker in check(user)]


def run_closure_erasers(user: User) -> None:
    for eraser in _erasers:
        eraser(user)
