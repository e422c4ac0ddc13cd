"""Handlers that higher apps (contracts) register to hear what happened to a payment or payout.

An explicit registry, not Django signals (DESIGN.md, "Layers"): payments never imports
contracts; contracts registers its handlers in its AppConfig.ready().
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from directcontracts.payments.models import Payment, PaymentMethod, Payout

PaymentHandler = Callable[["Payment"], None]
PayoutHandler = Callable[["Payout"], None]
MethodHandler = Callable[["PaymentMethod"], None]

_payment_handlers: dict[str, list[PaymentHandler]] = {
    # The gateway's answer to a charge request, recorded after the intent committed
    # (`charges.charge_answered`): taken (its settlement follows as a webhook), or refused.
    "charge_accepted": [],
    "declined": [],
    "succeeded": [],
    "failed": [],
    # The processor settled a charge after reporting it failed: the money is the payer's.
    "settled_after_failure": [],
    "charged_back": [],
    # The bank decided a chargeback we contested (disputes settles its reserve).
    "chargeback_won": [],
    "chargeback_lost": [],
}
# "requested": inside the transaction that created the payout (before the gateway pays it).
# "returned": the freelancer's bank sent a paid payout back; the money is available again.
_payout_handlers: dict[str, list[PayoutHandler]] = {
    "requested": [],
    "paid": [],
    "failed": [],
    "returned": [],
}
_method_handlers: list[MethodHandler] = []


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


def on_payment_method_added(handler: MethodHandler) -> None:
    if handler not in _method_handlers:
        _method_handlers.append(handler)


def payment_method_added(method: PaymentMethod) -> None:
    for handler in _method_handlers:
        handler(method)
