"""Opening and joining cases, and what a case's priority and deadline are.

Every concern (core.concerns) about a target joins that target's live case, or opens one.
Priority is recomputed from all the case's signals each time one arrives:

- severity of the worst reason (fraud and off-platform payment highest, spam lowest);
- independent reporters (each person beyond the first adds weight; one person flagging
  twice does not);
- how many sources agree (a flag and a held screening item on one contract);
- volume for phishing checks (a domain checked many times is a campaign);
- money at stake in the contract's escrow, a new account, earlier actions against the
  same person (trust/stakes.py).

The SLA deadline is the first signal's time plus the priority's allowance (urgent 1 hour,
high 4, normal 24, low 72), and never later than 24 hours for a case with a flag.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction

from directcontracts.core import clock
from directcontracts.core.concerns import Concern, ConcernReceipt
from directcontracts.core.locks import for_update
from directcontracts.trust.models import Case, CaseSignal, CaseState, Priority
from directcontracts.trust.stakes import Stakes, cases_about, contract_of, stakes_of

SEVERITY = {
    "scam_fraud": 30,
    "off_platform_payment": 30,
    "circumvention": 20,
    "prohibited_work": 20,
    "harassment": 20,
    "spam": 10,
    "other": 10,
}
SLA = {
    Priority.URGENT: timedelta(hours=1),
    Priority.HIGH: timedelta(hours=4),
    Priority.NORMAL: timedelta(hours=24),
    Priority.LOW: timedelta(hours=72),
}
FLAG_SLA = timedelta(hours=24)
MONEY_WEIGHTS = [(500_000, 25), (100_000, 15), (10_000, 10), (1, 5)]
NEW_ACCOUNT_DAYS = 7


def priority_for(score: int) -> Priority:
    if score >= 50:
        return Priority.URGENT
    if score >= 30:
        return Priority.HIGH
    if score >= 15:
        return Priority.NORMAL
    return Priority.LOW


def score_parts(signals: list[CaseSignal], stakes: Stakes | None = None) -> list[tuple[str, int]]:
    """Each reason for a case's priority with its weight (shown on the case page)."""
    if not signals:
        return []
    stakes = stakes or Stakes()
    reporters = {s.reporter_user_id for s in signals if s.reporter_user_id is not None}
    sources = {s.source for s in signals}
    checks = max((int(s.evidence.get("checks", 0) or 0) for s in signals), default=0)
    parts = [
        ("severity of the worst reason", max(SEVERITY.get(s.reason, 10) for s in signals)),
        ("more people who flagged it", 10 * max(0, len(reporters) - 1)),
        ("sources that agree", 5 * max(0, len(sources) - 1)),
        ("checked by many people (a campaign)", 20 if checks >= 10 else 0),
        ("money at stake in escrow", _money_weight(stakes.escrow_minor)),
        ("a new account", _age_weight(stakes.account_age_days)),
        ("earlier actions against this person", min(20, 10 * stakes.prior_actions)),
    ]
    return [(label, points) for label, points in parts if points]


def _money_weight(escrow_minor: int) -> int:
    # Minor units regardless of currency: a coarse weight, not a conversion.
    for threshold, points in MONEY_WEIGHTS:
        if escrow_minor >= threshold:
            return points
    return 0


def _age_weight(days: int | None) -> int:
    if days is None:
        return 0
    return 10 if days < NEW_ACCOUNT_DAYS else (5 if days < 30 else 0)


def score_of(signals: list[CaseSignal], stakes: Stakes | None = None) -> int:
    return sum(points for _, points in score_parts(signals, stakes))


def _new_reference() -> str:
    return "TS-" + secrets.token_hex(4).upper()


def _live_case(target_kind: str, target_id: str) -> Case | None:
    return (
        for_update(Case.objects.all())
        .filter(target_kind=target_kind, target_id=target_id)
        .exclude(state=CaseState.CLOSED)
        .first()
    )


def _open_case(concern: Concern) -> Case:
    now = clock.now()
    with transaction.atomic():
        return Case.objects.create(
            reference=_new_reference(),
            target_kind=concern.target_kind,
            target_id=concern.target_id,
            summary=concern.summary[:500],
            subject_user_id=concern.subject_user_id,
            opened_at=now,
            sla_due_at=now + SLA[Priority.NORMAL],
        )


@transaction.atomic
def receive_concern(concern: Concern) -> ConcernReceipt:
    """Join the target's live case or open one; then recompute priority and deadline."""
    case = _live_case(concern.target_kind, concern.target_id)
    if case is None:
        try:
            case = _open_case(concern)
        except IntegrityError:  # opened by a concurrent concern a moment ago
            case = _live_case(concern.target_kind, concern.target_id)
            if case is None:  # and closed again at once: nothing to join, so raise it
                raise
    CaseSignal.objects.create(
        case=case,
        source=concern.source,
        reason=concern.reason,
        summary=concern.summary[:500],
        evidence=dict(concern.evidence),
        reporter_user_id=concern.reporter_user_id,
        subject_user_id=concern.subject_user_id,
    )
    _reprioritise(case)
    return ConcernReceipt(case_id=case.pk, case_reference=case.reference)


def _reprioritise(case: Case) -> None:
    signals = list(case.signals.all())
    if case.subject_user_id is None:
        case.subject_user_id = next(
            (s.subject_user_id for s in signals if s.subject_user_id is not None), None
        )
    case.score = score_of(signals, stakes_of(case, contract_of(case)))
    case.priority = priority_for(case.score)
    deadline = case.opened_at + SLA[Priority(case.priority)]
    if any(s.source == "flag" for s in signals):
        deadline = min(deadline, case.opened_at + FLAG_SLA)
    case.sla_due_at = deadline
    case.save(update_fields=["score", "priority", "sla_due_at", "subject_user_id"])


_SEVERITY_REASON = {"high": "scam_fraud", "medium": "other", "low": "spam"}


def open_or_join_case(
    *,
    target_kind: str,
    target_id: Any,
    source: str,
    severity: str,
    summary: str,
    evidence: dict[str, Any],
    reporter: Any = None,
    dedupe_key: str = "",
) -> Case:
    """For support's escalation (support/trust_cases.py): a ticket becomes a case."""
    receipt = receive_concern(
        Concern(
            source=source,
            target_kind=target_kind,
            target_id=str(target_id),
            reason=_SEVERITY_REASON.get(severity, "other"),
            summary=summary,
            evidence={**evidence, "dedupe_key": dedupe_key},
            reporter_user_id=getattr(reporter, "pk", None),
        )
    )
    return Case.objects.get(pk=receipt.case_id)


def open_case_count(viewer: object) -> int:
    """Cases not yet closed, for the staff home; none about `viewer` (`stakes.cases_about`),
    as the queue leaves them out."""
    return Case.objects.exclude(state=CaseState.CLOSED).exclude(cases_about(viewer)).count()
