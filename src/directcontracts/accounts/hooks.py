"""Handlers that higher apps register (in AppConfig.ready) to hear about new accounts.

An explicit registry instead of Django signals (DESIGN.md, "Layers"): accounts sits below
circumvention, which files every new marketplace account as one to match invited clients
against, and below trust, which says why an account it suspended cannot sign in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from directcontracts.accounts.models import User

AccountHandler = Callable[[User], None]
_account_created: list[AccountHandler] = []


def on_account_created(handler: AccountHandler) -> None:
    if handler not in _account_created:
        _account_created.append(handler)


def account_created(user: User) -> None:
    for handler in _account_created:
        handler(user)


@dataclass(frozen=True)
class StopNotice:
    """Why a person who typed the right password cannot sign in: Trust & Safety stopped the
    account (trust registers the handler that says so and emails the appeal link)."""

    banned: bool  # closed for good (only an appeal reopens it), else suspended
    since: datetime
    reference: str  # the case, as the emails name it
    emailed: bool  # the appeal link was emailed again just now (not when sent minutes ago)


StopExplainer = Callable[[User], "StopNotice | None"]
_stop_explainers: list[StopExplainer] = []


def on_stopped_sign_in(handler: StopExplainer) -> None:
    if handler not in _stop_explainers:
        _stop_explainers.append(handler)


def explain_stop(user: User) -> StopNotice | None:
    """The first registered handler's explanation of why `user` (inactive) cannot sign in."""
    for handler in _stop_explainers:
        notice = handler(user)
        if notice is not None:
            return notice
    return None
