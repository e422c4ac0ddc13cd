"""Handlers that higher apps register (in AppConfig.ready) to hear about new accounts.

An explicit registry instead of Django signals (DESIGN.md, "Layers"): accounts sits below
circumvention, which files every new marketplace account as one to match invited clients
against.
"""

from __future__ import annotations

from collections.abc import Callable

from directcontracts.accounts.models import User

AccountHandler = Callable[[User], None]
_account_created: list[AccountHandler] = []


def on_account_created(handler: AccountHandler) -> None:
    if handler not in _account_created:
        _account_created.append(handler)


def account_created(user: User) -> None:
    for handler in _account_created:
        handler(user)
