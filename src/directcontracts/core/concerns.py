"""Concerns that lower apps raise for Trust & Safety to turn into cases.

Screening (a held item), circumvention (a review match), payment-request verification (a
suspicious request), support (a fraud report) and contracts all sit below `trust`, so
they cannot import it (DESIGN.md, "Layers"). They describe what they saw as a `Concern`
and call `raise_concern`; the trust app registers its handler in `AppConfig.ready()` and
opens or joins the one case for the target. Without a handler (trust not installed) a
concern is dropped and `raise_concern` answers None, so lower apps never depend on it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Concern:
    # Which part of the product saw it: "flag", "screening", "circumvention", "velocity",
    # "verification", "support".
    source: str
    # What it is about: "contract", "milestone", "message", "user", "invitation",
    # "payment_request", ...; with target_id it names the one case it joins.
    target_kind: str
    target_id: str
    # A stable reason code (the flag reasons: "scam_fraud", "off_platform_payment",
    # "circumvention", "prohibited_work", "harassment", "spam", "other").
    reason: str
    # One line a staff member reads in the queue.
    summary: str
    # What the source knows, for the case page (rule ids, matched signals, the text...).
    evidence: Mapping[str, Any] = field(default_factory=dict)
    # Whose conduct it is about, when known (account age and prior actions weigh in).
    subject_user_id: int | None = None
    # The person who raised it, for flags and support tickets.
    reporter_user_id: int | None = None


@dataclass(frozen=True)
class ConcernReceipt:
    case_id: int
    case_reference: str


ConcernHandler = Callable[[Concern], ConcernReceipt | None]
_handlers: list[ConcernHandler] = []


def register_concern_handler(handler: ConcernHandler) -> None:
    if handler not in _handlers:
        _handlers.append(handler)


def raise_concern(concern: Concern) -> ConcernReceipt | None:
    """Hand the concern to every handler; the first receipt (the case it joined) is returned."""
    receipt: ConcernReceipt | None = None
    for handler in _handlers:
        answer = handler(concern)
        if receipt is None:
            receipt = answer
    return receipt


# When Trust & Safety closes a case, the apps whose concerns it held learn the outcome through
# these handlers (a velocity payout hold is lifted, a circumvention pair outcome remembered),
# again without importing trust. Outcomes: "cleared" (nothing wrong, proceed) or "upheld"
# (the concern was right; an action was taken); with the staff member who decided.
ResolutionHandler = Callable[[Concern, str, int | None], None]
_resolution_handlers: dict[str, list[ResolutionHandler]] = {}


def register_resolution_handler(source: str, handler: ResolutionHandler) -> None:
    handlers = _resolution_handlers.setdefault(source, [])
    if handler not in handlers:
        handlers.append(handler)


def report_resolution(concern: Concern, outcome: str, by_user_id: int | None = None) -> None:
    """Tell the app that raised `concern` how its case ended, and who decided."""
    if outcome not in ("cleared", "upheld"):
        raise ValueError(f"unknown outcome {outcome!r}")
    for handler in _resolution_handlers.get(concern.source, []):
        handler(concern, outcome, by_user_id)
