"""The one way to move a dispute, a chargeback case or a dormancy case: the transition table,
compare-and-set on the state, and an event row per step.

Dispute steps are also written to the contract's timeline (`ContractEvent`) unless they
are internal (staff only).
"""

from __future__ import annotations

from typing import Any

from django.db import models

from directcontracts.contracts.states import record_event
from directcontracts.core import clock
from directcontracts.core.errors import Conflict
from directcontracts.disputes.errors import DisputeErrorCode
from directcontracts.disputes.models import Dispute, DisputeEvent

LABELS = {"Dispute": "dispute", "ChargebackCase": "chargeback case", "DormancyCase": "case"}


def _state_label(obj: models.Model, state: str) -> str:
    """The state's name as staff read it on the page ("Proposal made"), not its code."""
    field = type(obj)._meta.get_field("state")
    choices = dict(getattr(field, "choices", None) or ())
    return str(choices.get(state, state.replace("_", " ")))


class InvalidTransition(Conflict):
    def __init__(self, obj: models.Model, target: str):
        label = LABELS.get(type(obj).__name__, "record")
        current = str(getattr(obj, "state", ""))
        message = (
            f"This {label} is already “{_state_label(obj, current)}”: nothing to change "
            "(it may have been done a moment ago, from this page or another)."
            if current == target
            else f"This {label} is “{_state_label(obj, current)}”, so it can't move to "
            f"“{_state_label(obj, target)}”."
        )
        super().__init__(
            DisputeErrorCode.INVALID_TRANSITION,
            message,
            current_state=current,
            requested_state=target,
        )


def move(obj: Any, target: str, **fields: Any) -> str:
    """Compare-and-set `obj` from its state to `target` (with field updates); returns the
    state it left. Refuses what the model's ALLOWED_TRANSITIONS does not allow."""
    source = obj.state
    if target not in obj.ALLOWED_TRANSITIONS.get(source, set()):
        raise InvalidTransition(obj, target)
    updates = {"state": target, **fields}
    if isinstance(obj, Dispute):
        updates["updated_at"] = clock.now()
    claimed = type(obj).objects.filter(pk=obj.pk, state=source).update(**updates)
    if not claimed:
        obj.refresh_from_db(fields=["state"])
        raise InvalidTransition(obj, target)
    for name, value in updates.items():
        setattr(obj, name, value)
    return str(source)


def record(
    dispute: Dispute,
    *,
    kind: str,
    actor: Any = None,
    actor_label: str = "",
    message: str = "",
    internal: bool = False,
    from_state: str = "",
    to_state: str = "",
    data: dict[str, Any] | None = None,
) -> DisputeEvent:
    """The dispute's audit row and, unless internal, the contract's timeline event."""
    actor = actor if getattr(actor, "pk", None) else None
    event = DisputeEvent.objects.create(
        dispute=dispute,
        actor=actor,
        actor_label=actor_label,
        kind=kind,
        from_state=from_state,
        to_state=to_state,
        message=message[:5000],
        internal=internal,
        data=data or {},
    )
    if not internal:
        # Parties see "Trust & Safety" on their timeline, not which staff member acted.
        staff = actor is not None and actor.is_staff
        record_event(
            contract=dispute.contract,
            milestone=dispute.milestone,
            actor=None if staff else actor,
            actor_label=actor_label or ("Trust & Safety" if staff else ""),
            kind=kind,
            message=message[:5000],
            data={"dispute_id": dispute.pk, "state": dispute.state, **(data or {})},
        )
    return event


def transition(
    dispute: Dispute,
    target: str,
    *,
    kind: str,
    actor: Any = None,
    actor_label: str = "",
    message: str = "",
    internal: bool = False,
    data: dict[str, Any] | None = None,
    **fields: Any,
) -> DisputeEvent:
    source = move(dispute, target, **fields)
    return record(
        dispute,
        kind=kind,
        actor=actor,
        actor_label=actor_label,
        message=message,
        internal=internal,
        from_state=source,
        to_state=target,
        data=data,
    )
