"""Reopening a dismissed case puts its screening and circumvention reviews back under review.

Dismissing a case clears what its concerns held (core.concerns `report_resolution`): a held
message or contract text is cleared (screening: the contract may be sent), a circumvention
check is cleared (the invited client may go on). Reopening it says the review goes on, so
each of those is held again, in the reopening's transaction behind the case's lock, one
audit entry each ("Put back on reopening"), as the freezes and holds are
(trust/case_holds.py). What already went out cannot be held back, and the staff member is
told so ("Not put back on reopening", shown after the reopening as for money that moved):

- a contract text cleared and then sent to the client (the contract is no longer a draft):
  the invitation is out; Hold the contract if the new review needs it;
- a circumvention check cleared and then answered (the client accepted: the contract is
  active): the check is held again, so the client's next payment step is checked against
  it, and the entry says the acceptance went out and stays; a contract that ended, was
  declined or cancelled has nothing left to hold and is said so.

A held message or client name was never delivered (the sender was asked to edit it), so
holding it again only puts it back in the review; nothing reaches the other party.
"""

from __future__ import annotations

from typing import Any

from directcontracts.accounts.models import User
from directcontracts.circumvention.models import Checkpoint, CircumventionCheck
from directcontracts.circumvention.services import reopen_review
from directcontracts.contracts.access import contract_of_reference
from directcontracts.contracts.models import Contract, ContractState
from directcontracts.screening.models import ReviewState, ScreeningAttempt
from directcontracts.screening.services import HELD_WHAT, reopen_attempt
from directcontracts.trust.case_holds import NOT_REAPPLIED_ACTION, REAPPLY_ACTION
from directcontracts.trust.models import AuditEntry, Case

# A circumvention check still means something while its contract is open.
CHECK_HOLDABLE_STATES = (ContractState.DRAFT, ContractState.INVITED, ContractState.ACTIVE)
# Checks made before the client accepted: an acceptance since then went out.
BEFORE_ACCEPTANCE = (
    Checkpoint.INVITED,
    Checkpoint.INVITATION_OPENED,
    Checkpoint.INVITATION_ACCEPTED,
)


def reapply_reviews(case: Case, by: User) -> list[str]:
    """Hold again each screening item and circumvention check the case's dismissal cleared,
    or say why not; one audit entry each, returns their words. The caller holds the case's
    lock and the transaction, and calls it only when the case was dismissed."""
    said = []
    attempts, checks = _reviewed_by(case)
    for attempt in attempts:
        said.append(_reapply_attempt(case, by, attempt))
    for check in checks:
        said.append(_reapply_check(case, by, check))
    return said


def _reviewed_by(case: Case) -> tuple[list[ScreeningAttempt], list[CircumventionCheck]]:
    """The cleared screening items and circumvention checks the case's signals name."""
    attempt_ids: list[int] = []
    check_ids: list[int] = []
    for source, evidence in case.signals.filter(
        source__in=("screening", "circumvention")
    ).values_list("source", "evidence"):
        number = _number(evidence, "attempt" if source == "screening" else "check")
        if number is not None:
            (attempt_ids if source == "screening" else check_ids).append(number)
    attempts = ScreeningAttempt.objects.filter(
        pk__in=attempt_ids, review_state=ReviewState.CLEARED
    ).order_by("pk")
    checks = CircumventionCheck.objects.filter(
        pk__in=check_ids, review_state=CircumventionCheck.ReviewState.CLEARED
    ).order_by("pk")
    return list(attempts), list(checks)


def _number(evidence: Any, key: str) -> int | None:
    value = evidence.get(key) if isinstance(evidence, dict) else None
    return value if isinstance(value, int) else None


def _attempt_words(attempt: ScreeningAttempt) -> str:
    what = HELD_WHAT.get(attempt.context, "Held item")
    return f"{what} held by the screener (item {attempt.pk})"


def _reapply_attempt(case: Case, by: User, attempt: ScreeningAttempt) -> str:
    what = _attempt_words(attempt)
    if attempt.object_ref.startswith("contract-text:"):
        contract = Contract.objects.filter(screening_ref=attempt.object_ref).first()
        if contract is not None and contract.state != ContractState.DRAFT:
            return _audit(
                case,
                by,
                NOT_REAPPLIED_ACTION,
                f"{what}: not put back, contract “{contract.title}” was sent to the client "
                f"while it was cleared (it is now {contract.get_state_display().lower()}): "
                "what went out cannot be held back. Hold the contract if the review needs it.",
                screening_attempt=attempt.pk,
            )
    if not reopen_attempt(attempt_id=attempt.pk):
        return ""
    return _audit(
        case,
        by,
        REAPPLY_ACTION,
        f"{what}: back under review, the case was reopened.",
        screening_attempt=attempt.pk,
    )


def _reapply_check(case: Case, by: User, check: CircumventionCheck) -> str:
    what = f"Circumvention check {check.pk} ({check.get_checkpoint_display().lower()})"
    contract = contract_of_reference(check.subject)
    state = contract.get_state_display().lower() if contract is not None else ""
    if contract is not None and contract.state not in CHECK_HOLDABLE_STATES:
        return _audit(
            case,
            by,
            NOT_REAPPLIED_ACTION,
            f"{what}: not put back, contract “{contract.title}” is {state}: there is "
            "nothing left to hold.",
            circumvention_check=check.pk,
        )
    if not reopen_review(check_id=check.pk):
        return ""
    went_ahead = (
        f" The client accepted while it was cleared: contract “{contract.title}” is "
        f"{state} and stays so (an acceptance cannot be taken back); the client's next "
        "payment step is checked against this review. Hold the contract if the review "
        "needs it."
        if contract is not None
        and contract.state == ContractState.ACTIVE
        and check.checkpoint in BEFORE_ACCEPTANCE
        else ""
    )
    return _audit(
        case,
        by,
        REAPPLY_ACTION,
        f"{what}: back under review, the case was reopened.{went_ahead}",
        circumvention_check=check.pk,
    )


def _audit(case: Case, by: User, action: str, reason: str, **data: int) -> str:
    AuditEntry.objects.create(case=case, actor=by, action=action, reason=reason, data=data)
    return reason
