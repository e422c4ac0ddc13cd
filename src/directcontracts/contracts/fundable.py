"""Whether a milestone can be paid into escrow now, whoever pays: one rule for the fund
service (checked under its row lock), the fund page and the verifier of funding requests, so
no page calls a request payable that the service would refuse."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.contracts.freezes import (
    Movement,
    blocking_freeze,
    first_covering,
    frozen_refusal,
)
from directcontracts.contracts.models import ContractState, Milestone, MilestoneState
from directcontracts.contracts.services import inactive_refusal
from directcontracts.contracts.states import InvalidTransition
from directcontracts.core.errors import DomainError


@dataclass(frozen=True)
class Unfundable:
    refusal: DomainError  # what the fund service raises
    for_parties: str  # the reason on the fund page
    publicly: str  # the reason anyone may read (the verifier): no freeze or case details


def why_unfundable(
    milestone: Milestone, *, freezes: Sequence[EscrowFreeze] | None = None
) -> Unfundable | None:
    """`freezes`: the contract's `stopping_freezes(contract, Movement.FUND)` when a page asks
    about many milestones; otherwise this milestone's are read."""
    contract = milestone.contract
    if contract.state != ContractState.ACTIVE:
        words = (
            f"The contract is {contract.get_state_display().lower()}: nothing more is paid into it."
        )
        return Unfundable(inactive_refusal(contract, action="money moves"), words, words)
    if milestone.state != MilestoneState.AWAITING_FUNDING:
        words = _not_awaiting_payment_words(milestone)
        return Unfundable(
            InvalidTransition(milestone, MilestoneState.FUNDING_PENDING), words, words
        )
    freeze = (
        blocking_freeze(milestone, Movement.FUND)
        if freezes is None
        else first_covering(freezes, milestone)
    )
    if freeze is not None:
        on_hold = frozen_refusal(freeze, Movement.FUND, role="client")  # only the client pays in
        return Unfundable(on_hold, on_hold.message, "Payments into this contract are on hold.")
    return None


# Said to someone back on a fund page after paying (the browser's Back button): what happened
# to the milestone's money, in words, rather than its state's name.
_ALREADY_PAID_WORDS: dict[str, str] = {
    MilestoneState.FUNDING_PENDING: (
        "This milestone is already paid for: the payment is settling, and the milestone shows "
        "as funded once it has. There is nothing more to pay."
    ),
    MilestoneState.RELEASED: "This milestone is already released: there is nothing more to pay.",
    MilestoneState.REFUNDED: "This milestone was refunded: there is nothing more to pay.",
}
_IN_ESCROW_WORDS = (
    "This milestone is already funded: its money is in escrow. There is nothing more to pay."
)


def _not_awaiting_payment_words(milestone: Milestone) -> str:
    return _ALREADY_PAID_WORDS.get(milestone.state, _IN_ESCROW_WORDS)


def require_fundable(milestone: Milestone) -> None:
    unfundable = why_unfundable(milestone)
    if unfundable is not None:
        raise unfundable.refusal
