"""The webhook event types an endpoint may subscribe to.

Apps above this one (contracts, payments) emit these; an app that adds a type registers it
in its AppConfig.ready() with `register_event_type`, so notifications never imports it.
"""

from __future__ import annotations

import re

ALL_EVENTS = "*"
EVENT_TYPE_PATTERN = re.compile(r"^[a-z][a-z_]*(\.[a-z][a-z_]*)+$")

_event_types: dict[str, str] = {
    "contract.invited": "A client was invited to a contract.",
    "contract.accepted": "The client accepted the contract; it is active.",
    "contract.declined": "The client declined the invitation.",
    "contract.ended": "A party ended the contract.",
    "milestone.funded": "A milestone's money is held in escrow.",
    "milestone.funding_failed": "A pending funding did not settle; the milestone is unfunded.",
    "milestone.submitted": "The freelancer submitted work for review.",
    "milestone.changes_requested": "The client asked for changes.",
    "milestone.released": "Escrow was released to the freelancer (approved or auto-released).",
    "milestone.refunded": "Escrow was refunded to the client.",
    "payout.paid": "A payout reached the freelancer's payout method.",
    "payout.failed": "A payout failed; the money is available again.",
    "payout.returned": "A paid payout was sent back by the bank; the money is available again.",
}


def register_event_type(name: str, description: str) -> None:
    if not EVENT_TYPE_PATTERN.match(name):
        raise ValueError(f"Event types look like 'noun.verb', not {name!r}.")
    _event_types.setdefault(name, description)


def event_types() -> dict[str, str]:
    return dict(sorted(_event_types.items()))


def is_known(name: str) -> bool:
    return name in _event_types
