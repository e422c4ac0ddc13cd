"""What Trust & Safety staff do with a case; each step is audited, with its reason.

Only members of the trust_safety group (or superusers) may act: anyone else is told the
case does not exist. A member who is the case's subject, raised it (a signal's reporter) or
is a party to the contract behind it (`stakes.contract_behind`) is refused every step on it
(`403 staff_is_a_party`, core/own_matter.py `party_refusal`): another member decides it. Closing a case tells every app whose concern it held how it ended
(core.concerns.report_resolution): "cleared" when dismissed, "upheld" when upheld.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction

from directcontracts.accounts.models import StaffGroup, User
from directcontracts.contracts.models import Contract
from directcontracts.core import clock
from directcontracts.core.concerns import Concern, report_resolution
from directcontracts.core.errors import Conflict, DomainError, NotFound
from directcontracts.core.own_matter import is_a_party, party_refusal
from directcontracts.core.validation import (
    CONTROL_CHARACTERS,
    find_control_character,
    message_for,
)
from directcontracts.ledger.locks import lock_rows
from directcontracts.trust import case_holds, flags, held_reviews, stakes
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import (
    ALLOWED_TRANSITIONS,
    AuditEntry,
    Case,
    CaseSignal,
    CaseState,
    Outcome,
)

MAX_REASON = 2000


def is_trust_staff(user: Any) -> bool:
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.in_staff_group(StaffGroup.TRUST_SAFETY)
    )


def require_trust_staff(user: Any) -> User:
    if not is_trust_staff(user):
        raise NotFound("That case does not exist.", code=TrustErrorCode.CASE_NOT_FOUND)
    return user


PARTY_REFUSAL_WHAT = "this case"
PARTY_REFUSAL_TEAM = "Trust & Safety"


def _parties(case: Case) -> tuple[Contract | None, list[int | None]]:
    """The contract behind `case` and its people (`stakes.contract_behind`, `people_of`),
    worked out once per case read: a page reads the case, then its action checks again."""
    known = case.__dict__.get("_parties")
    if known is None:
        known = case.__dict__["_parties"] = (stakes.contract_behind(case), stakes.people_of(case))
    return known


def is_party_to(case: Case, user: Any) -> bool:
    """`user` is the person `case` is about, raised it, or is a party to its contract."""
    contract, people = _parties(case)
    return is_a_party(user, contract=contract, people=people)


def require_case_handler(user: Any, case: Case) -> User:
    """A Trust & Safety member who may act on (or read) `case`: not one it is about."""
    require_trust_staff(user)
    if is_party_to(case, user):
        raise party_refusal(PARTY_REFUSAL_WHAT, PARTY_REFUSAL_TEAM)
    return user


def _reason(text: str) -> str:
    """The reason as the audit trail keeps it: refused, never cut or cleaned, when it can't be."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise DomainError(
            TrustErrorCode.REASON_REQUIRED, "Write the reason for this action: it is audited."
        )
    if len(cleaned) > MAX_REASON:
        raise DomainError(
            TrustErrorCode.REASON_TOO_LONG,
            f"Keep the reason to {MAX_REASON} characters (it has {len(cleaned)}): "
            "nothing was done.",
        )
    if char := find_control_character(cleaned, multiline=True):
        raise DomainError(CONTROL_CHARACTERS, message_for(char, multiline=True))
    return cleaned


def _locked(case: Case) -> Case:
    """The case row, locked until the transaction ends: every step on a case (closing it,
    an action, an appeal's decision) takes it first, so two staff acting at once queue and
    the second reads what the first did (ledger/locks.py: the one place locks are taken)."""
    rows = lock_rows(Case, [case.pk])
    if not rows:
        raise NotFound("That case does not exist.", code=TrustErrorCode.CASE_NOT_FOUND)
    return rows[0]


def _move(case: Case, to: str) -> None:
    if to not in ALLOWED_TRANSITIONS[case.state]:
        if case.state == CaseState.CLOSED:
            raise Conflict(TrustErrorCode.CASE_CLOSED, "This case is closed: reopen it first.")
        raise Conflict(TrustErrorCode.CASE_OPEN, "This case is still open.")
    case.state = to


def _audit(case: Case, by: User, action: str, reason: str, **data: Any) -> None:
    AuditEntry.objects.create(case=case, actor=by, action=action, reason=reason, data=data)


def _triaged(case: Case) -> list[str]:
    if case.triaged_at is None:
        case.triaged_at = clock.now()
        return ["triaged_at"]
    return []


@transaction.atomic
def assign_to_me(*, case: Case, by: User) -> Case:
    require_case_handler(by, case)
    case = _locked(case)
    _move(case, CaseState.ASSIGNED)
    case.assigned_to = by
    fields = ["state", "assigned_to", *_triaged(case)]
    case.save(update_fields=fields)
    _audit(case, by, "assign", "Took the case.")
    return case


def _close(case: Case, by: User, reason: str, outcome: str) -> Case:
    require_case_handler(by, case)
    text = _reason(reason)
    with transaction.atomic():
        case = _locked(case)
        _move(case, CaseState.CLOSED)
        if outcome == Outcome.DISMISSED:
            # Nothing wrong: what the case stopped while it was reviewed goes with it.
            case_holds.refuse_while_account_stopped(case)
            case_holds.lift_on_dismissal(case, by)
        case.outcome = outcome
        case.closed_at = clock.now()
        case.save(update_fields=["state", "outcome", "closed_at", *_triaged(case)])
        _audit(case, by, outcome, text)
        signals = list(case.signals.all())
        flags.tell_reporters(case)
    resolution = "cleared" if outcome == Outcome.DISMISSED else "upheld"
    for signal in signals:
        report_resolution(concern_of(case, signal), resolution, by_user_id=by.pk)
    return case


def dismiss(*, case: Case, by: User, reason: str) -> Case:
    """Nothing wrong: the held item proceeds, the pair is remembered as different people, and
    the freezes and holds the case put in place are lifted (trust/case_holds.py)."""
    return _close(case, by, reason, Outcome.DISMISSED)


def uphold(*, case: Case, by: User, reason: str) -> Case:
    """The concern was right; what was held stays refused."""
    return _close(case, by, reason, Outcome.UPHELD)


@transaction.atomic
def reopen(*, case: Case, by: User, reason: str) -> Case:
    """Open a closed case again; a dismissed one gets back what its dismissal lifted (the
    freezes and holds, `case_holds.reapply_on_reopen`; the held items and circumvention
    checks, `held_reviews.reapply_reviews`), and what cannot be put back is said on the
    audit trail. Its reporters are told their report is under review again."""
    require_case_handler(by, case)
    text = _reason(reason)
    case = _locked(case)
    if (
        Case.objects.filter(target_kind=case.target_kind, target_id=case.target_id)
        .exclude(state=CaseState.CLOSED)
        .exists()
    ):
        raise Conflict(
            TrustErrorCode.CASE_OPEN, "Another case about the same target is open: work there."
        )
    _move(case, CaseState.OPEN)
    lifted = case_holds.lifted_by_last_dismissal(case)  # before this reopening is audited
    was_dismissed = case.outcome == Outcome.DISMISSED
    if was_dismissed:
        # "No action taken" is no longer the answer: the reports are under review again.
        flags.reopen_dismissed_reports(case)
    case.outcome = ""
    case.closed_at = None
    case.assigned_to = None
    case.save(update_fields=["state", "outcome", "closed_at", "assigned_to"])
    _audit(case, by, case_holds.REOPEN_ACTION, text)
    # Under review again: what the dismissal lifted is stopped again (trust/case_holds.py).
    case_holds.reapply_on_reopen(case, by, lifted)
    if was_dismissed:
        # The held items and circumvention checks its dismissal cleared (trust/held_reviews.py).
        held_reviews.reapply_reviews(case, by)
    return case


def concern_of(case: Case, signal: CaseSignal) -> Concern:
    return Concern(
        source=signal.source,
        target_kind=case.target_kind,
        target_id=case.target_id,
        reason=signal.reason,
        summary=signal.summary,
        evidence=signal.evidence,
        subject_user_id=signal.subject_user_id,
        reporter_user_id=signal.reporter_user_id,
    )
