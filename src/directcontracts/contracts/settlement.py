"""Escrow leaving a milestone by a decision made above contracts: a dispute's outcome, the
return or release of dormant escrow.

Design:

1. These run inside the caller's money transaction (`ledger.composition`), after the
   caller has claimed its own rows. They lock the milestone like every money service and
   check the freeze guards: the caller lifts its own freeze first, in the same
   transaction, so another one (Trust & Safety's) still stops the decision.
2. `settle_by_decision` moves the milestone's whole escrow in one linked movement through
   the chart's `dispute_split`: the freelancer's share less the fee (charged only on that
   share) and the client's share, paid back through the gateway. Transfer ids derive from
   the decision's id, so a retried execution replays instead of repeating.
3. The freelancer's share is a `Release` like any other (its own numbered row): it waits
   for the security hold before it can be paid out. A milestone that was partly released
   before the dispute ends `released` whatever the decision (the client already has the
   files' first share of the work), and a refund request waiting on it is closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from directcontracts.accounts.models import User
from directcontracts.contracts import escrow
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.contracts.freezes import Movement, require_movement_allowed
from directcontracts.contracts.models import Milestone, MilestoneState, Release
from directcontracts.contracts.money import display
from directcontracts.contracts.states import InvalidTransition, transition
from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.ledger import chart
from directcontracts.ledger.composition import apply_linked
from directcontracts.payments import charges


@dataclass(frozen=True)
class Settlement:
    to_freelancer_minor: int
    to_client_minor: int
    fee_minor: int

    @property
    def net_minor(self) -> int:
        return self.to_freelancer_minor - self.fee_minor


def lock_milestone(milestone_id: int) -> Milestone:
    """The milestone row, locked as every money service locks it (inside a transaction)."""
    return escrow._locked_milestones().get(pk=milestone_id)


def _record_release(locked: Milestone, *, amount: int, fee: int) -> None:
    """The freelancer's share is a release like any other: its own numbered row and hold."""
    contract = locked.contract
    now = clock.now()
    Release.objects.create(
        milestone=locked,
        number=locked.releases.count() + 1,
        freelancer_id=contract.freelancer_id,
        currency=contract.currency,
        amount_minor=amount,
        fee_minor=fee,
        net_minor=amount - fee,
        released_at=now,
        available_at=now + timedelta(days=escrow.hold_days_for(contract.freelancer)),
    )


def _refund_through_gateway(locked: Milestone, *, decision_id: int, amount: int) -> None:
    payment = escrow.funding_payment(locked.pk)
    if payment is not None:
        charges.refund_payment(
            payment=payment,
            amount_minor=amount,
            idempotency_key=f"dispute:{decision_id}:refund",
            transfer_id=f"dispute:{decision_id}:client:paid",
        )


def settle_by_decision(
    *,
    milestone: Milestone,
    decision_id: int,
    to_freelancer_minor: int,
    to_client_minor: int,
    reason: str,
    actor: User | None = None,
    actor_label: str = "",
    own_freeze: EscrowFreeze | None = None,
) -> Settlement:
    """Empty the milestone's escrow as decided: one linked movement, the milestone released
    (the freelancer got something) or refunded (nothing), one timeline event.

    `decision_id` names the movement (the chart's `dispute:<id>` transfers). `own_freeze`
    is the deciding app's freeze on this escrow, which the guards pass over (the caller
    lifts it afterwards, so the review clock does not resume on a settled milestone); any
    other freeze still stops the decision.
    """
    locked = lock_milestone(milestone.pk)
    contract = locked.contract
    held = locked.escrow_minor
    if not locked.in_escrow or held <= 0:
        raise InvalidTransition(locked, MilestoneState.RELEASED)
    if (
        to_freelancer_minor < 0
        or to_client_minor < 0
        or to_freelancer_minor + to_client_minor != held
    ):
        raise DomainError(
            ContractErrorCode.SPLIT_MISMATCH,
            f"The shares must add up to what escrow holds for “{locked.title}”: "
            f"{display(held, contract.currency)}.",
            escrow_minor=held,
        )
    if to_freelancer_minor:
        require_movement_allowed(locked, Movement.RELEASE, ignoring=own_freeze)
    if to_client_minor:
        require_movement_allowed(locked, Movement.REFUND, ignoring=own_freeze)
    fee = escrow.release_fee(locked, to_freelancer_minor) if to_freelancer_minor else 0
    apply_linked(
        chart.dispute_split(
            dispute_id=decision_id,
            contract_id=contract.pk,
            freelancer_id=contract.freelancer_id,
            client_id=contract.client_id or 0,
            to_freelancer=to_freelancer_minor,
            to_client=to_client_minor,
            fee=fee,
            currency=contract.currency,
        )
    )
    if to_freelancer_minor:
        _record_release(locked, amount=to_freelancer_minor, fee=fee)
    escrow._close_refund_requests(locked, why="A dispute decided what happens to this money.")
    both = to_freelancer_minor and to_client_minor
    released_before = locked.released_amount_minor > 0
    now = clock.now()
    transition(
        locked,
        MilestoneState.RELEASED
        if to_freelancer_minor or released_before
        else MilestoneState.REFUNDED,
        actor=actor,
        actor_label=actor_label,
        kind="milestone.split"
        if both
        else ("milestone.released" if to_freelancer_minor else "milestone.refunded"),
        message=reason[:2000],
        released_amount_minor=locked.released_amount_minor + to_freelancer_minor,
        refunded_amount_minor=locked.refunded_amount_minor + to_client_minor,
        released_at=now if to_freelancer_minor else locked.released_at,
        review_deadline=None,
        review_time_left=None,
        data={
            "to_freelancer_minor": to_freelancer_minor,
            "to_client_minor": to_client_minor,
            "fee_minor": fee,
            "decision_id": decision_id,
        },
    )
    if to_client_minor:
        _refund_through_gateway(locked, decision_id=decision_id, amount=to_client_minor)
    return Settlement(to_freelancer_minor, to_client_minor, fee)


def release_escrow(*, milestone: Milestone, actor_label: str) -> int:
    """Release everything escrow holds for the milestone to the freelancer (dormant escrow
    whose client did not answer); returns the amount."""
    locked = lock_milestone(milestone.pk)
    if not locked.in_escrow:
        raise InvalidTransition(locked, MilestoneState.RELEASED)
    require_movement_allowed(locked, Movement.RELEASE)
    amount = locked.escrow_minor
    escrow._release(locked, actor=None, amount=amount, automatic=True, actor_label=actor_label)
    return amount


def refund_escrow(*, milestone: Milestone, actor_label: str, reason: str) -> int:
    """Return everything escrow holds for the milestone to the client; returns the amount."""
    locked = lock_milestone(milestone.pk)
    return escrow._refund_locked(
        locked, actor=None, amount_minor=None, reason=reason, actor_label=actor_label
    )
