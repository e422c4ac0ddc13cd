"""Registries through which apps above contracts hear of it and add to its pages.

An explicit registry, not Django signals (DESIGN.md, "Layers"): contracts never imports
the apps that register here (disputes) in their AppConfig.ready().

- `on_refund_request_declined(handler)`: called with the declined `RefundRequest`, inside
  the transaction that declined it (disputes offers the client a dispute at once).
- `register_milestone_links(provider)`: `provider(milestone, user)` returns the links the
  contract page shows on a milestone for this person (open a dispute, follow one).
- `register_milestone_step(provider)`: `provider(milestone, role)` returns the next step on
  a milestone when something above contracts decides it (an open dispute), else None.
- `on_contract_event(handler)`: called with each new `ContractEvent` (the timeline row),
  inside the transaction that wrote it (trust's velocity rules enqueue work on commit).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from directcontracts.contracts.models import ContractEvent, Milestone, RefundRequest
    from directcontracts.contracts.progress import NextStep


@dataclass(frozen=True)
class MilestoneLink:
    label: str
    url: str
    note: str = ""


RefundDeclinedHandler = Callable[["RefundRequest"], None]
LinkProvider = Callable[["Milestone", Any], list[MilestoneLink]]
StepProvider = Callable[["Milestone", str], "NextStep | None"]

ContractEventHandler = Callable[["ContractEvent"], None]

_refund_declined: list[RefundDeclinedHandler] = []
_event_handlers: list[ContractEventHandler] = []
_link_providers: list[LinkProvider] = []
_step_providers: list[StepProvider] = []


def on_refund_request_declined(handler: RefundDeclinedHandler) -> None:
    if handler not in _refund_declined:
        _refund_declined.append(handler)


def refund_request_declined(request: RefundRequest) -> None:
    for handler in _refund_declined:
        handler(request)


def register_milestone_links(provider: LinkProvider) -> None:
    if provider not in _link_providers:
        _link_providers.append(provider)


def milestone_links(milestone: Milestone, user: Any) -> list[MilestoneLink]:
    return [link for provider in _link_providers for link in provider(milestone, user)]


def register_milestone_step(provider: StepProvider) -> None:
    if provider not in _step_providers:
        _step_providers.append(provider)


def milestone_step(milestone: Milestone, role: str) -> NextStep | None:
    """The first step a provider gives for this milestone and party, if any."""
    for provider in _step_providers:
        step = provider(milestone, role)
        if step is not None:
            return step
    return None


def on_contract_event(handler: ContractEventHandler) -> None:
    if handler not in _event_handlers:
        _event_handlers.append(handler)


def contract_event_recorded(event: ContractEvent) -> None:
    for handler in _event_handlers:
        handler(event)
