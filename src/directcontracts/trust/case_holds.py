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

Reopening a dismissed case puts back what its dismissal lifted (`reapply_on_reopen`), in the
reopening's transaction behind the same lock: the case is under review again, so its money
is stopped again as it was, with no window in which the case is open and nothing held. Each
item is one audit entry, "Put back on reopening", and the parties read the freeze services'
notices as for a new freeze (the freelancer, for a payout hold). What cannot be put back is
said to the staff member and audited ("Not put back on reopening"): a milestone whose money
left escrow while it was lifted, a contract that ended. Money paid out of a balance while its
payout hold was lifted is gone: the hold is put back on what is left, and the entry says
what was paid out. Staff Unfreeze what the new review does not need (audited as always).

A case whose suspension or ban still stands is not dismissed (`409
case_still_stops_account`): its holds keep a closed account's contracts still, and lifting
them while the account stays closed would say "nothing wrong" and act otherwise.
Reinstate (or decide the appeal) first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import QuerySet, Sum

from directcontracts.accounts.models import User
from directcontracts.contracts import freezes
from directcontracts.contracts.freeze_models import (
    EscrowFreeze,
    FreezeKind,
    FreezeSource,
    PayoutHold,
)
from directcontracts.contracts.models import ESCROWED_STATES, ContractState, Milestone
from directcontracts.contracts.money import display
from directcontracts.core.errors import Conflict
from directcontracts.payments.gateway_models import Payout, PayoutState
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import REOPEN_ACTION as REOPEN_ACTION  # actions.reopen's entry
from directcontracts.trust.models import AuditEntry, Case, CaseState
from directcontracts.trust.stakes import case_freezes, case_payout_holds
from directcontracts.trust.stopped import STOPS, UNDOES

LIFT_ACTION = "lift_on_dismissal"
REAPPLY_ACTION = "reapply_on_reopen"
NOT_REAPPLIED_ACTION = "not_reapplied_on_reopen"
# Contracts a hold still means something on (an ended contract's money has all moved).
HOLDABLE_CONTRACT_STATES = (ContractState.ACTIVE, ContractState.INVITED)
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


# --- Reopening puts back what the dismissal lifted ------------------------------------------


def lifted_by_last_dismissal(case: Case) -> list[AuditEntry]:
    """The "Lifted on dismissal" entries of the case's last dismissal: those after its last
    reopening (each dismissal lifts, each reopening puts back). Read before the reopening
    is audited."""
    entries = case.audit.filter(action=LIFT_ACTION)
    last_reopen = _last_reopening(case)
    if last_reopen is not None:
        entries = entries.filter(pk__gt=last_reopen.pk)
    return list(entries.order_by("pk"))


def _last_reopening(case: Case) -> AuditEntry | None:
    return case.audit.filter(action=REOPEN_ACTION).order_by("pk").last()


def reapply_on_reopen(case: Case, by: User, lifted: list[AuditEntry]) -> list[str]:
    """Put back each of `lifted` (`lifted_by_last_dismissal`), one audit entry each; returns
    what each entry says, for the staff member. The caller holds the case's lock and the
    transaction."""
    said = []
    for entry in lifted:
        if entry.data.get("freeze"):
            freeze = EscrowFreeze.objects.select_related("contract", "milestone").get(
                pk=entry.data["freeze"]
            )
            said.append(_reapply_freeze(case, by, freeze))
        elif entry.data.get("payout_hold"):
            hold = PayoutHold.objects.select_related("freelancer").get(pk=entry.data["payout_hold"])
            said.append(_reapply_payout_hold(case, by, hold))
    return said


def said_on_reopening(case: Case) -> list[tuple[bool, str]]:
    """What the last reopening put back (True) or could not (False), in its audit words,
    for the message the staff member reads after reopening."""
    last_reopen = _last_reopening(case)
    if last_reopen is None:
        return []
    entries = case.audit.filter(
        pk__gt=last_reopen.pk, action__in=(REAPPLY_ACTION, NOT_REAPPLIED_ACTION)
    ).order_by("pk")
    return [(e.action == REAPPLY_ACTION, e.reason) for e in entries]


def _why_not_refrozen(freeze: EscrowFreeze) -> str:
    """Why the lifted freeze cannot be put back, or "" when it can."""
    contract = freeze.contract
    if freeze.milestone is not None and freeze.milestone.state not in ESCROWED_STATES:
        return (
            f"its money left escrow while it was lifted (the milestone is now "
            f"{freeze.milestone.get_state_display().lower()}): money that moved cannot be "
            "frozen again."
        )
    if contract.state not in HOLDABLE_CONTRACT_STATES and not _escrowed(contract.pk):
        return (
            f"the contract is {contract.get_state_display().lower()} and nothing is in its "
            "escrow: there is nothing left to stop."
        )
    return ""


def _escrowed(contract_id: int) -> bool:
    return Milestone.objects.filter(contract_id=contract_id, state__in=ESCROWED_STATES).exists()


def _released_meanwhile(freeze: EscrowFreeze) -> list[str]:
    """The milestones the lifted (whole-contract) freeze covered that were released since."""
    if freeze.milestone is not None or freeze.lifted_at is None:
        return []
    return list(
        Milestone.objects.filter(
            contract_id=freeze.contract_id, released_at__gte=freeze.lifted_at
        ).values_list("title", flat=True)
    )


def _reapply_freeze(case: Case, by: User, lifted: EscrowFreeze) -> str:
    what = _freeze_words(lifted)
    why_not = _why_not_refrozen(lifted)
    if why_not:
        return _audit_not_reapplied(case, by, f"{what}: not put back, {why_not}", freeze=lifted.pk)
    put_back = _stop_again(lifted, by)
    released = _released_meanwhile(lifted)
    moved = (
        " Released while it was lifted, and not frozen again: "
        + ", ".join(f"“{title}”" for title in released)
        + "."
        if released
        else ""
    )
    return _audit_reapplied(
        case, by, f"{what}: put back, the case was reopened.{moved}", lifted.pk, freeze=put_back.pk
    )


def _stop_again(lifted: EscrowFreeze, by: User) -> EscrowFreeze:
    """The lifted freeze or hold made again as it was (its words and link), by `by`."""
    same: dict[str, Any] = {
        "contract": lifted.contract,
        "source": lifted.source,
        "reference": lifted.reference,
        "reason": lifted.reason,
        "staff_reason": lifted.staff_reason,
        "url": lifted.url,
        "url_for": lifted.url_for,
        "link_text": lifted.link_text,
        "by": by,
    }
    if lifted.kind == FreezeKind.HOLD:
        return freezes.hold_contract(**same)
    return freezes.freeze_escrow(milestone=lifted.milestone, **same)


def _paid_out_since(hold: PayoutHold, since: datetime | None) -> int:
    """What left the freelancer's balance in payouts (paid or under way) since `since`."""
    if since is None:
        return 0
    total = (
        Payout.objects.filter(
            freelancer_id=hold.freelancer_id, currency=hold.currency, created_at__gte=since
        )
        .filter(state__in=(PayoutState.PENDING, PayoutState.PAID))
        .aggregate(total=Sum("amount_minor"))["total"]
    )
    return int(total or 0)


def _reapply_payout_hold(case: Case, by: User, lifted: PayoutHold) -> str:
    what = _hold_words(lifted)
    put_back = freezes.hold_payouts(
        freelancer=lifted.freelancer,
        currency=lifted.currency,
        amount_minor=lifted.amount_minor,
        source=lifted.source,
        reference=lifted.reference,
        reason=lifted.reason,
        by=by,
        contract=lifted.contract,
        milestone=lifted.milestone,
        url=lifted.url,
    )
    paid = _paid_out_since(lifted, lifted.lifted_at)
    gone = (
        f" {display(paid, lifted.currency)} was paid out while it was lifted: paid money "
        "cannot be held again, so the hold keeps what is left."
        if paid
        else ""
    )
    return _audit_reapplied(
        case,
        by,
        f"{what}: put back, the case was reopened.{gone}",
        lifted.pk,
        payout_hold=put_back.pk,
        paid_out_minor=paid,
    )


def _audit_reapplied(case: Case, by: User, reason: str, lifted_pk: int, **data: int) -> str:
    AuditEntry.objects.create(
        case=case,
        actor=by,
        action=REAPPLY_ACTION,
        reason=reason,
        data={**data, "lifted": lifted_pk},
    )
    return reason


def _audit_not_reapplied(case: Case, by: User, reason: str, **data: int) -> str:
    AuditEntry.objects.create(
        case=case, actor=by, action=NOT_REAPPLIED_ACTION, reason=reason, data=data
    )
    return reason
