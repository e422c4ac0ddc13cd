"""Reads for the Trust & Safety console: the queue, one case, the daily chart."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Case as When_
from django.db.models import IntegerField, QuerySet, Value, When

from directcontracts.accounts.models import User
from directcontracts.contracts.models import Contract, Message
from directcontracts.core import clock
from directcontracts.screening.engine import CODE_LABELS
from directcontracts.screening.messages import KIND_WORDS
from directcontracts.screening.models import AttemptKind, ScreeningAttempt
from directcontracts.trust.actions import require_trust_staff
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import (
    PRIORITY_ORDER,
    Case,
    CaseSignal,
    CaseState,
    Flag,
    FlagReason,
    FlagTarget,
)

QUEUE_VIEWS = {"live": "Open and being handled", "mine": "Assigned to me", "closed": "Closed"}


def _priority_rank() -> When_:
    return When_(
        *[When(priority=p, then=Value(rank)) for rank, p in enumerate(PRIORITY_ORDER)],
        output_field=IntegerField(),
    )


def queue(*, view: str, user: Any, priority: str = "", source: str = "") -> QuerySet[Case]:
    cases = Case.objects.select_related("assigned_to").annotate(rank=_priority_rank())
    if view == "closed":
        cases = cases.filter(state=CaseState.CLOSED).order_by("-closed_at", "-id")
    else:
        cases = cases.exclude(state=CaseState.CLOSED).order_by("rank", "sla_due_at", "id")
        if view == "mine":
            cases = cases.filter(assigned_to=user)
    if priority:
        cases = cases.filter(priority=priority)
    if source:
        cases = cases.filter(signals__source=source).distinct()
    return cases


def case_for_staff(user: Any, reference: str) -> Case:
    from directcontracts.core.errors import NotFound

    require_trust_staff(user)
    case = Case.objects.select_related("assigned_to").filter(reference=reference[:20]).first()
    if case is None:
        raise NotFound("That case does not exist.", code=TrustErrorCode.CASE_NOT_FOUND)
    return case


def daily_chart(days: int = 14) -> list[dict[str, Any]]:
    """Cases opened and closed per day, and the share triaged within their SLA."""
    today = clock.now().date()
    start = today - timedelta(days=days - 1)
    rows: dict[date, dict[str, Any]] = {
        start + timedelta(days=n): {"day": start + timedelta(days=n), "opened": 0, "closed": 0}
        for n in range(days)
    }
    met: dict[date, list[bool]] = {day: [] for day in rows}
    for opened_at, closed_at, triaged_at, sla_due_at in Case.objects.filter(
        opened_at__date__gte=start
    ).values_list("opened_at", "closed_at", "triaged_at", "sla_due_at"):
        rows[opened_at.date()]["opened"] += 1
        if triaged_at is not None:
            met[opened_at.date()].append(triaged_at <= sla_due_at)
        if closed_at is not None and closed_at.date() in rows:
            rows[closed_at.date()]["closed"] += 1
    for day, row in rows.items():
        row["met_sla"] = round(100 * sum(met[day]) / len(met[day])) if met[day] else None
    tallest = max((max(r["opened"], r["closed"]) for r in rows.values()), default=0) or 1
    for row in rows.values():
        row["opened_percent"] = round(100 * row["opened"] / tallest)
        row["closed_percent"] = round(100 * row["closed"] / tallest)
    return list(rows.values())


# --- One case, in words (the case page) --------------------------------------------------

# Where a signal came from, in the words staff read on the case page.
SOURCE_LABELS = {
    "flag": "Flag as Inappropriate",
    "screening": "Work-policy screener",
    "circumvention": "Circumvention check",
    "verification": "Payment-request verifier",
    "velocity": "Velocity rule",
    "support": "Support escalation",
}
MESSAGE_SCREENER = "Message screener"
REASON_LABELS = dict(FlagReason.choices)


@dataclass(frozen=True)
class Reported:
    """What a case is about, shown on its page so staff can decide without browsing the
    contract (which stays the parties' own): the text, who wrote it and when, and the
    contract it belongs to."""

    what: str
    text: str
    author: User | None
    at: datetime | None
    contract: Contract | None
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SignalView:
    signal: CaseSignal
    source: str
    reason: str
    summary: str
    reporter: User | None
    subject: User | None


@dataclass(frozen=True)
class CaseView:
    about: str
    summary: str
    reported: list[Reported]  # what the case is about; a held-item case has one per item
    signals: list[SignalView]
    people: dict[int, User]


def _held_kinds(signal: CaseSignal) -> list[str]:
    """The message screener's kinds ("off_platform_payment", ...) of a held message, or []."""
    if signal.source != "screening":
        return []
    kinds = [k for k in str(signal.evidence.get("policy") or "").split(",") if k]
    return kinds if kinds and all(k in KIND_WORDS for k in kinds) else []


def _words(codes: list[str]) -> str:
    text = "; ".join(KIND_WORDS[c] for c in codes)
    return text[:1].upper() + text[1:]


def _signal_words(signal: CaseSignal) -> tuple[str, str, str]:
    """(source, reason, summary) in words: held messages say why they were held, held work
    names its policy, instead of the codes the screener stores."""
    summary = signal.summary
    kinds = _held_kinds(signal)
    if kinds:
        return MESSAGE_SCREENER, _words(kinds), f"Message held before delivery: {_words(kinds)}"
    source = SOURCE_LABELS.get(signal.source, signal.source)
    reason = REASON_LABELS.get(signal.reason, signal.reason)
    policy = str(signal.evidence.get("policy") or "")
    if signal.source == "screening" and policy in CODE_LABELS:
        reason = CODE_LABELS[policy][:1].upper() + CODE_LABELS[policy][1:]
        summary = summary.replace(f": {policy}", f": {CODE_LABELS[policy]}")
    return source, reason, summary


def _contract_id_of_ref(ref: str) -> int | None:
    """ "contract:9" (a held item's object_ref) -> 9."""
    kind, _, pk = ref.partition(":")
    return int(pk) if kind == "contract" and pk.isdigit() and len(pk) <= 18 else None


def _contract(pk: int | None) -> Contract | None:
    if pk is None:
        return None
    return Contract.objects.select_related("freelancer", "client").filter(pk=pk).first()


def _reported(case: Case) -> Reported | None:
    kind, target = case.target_kind, case.target_id
    if kind == FlagTarget.MESSAGE and target.isdigit() and len(target) <= 18:
        message = (
            Message.objects.select_related("sender", "contract__freelancer", "contract__client")
            .filter(pk=int(target))
            .first()
        )
        if message is None:
            return None
        return Reported(
            what="Message",
            text=message.body,
            author=message.sender,
            at=message.created_at,
            contract=message.contract,
        )
    if kind in (FlagTarget.CONTRACT, FlagTarget.INVITATION) and target.isdigit():
        contract = _contract(int(target) if len(target) <= 18 else None)
        if contract is None:
            return None
        return Reported(
            what="Contract" if kind == FlagTarget.CONTRACT else "Invitation",
            text=contract.description,
            author=contract.freelancer,
            at=contract.created_at,
            contract=contract,
        )
    return None


def _held_items(case: Case, signals: list[CaseSignal], people: dict[int, User]) -> list[Reported]:
    """Each item the screener held on this target (one case gathers them all), with its
    text, its sender and why it was held."""
    screened = [s for s in signals if s.source == "screening"]
    attempts = ScreeningAttempt.objects.in_bulk(
        [int(s.evidence["attempt"]) for s in screened if str(s.evidence.get("attempt")).isdigit()]
    )
    contract = _contract(_contract_id_of_ref(case.target_id))
    items = []
    for signal in screened:
        attempt = attempts.get(int(signal.evidence.get("attempt") or 0))
        if _held_kinds(signal) or (attempt is not None and attempt.kind == AttemptKind.MESSAGE):
            what = "Message held before delivery (the other party has not seen it)"
        elif attempt is not None and attempt.context == "message":
            what = "Message checked against the work policy"
        else:
            what = "Work description held for review"
        author_id = attempt.sender_id if attempt else signal.subject_user_id
        items.append(
            Reported(
                what=what,
                text=attempt.excerpt if attempt else str(signal.evidence.get("text") or ""),
                author=people.get(author_id) if author_id else None,
                at=attempt.created_at if attempt else signal.created_at,
                contract=contract,
                reasons=[str(r) for r in signal.evidence.get("reasons") or []],
            )
        )
    return items


def _about(case: Case, reported: list[Reported], people: dict[int, User]) -> str:
    kind, target = case.target_kind, case.target_id
    contract = reported[0].contract if reported else None
    where = f" in the contract \u201c{contract.title}\u201d (#{contract.pk})" if contract else ""
    if kind == FlagTarget.MESSAGE:
        return f"A message{where}"
    if kind == "held_item":
        held = "A held item" if len(reported) < 2 else f"{len(reported)} held items"
        return f"{held}{where}"
    if kind in (FlagTarget.CONTRACT, FlagTarget.INVITATION) and contract is not None:
        noun = "contract" if kind == FlagTarget.CONTRACT else "invitation"
        return f"The {noun} \u201c{contract.title}\u201d (#{contract.pk})"
    if kind == FlagTarget.USER and target.isdigit() and int(target) in people:
        person = people[int(target)]
        return f"The person {person.display_name} <{person.email}>"
    if kind == FlagTarget.DOMAIN:
        return f"The website {target}"
    if kind == "support_ticket":
        return f"Support request {target}"
    if kind == "circumvention_check":
        return f"Circumvention check #{target}"
    return f"{kind.replace('_', ' ')} {target}"


def case_view(user: Any, case: Case) -> CaseView:
    """Trust & Safety staff only: the case in words, the reported content itself, and the
    people behind each signal by name and email."""
    require_trust_staff(user)
    signals = list(case.signals.all())
    ids = {case.subject_user_id} | {s.reporter_user_id for s in signals}
    ids |= {s.subject_user_id for s in signals}
    if case.target_kind == FlagTarget.USER and case.target_id.isdigit():
        ids.add(int(case.target_id[:18]))
    # A reporter whose flag weighs nothing (trust/flags.py) is not on the signal; the flag
    # still names them, and staff need to know who reported.
    flag_refs = [str(s.evidence.get("flag")) for s in signals if s.source == "flag"]
    flag_reporters = dict(
        Flag.objects.filter(reference__in=flag_refs).values_list("reference", "reporter_id")
    )
    ids |= set(flag_reporters.values())
    people = {u.pk: u for u in User.objects.filter(pk__in=[i for i in ids if i])}
    if case.target_kind == "held_item":
        reported = _held_items(case, signals, people)
    else:
        one = _reported(case)
        reported = [one] if one else []
    views = []
    for signal in signals:
        source, reason, summary = _signal_words(signal)
        views.append(
            SignalView(
                signal=signal,
                source=source,
                reason=reason,
                summary=summary,
                reporter=people.get(
                    signal.reporter_user_id
                    or flag_reporters.get(str(signal.evidence.get("flag")))
                    or 0
                ),
                subject=people.get(signal.subject_user_id or 0),
            )
        )
    first = views[0] if views else None
    summary = first.summary if first and case.summary == first.signal.summary else case.summary
    return CaseView(
        about=_about(case, reported, people),
        summary=summary,
        reported=reported,
        signals=views,
        people=people,
    )
