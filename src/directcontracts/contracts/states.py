"""The one way to change a contract's or a milestone's state.

`transition()` checks the model's ALLOWED_TRANSITIONS, claims the row with compare-and-set
(`filter(pk=..., state=old).update(state=new)`) so that two concurrent requests can't both
move it, and writes the timeline event in the same transaction.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.models import Contract, ContractEvent, Milestone
from directcontracts.core import clock
from directcontracts.core.errors import Conflict


class InvalidTransition(Conflict):
    def __init__(self, obj: models.Model, target: str):
        label = "contract" if isinstance(obj, Contract) else "milestone"
        current = getattr(obj, "state", "")
        super().__init__(
            ContractErrorCode.INVALID_TRANSITION,
            f"This {label} is {current.replace('_', ' ')}, so it can't become {target.replace('_', ' ')}.",
            current_state=current,
            requested_state=target,
        )


def can_transition(obj: Contract | Milestone, target: str) -> bool:
    return target in obj.ALLOWED_TRANSITIONS.get(obj.state, set())


def transition(
    obj: Contract | Milestone,
    target: str,
    *,
    actor: Any = None,
    actor_label: str = "",
    kind: str,
    message: str = "",
    data: dict[str, Any] | None = None,
    **fields: Any,
) -> ContractEvent:
    """Move `obj` to `target` (with any extra field updates) and record the event."""
    if not can_transition(obj, target):
        raise InvalidTransition(obj, target)
    source = obj.state
    model = type(obj)
    updates = {"state": target, **fields}
    if isinstance(obj, Contract):
        updates["updated_at"] = clock.now()
    claimed = model.objects.filter(pk=obj.pk, state=source).update(**updates)
    if not claimed:
        obj.refresh_from_db(fields=["state"])
        raise InvalidTransition(obj, target)
    for name, value in updates.items():
        setattr(obj, name, value)
    contract = obj if isinstance(obj, Contract) else obj.contract
    return record_event(
        contract=contract,
        milestone=obj if isinstance(obj, Milestone) else None,
        actor=actor,
        actor_label=actor_label,
        kind=kind,
        from_state=source,
        to_state=target,
        message=message,
        data=data or {},
    )


def record_event(
    *,
    contract: Contract,
    kind: str,
    milestone: Milestone | None = None,
    actor: Any = None,
    actor_label: str = "",
    from_state: str = "",
    to_state: str = "",
    message: str = "",
    data: dict[str, Any] | None = None,
) -> ContractEvent:
    return ContractEvent.objects.create(
        contract=contract,
        milestone=milestone,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=actor_label,
        kind=kind,
        from_state=from_state,
        to_state=to_state,
        message=message,
        data=data or {},
    )
