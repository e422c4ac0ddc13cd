"""The one way to change a contract's or a milestone's state.

`transition()` checks the model's ALLOWED_TRANSITIONS, claims the row with compare-and-set
(`filter(pk=..., state=old).update(state=new)`) so that two concurrent requests can't both
move it, and writes the timeline event in the same transaction.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from directcontracts.contracts import hooks
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.models import (
    Contract,
    ContractEvent,
    ContractState,
    Milestone,
    MilestoneState,
)
from directcontracts.core import clock
from directcontracts.core.errors import Conflict
from directcontracts.core.locks import for_update

# How a refusal names a state, what the refused move was, and what can be done instead:
# "This contract is already a draft: there is no invitation to withdraw. Edit it, then
# send the invitation, or cancel it." (issue 11: never "draft, so it can't become draft").
STATE_WORDS: dict[str, dict[str, str]] = {
    "contract": {
        ContractState.DRAFT: "a draft",
        ContractState.INVITED: "waiting for the client's answer",
        ContractState.DECLINED: "declined by the client",
        ContractState.ACTIVE: "active",
        ContractState.ENDED: "ended",
        ContractState.CANCELLED: "cancelled",
    },
    "milestone": {
        MilestoneState.DRAFT: "part of a contract the client has not accepted yet",
        MilestoneState.AWAITING_FUNDING: "awaiting funding",
        MilestoneState.FUNDING_PENDING: "waiting for its payment to settle",
        MilestoneState.FUNDED: "funded",
        MilestoneState.SUBMITTED: "submitted for review",
        MilestoneState.CHANGES_REQUESTED: "waiting for the changes the client asked for",
        MilestoneState.PARTIALLY_RELEASED: "partly released, with the rest in escrow",
        MilestoneState.RELEASED: "released",
        MilestoneState.REFUNDED: "refunded",
    },
}
MOVES: dict[str, dict[str, str]] = {
    "contract": {
        ContractState.DRAFT: "go back to draft",
        ContractState.INVITED: "be sent",
        ContractState.DECLINED: "be declined",
        ContractState.ACTIVE: "be accepted",
        ContractState.ENDED: "end",
        ContractState.CANCELLED: "be cancelled",
    },
    "milestone": {
        MilestoneState.DRAFT: "go back to draft",
        MilestoneState.AWAITING_FUNDING: "wait for funding again",
        MilestoneState.FUNDING_PENDING: "be funded",
        MilestoneState.FUNDED: "be funded",
        MilestoneState.SUBMITTED: "work can't be submitted on it",
        MilestoneState.CHANGES_REQUESTED: "changes can't be asked for",
        MilestoneState.PARTIALLY_RELEASED: "be partly released",
        MilestoneState.RELEASED: "be released",
        MilestoneState.REFUNDED: "be refunded",
    },
}
ALREADY: dict[tuple[str, str], str] = {
    ("contract", ContractState.DRAFT): "already a draft: there is no invitation to withdraw",
    ("contract", ContractState.INVITED): "already sent",
}
NEXT_STEPS: dict[str, dict[str, str]] = {
    "contract": {
        ContractState.DRAFT: "Edit it, then send the invitation, or cancel it.",
        ContractState.INVITED: "Wait for the client's answer, re-send the invitation, or "
        "withdraw it to edit the contract.",
        ContractState.DECLINED: "Edit it and send it again, or cancel it.",
        ContractState.ACTIVE: "Work goes on through its milestones; propose a change, or end "
        "it once nothing is pending or in escrow.",
        ContractState.ENDED: "Nothing more can change on it; leave feedback, or start a new "
        "contract.",
        ContractState.CANCELLED: "Nothing more can change on it; start a new contract instead.",
    },
    "milestone": {
        MilestoneState.DRAFT: "It can be funded once the client accepts the contract.",
        MilestoneState.AWAITING_FUNDING: "The client funds it first; start work once it is funded.",
        MilestoneState.FUNDING_PENDING: "Wait for the payment to settle; we'll tell you both.",
        MilestoneState.FUNDED: "The freelancer submits the work next; the money stays in "
        "escrow until the client releases it or it is refunded.",
        MilestoneState.SUBMITTED: "The client reviews it now: approve it, ask for changes or "
        "extend the review once.",
        MilestoneState.CHANGES_REQUESTED: "The freelancer submits the changes next.",
        MilestoneState.PARTIALLY_RELEASED: "The rest stays in escrow until the freelancer "
        "answers the refund request or the client releases it.",
        MilestoneState.RELEASED: "It is finished: the money went to the freelancer.",
        MilestoneState.REFUNDED: "It is finished: the money went back to the client.",
    },
}


def _kind(obj: models.Model) -> str:
    return "contract" if isinstance(obj, Contract) else "milestone"


def state_in_words(obj: models.Model) -> str:
    """'a draft', 'waiting for the client's answer', 'partly released, with the rest in escrow'."""
    current = str(getattr(obj, "state", ""))
    return STATE_WORDS[_kind(obj)].get(current, current.replace("_", " "))


def next_step(obj: models.Model) -> str:
    """What can be done with it in its state, as a sentence for a refusal to end with."""
    return NEXT_STEPS[_kind(obj)].get(str(getattr(obj, "state", "")), "")


def refusal_message(obj: models.Model, target: str) -> str:
    """'This <thing> is <state in words>, so it can't <move>. <What to do instead.>'"""
    kind = _kind(obj)
    current = str(getattr(obj, "state", ""))
    words = state_in_words(obj)
    if current == target:
        lead = f"This {kind} is {ALREADY.get((kind, current), f'already {words}')}."
    else:
        move = MOVES[kind].get(target, f"become {target.replace('_', ' ')}")
        # Some moves read as their own clause ("work can't be submitted on it").
        refusal = move if "can't" in move else f"it can't {move}"
        lead = f"This {kind} is {words}, so {refusal}."
    return f"{lead} {next_step(obj)}".strip()


class InvalidTransition(Conflict):
    def __init__(self, obj: models.Model, target: str):
        current = getattr(obj, "state", "")
        super().__init__(
            ContractErrorCode.INVALID_TRANSITION,
            refusal_message(obj, target),
            current_state=current,
            requested_state=target,
        )


def lock_milestones(contract: Contract) -> None:
    """Lock every milestone row of `contract`, in primary-key order (as a freeze and the end
    of a contract lock them, so no two lockers deadlock), before reading what they hold: a
    funding, approval or refund under way either commits first and is seen, or waits."""
    list(
        for_update(Milestone.objects.all())
        .filter(contract=contract)
        .order_by("pk")
        .values_list("pk", flat=True)
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
    event = ContractEvent.objects.create(
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
    hooks.contract_event_recorded(event)
    return event
