"""Handlers that higher apps (contracts) register to hear what happened to a payment or payout.

An explicit registry, not Django signals (DESIGN.md, "Layers"): payments never imports
contracts; contracts registers its handlers in its AppConfig.ready().
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from directcontracts.payments.models import Payment, Payout

PaymentHandler = Callable[["Payment"], None]
PayoutHandler = Callable[["Payout"], None]

_payment_handlers: dict[str, list[PaymentHandler]] = {
    "succeeded": [],
    "failed": [],
    "charged_back": [],
    # The bank decided a chargeback we contested (disputes settles its reserve).
    "chargeback_won": [],
    "chargeback_lost": [],
}
_payout_handlers: dict[str, list[PayoutHandler]] = {"paid": [], "failed": []}


def on_payment(outcome: str, handler: PaymentHandler) -> None:
    handlers = _payment_handlers[outcome]
    if handler not in handlers:
        handlers.append(handler)


def on_payout(outcome: str, handler: PayoutHandler) -> None:
    handlers = _payout_handlers[outcome]
    if handler not in handlers:
        handlers.append(handler)


def payment_outcome(outcome: str, payment: Payment) -> None:
    for handler in _payment_handlers[outcome]:
        handler(payment)


def payout_outcome(outcome: str, payout: Payout) -> None:
    for handler in _payout_handlers[outcome]:
        handler(payout)
