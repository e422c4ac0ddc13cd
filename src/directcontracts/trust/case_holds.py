"""What a case still holds, and lifting it when the case is dismissed.

A dismissal says nothing was wrong, so what the case stopped while it was reviewed (escrow
freezes, contract holds, payout holds: `stakes.case_freezes`, `stakes.case_payout_holds`)
is lifted in the dismissal's own transaction, behind the case's row lock (`actions._locked`,
ledger/locks.lock_rows): every other step that lifts this case's freezes (Unfreeze, a
reinstatement, a refund, an accepted appeal) takes the same lock first, and the freeze
services' own compare-and-set claims each row once. Each lift is one audit entry, and the
parties read it through the freeze services' notices (both parties for a freeze or a hold,
the freelancer for a payout hold).

Another open case's freeze on the same contract (or payout hold on the same balance) is
its own row and is kept: that case decides it. The audit entry names it, and the parties'
notice says money is still stopped (contracts.freezes `_announce`).

A case whose suspension or ban still stands is not dismissed (`409
case_still_stops_account`): its holds keep a closed account's contracts still, and lifting
them while the account stays closed would say "nothing wrong" and act otherwise.
Reinstate (or decide the appeal) first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from directcontracts.accounts.models import User
from directcontracts.contracts import freezes
from directcontracts.contracts.freeze_models import (
    EscrowFreeze,
    FreezeKind,
    FreezeSource,
    PayoutHold,
)
from directcontracts.contracts.money import display
from directcontracts.core.errors import Conflict
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import AuditEntry, Case, CaseState
from directcontracts.trust.stakes import case_freezes, case_payout_holds
from directcontracts.trust.stopped import STOPS, UNDOES

LIFT_ACTION = "lift_on_dismissal"
LIFT_REASON = "Trust & Safety finished their review (case {reference}) and found nothing wrong."


@dataclass(frozen=True)
class Held:
    """One thing the case still holds, in staff words, and other open cases holding the
    same thing (kept when this one is dismissed)."""

    what: str
    also_held_by: tuple[str, ...]


def _freeze_words(freeze: EscrowFreeze) -> str:
    title = freeze.contract.title
    if freeze.kind == FreezeKind.HOLD:
        return f"Contract “{title}” on hold"
    if freeze.milestone is not None:
        return f"Escrow of “{freeze.milestone.title}” (contract “{title}”) frozen"
    return f"Escrow of contract “{title}” frozen"


def _hold_words(hold: PayoutHold) -> str:
    amount = "all" if hold.amount_minor is None else display(hold.amount_minor, hold.currency)
    who = hold.freelancer.full_name or hold.freelancer.email
    return f"Payouts of {who} held ({amount}, {hold.currency})"


def _open_case_references(references: set[str]) -> set[str]:
    return set(
        Case.objects.filter(reference__in=references)
        .exclude(state=CaseState.CLOSED)
        .values_list("reference", flat=True)
    )


def _others_on_freeze(case: Case, freeze: EscrowFreeze) -> tuple[str, ...]:
    same_money = EscrowFreeze.objects.active().filter(
        contract_id=freeze.contract_id, kind=freeze.kind
    )
    return _other_open_cases_among(case, same_money)


def _others_on_hold(case: Case, hold: PayoutHold) -> tuple[str, ...]:
    same_money = PayoutHold.objects.active().filter(
        freelancer_id=hold.freelancer_id, currency=hold.currency
    )
    return _other_open_cases_among(case, same_money)


def _other_open_cases_among(case: Case, holders: QuerySet[Any]) -> tuple[str, ...]:
    """The other open T&S cases among the freezes or holds on the same money."""
    refs = set(
        holders.filter(source=FreezeSource.TRUST_SAFETY)
        .exclude(reference=case.reference)
        .values_list("reference", flat=True)
    )
    return tuple(sorted(_open_case_references(refs)))


def _freezes(case: Case) -> list[EscrowFreeze]:
    return list(
        case_freezes(case).select_related("contract", "milestone").order_by("created_at", "pk")
    )


def _payout_holds(case: Case) -> list[PayoutHold]:
    return list(case_payout_holds(case).select_related("freelancer").order_by("created_at", "pk"))


def still_held(case: Case) -> list[Held]:
    """What the case still holds (what dismissing it lifts), for the case page."""
    held = [Held(_freeze_words(f), _others_on_freeze(case, f)) for f in _freezes(case)]
    held += [Held(_hold_words(h), _others_on_hold(case, h)) for h in _payout_holds(case)]
    return held


def refuse_while_account_stopped(case: Case) -> None:
    """A suspension or ban made in this case that still stands refuses its dismissal."""
    last = case.audit.filter(action__in=STOPS + UNDOES).order_by("created_at", "pk").last()
    if last is not None and last.action in STOPS:
        done = "banned" if last.action == "ban" else "suspended"
        raise Conflict(
            TrustErrorCode.STILL_STOPS_ACCOUNT,
            f"This case {done} the account, and that still stands: dismissing it would "
            "release the account's contracts while the account stays closed. "
            + (
                "Reinstate the account first, then dismiss."
                if last.action == "suspend"
                else "A ban is undone only by its appeal; uphold the case instead."
            )
            + " Nothing was done.",
        )


def lift_on_dismissal(case: Case, by: User) -> int:
    """Lift everything the (locked) case still holds, one audit entry each; returns how many.
    The caller holds the case's lock and the transaction."""
    reason = LIFT_REASON.format(reference=case.reference)
    lifted = 0
    for freeze in _freezes(case):
        others = _others_on_freeze(case, freeze)
        freezes.lift_freeze(freeze=freeze, by=by, reason=reason)
        _audit_lift(case, by, _freeze_words(freeze), others, freeze=freeze.pk)
        lifted += 1
    for hold in _payout_holds(case):
        others = _others_on_hold(case, hold)
        freezes.lift_payout_hold(hold=hold, by=by, reason=reason)
        _audit_lift(case, by, _hold_words(hold), others, payout_hold=hold.pk)
        lifted += 1
    return lifted


def _audit_lift(case: Case, by: User, what: str, others: tuple[str, ...], **data: int) -> None:
    kept = f" Case {', '.join(others)} still holds it and decides it." if others else ""
    AuditEntry.objects.create(
        case=case,
        actor=by,
        action=LIFT_ACTION,
        reason=f"{what}: lifted, the case was dismissed.{kept}",
        data={**data, "still_held_by": list(others)},
    )
