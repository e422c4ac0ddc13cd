"""Reads for the Trust & Safety console: the queue, one case, the daily chart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.db.models import Case as When_
from django.db.models import (
    CharField,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast

from directcontracts.accounts.models import User
from directcontracts.circumvention.models import CHECKPOINT_WORDS
from directcontracts.contracts.models import Contract, Message
from directcontracts.core import clock
from directcontracts.screening.engine import CODE_LABELS
from directcontracts.screening.messages import KIND_WORDS
from directcontracts.screening.models import AttemptKind, ScreeningAttempt
from directcontracts.screening.services import held_summary
from directcontracts.trust.actions import require_case_handler, require_trust_staff
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import (
    PRIORITY_ORDER,
    Appeal,
    AppealState,
    Case,
    CaseSignal,
    CaseState,
    Flag,
    FlagReason,
    FlagTarget,
)

QUEUE_VIEWS = {
    "live": "Open and being handled",
    "mine": "Assigned to me",
    "appeals": "Appeals waiting",
    "closed": "Closed",
}
# The `status` filter of the queue (`?status=appealed`): a case's state, or "appealed" (an
# appeal waits for a decision, whatever the case's state). A status picks its cases in any
# view's state: "closed" under "Open and being handled" shows the closed ones.
CASE_STATUSES = {
    CaseState.OPEN.value: "Open",
    CaseState.ASSIGNED.value: "Being handled",
    CaseState.CLOSED.value: "Closed",
    "appealed": "Appeal waiting",
}

# How each view is ordered, said above the list so nobody guesses.
QUEUE_ORDER = {
    "live": "most urgent first: by priority, then by triage deadline",
    "mine": "most urgent first: by priority, then by triage deadline",
    "appeals": "oldest appeal first, open or closed cases alike",
    "closed": "most recently closed first",
}


def _priority_rank() -> When_:
    return When_(
        *[When(priority=p, then=Value(rank)) for rank, p in enumerate(PRIORITY_ORDER)],
        output_field=IntegerField(),
    )


MAX_SEARCH = 100


def queue(
    *,
    view: str,
    user: Any,
    about_them: Q,
    priority: str = "",
    source: str = "",
    q: str = "",
    status: str = "",
) -> QuerySet[Case]:
    """The cases of `view`; none of `about_them` (`stakes.cases_about(user)`: the view works
    it out once for the list and its counts)."""
    cases = (
        Case.objects.exclude(about_them)
        .select_related("assigned_to")
        .annotate(rank=_priority_rank())
    )
    text = " ".join(q.split())[:MAX_SEARCH]
    if text:
        cases = cases.filter(_matching(text))
    if status == "appealed":
        cases = cases.filter(
            pk__in=Appeal.objects.filter(state=AppealState.PENDING).values("case_id")
        )
    elif status:
        cases = cases.filter(state=status)
    if view == "closed":
        if not status:
            cases = cases.filter(state=CaseState.CLOSED)
        cases = cases.order_by("-closed_at", "-id")
    elif view == "appeals":
        # An appeal may come after the case closed (the person has 180 days), so this view
        # looks at every state: a closed case is otherwise out of sight of the live queue.
        waiting = Appeal.objects.filter(state=AppealState.PENDING)
        cases = cases.filter(pk__in=waiting.values("case_id")).order_by(
            Subquery(
                waiting.filter(case_id=OuterRef("pk"))
                .order_by("created_at")
                .values("created_at")[:1]
            ),
            "id",
        )
    else:
        if not status:
            cases = cases.exclude(state=CaseState.CLOSED)
        cases = cases.order_by("rank", "sla_due_at", "id")
        if view == "mine":
            cases = cases.filter(assigned_to=user)
    if priority:
        cases = cases.filter(priority=priority)
    if source:
        cases = cases.filter(signals__source=source).distinct()
    return cases


def pending_appeal_count(*, about_them: Q) -> int:
    """Appeals waiting for a decision, whatever their case's state (the queue points to them);
    none of a case in `about_them` (`stakes.cases_about`: the member's own)."""
    theirs = Case.objects.filter(about_them).values("pk")
    return Appeal.objects.filter(state=AppealState.PENDING).exclude(case_id__in=theirs).count()


def _matching(text: str) -> Q:
    """Cases whose reference is `text`, or whose person, flagged content, summary or reason
    contains it: one WHERE of subqueries, so a page of results costs what the queue does."""
    people = User.objects.filter(Q(email__icontains=text) | Q(full_name__icontains=text))
    reasons = [code for code, label in REASON_LABELS.items() if text.lower() in label.lower()]
    signals = CaseSignal.objects.filter(
        Q(summary__icontains=text)
        | Q(reason__icontains=text)
        | Q(reason__in=reasons)
        | Q(subject_user_id__in=people.values("pk"))
    )
    as_text = Cast("pk", output_field=CharField())
    messages = Message.objects.filter(body__icontains=text).annotate(key=as_text)
    contracts = Contract.objects.filter(title__icontains=text).annotate(key=as_text)
    flagged = Flag.objects.filter(details__icontains=text)
    return (
        Q(reference__iexact=text)
        | Q(summary__icontains=text)
        | Q(subject_user_id__in=people.values("pk"))
        | Q(target_kind=FlagTarget.USER, target_id__in=people.annotate(key=as_text).values("key"))
        | Q(target_kind=FlagTarget.MESSAGE, target_id__in=messages.values("key"))
        | Q(
            target_kind__in=(FlagTarget.CONTRACT, FlagTarget.INVITATION),
            target_id__in=contracts.values("key"),
        )
        | Q(pk__in=signals.values("case_id"))
        | Q(pk__in=flagged.values("case_id"))
    )


def case_for_staff(user: Any, reference: str) -> Case:
    """A case for a Trust & Safety member to read; never one about the member themselves (it
    names who reported them and what the other party told us): 403 `staff_is_a_party`."""
    from directcontracts.core.errors import NotFound

    require_trust_staff(user)
    case = Case.objects.select_related("assigned_to").filter(reference=reference[:20]).first()
    if case is None:
        raise NotFound("That case does not exist.", code=TrustErrorCode.CASE_NOT_FOUND)
    require_case_handler(user, case)  # reading is handling (core/own_matter.py)
    return case


def daily_chart(*, about_them: Q, days: int = 14) -> list[dict[str, Any]]:
    """Cases opened and closed per day, and the share triaged within their SLA; none of
    `about_them` (`stakes.cases_about`: the member's own, left out of the queue too)."""
    today = clock.now().date()
    start = today - timedelta(days=days - 1)
    rows: dict[date, dict[str, Any]] = {
        start + timedelta(days=n): {"day": start + timedelta(days=n), "opened": 0, "closed": 0}
        for n in range(days)
    }
    met: dict[date, list[bool]] = {day: [] for day in rows}
    for opened_at, closed_at, triaged_at, sla_due_at in (
        Case.objects.filter(opened_at__date__gte=start).exclude(about_them)
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
class EvidenceRow:
    """One piece of a signal's evidence in words: a label and a value, or a list of them."""

    label: str
    text: str = ""
    items: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SignalView:
    signal: CaseSignal
    source: str
    reason: str
    summary: str
    reporter: User | None
    subject: User | None
    evidence: list[EvidenceRow] = field(default_factory=list)


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


# Titles stored before they were worded: "Held for review (contract): banned.fraudulent"
# and "Possible existing account (score 6.20) at invitation_accepted".
_HELD_TITLE = re.compile(r"^Held for review \(([^)]*)\): (.*)$")
_AT_CHECKPOINT = re.compile(r" at ([a-z_]+)$")


def _summary_words(signal: CaseSignal) -> str:
    """A signal's title in words, also for titles stored with codes in them."""
    summary = signal.summary
    held = _HELD_TITLE.match(summary)
    if signal.source == "screening" and held:
        policy = str(signal.evidence.get("policy") or held.group(2))
        return held_summary(message_screen=False, context=held.group(1), policy=policy)
    at = _AT_CHECKPOINT.search(summary)
    if signal.source == "circumvention" and at and at.group(1) in CHECKPOINT_WORDS:
        return f"{summary[: at.start()]} {CHECKPOINT_WORDS[at.group(1)]}"
    return summary


def _signal_words(signal: CaseSignal) -> tuple[str, str, str]:
    """(source, reason, summary) in words: held messages say why they were held, held work
    names its policy, instead of the codes the screener stores."""
    kinds = _held_kinds(signal)
    if kinds:
        return MESSAGE_SCREENER, _words(kinds), f"Message held before delivery: {_words(kinds)}"
    source = SOURCE_LABELS.get(signal.source, signal.source)
    reason = REASON_LABELS.get(signal.reason, signal.reason)
    policy = str(signal.evidence.get("policy") or "")
    if signal.source == "screening" and policy in CODE_LABELS:
        reason = CODE_LABELS[policy][:1].upper() + CODE_LABELS[policy][1:]
    return source, reason, _summary_words(signal)


# Evidence keys in words; any other key is shown with its underscores as spaces.
EVIDENCE_LABELS = {
    "rule": "Rule code",
    "rule_name": "Rule",
    "event": "Event",
    "events": "Matching events",
    "hit": "Velocity hit",
    "domain": "Website",
    "checks": "Checks",
    "flag": "Flag",
    "details": "Details",
    "text": "Text",
    "attempt": "Screening attempt",
    "check": "Circumvention check",
    "contract": "Contract",
    "shared_address": "Shared address",
}
_NUMBERED = {"contract", "hit", "attempt", "check", "milestone"}


def _evidence_label(key: str) -> str:
    return EVIDENCE_LABELS.get(key) or key.replace("_", " ").capitalize()


def _evidence_words(value: Any, key: str = "") -> str:
    """A stored evidence value as a reader would say it: {"contract": 4, "shared_address":
    "203.0.113.45"} -> "contract #4, shared address 203.0.113.45"."""
    if isinstance(value, dict):
        return ", ".join(
            f"{_evidence_label(k).lower()} {_evidence_words(v, k)}" for k, v in value.items()
        )
    if isinstance(value, list | tuple):
        return "; ".join(_evidence_words(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value is None or value == "":
        return "none"
    if key in _NUMBERED and isinstance(value, int):
        return f"#{value}"
    if key == "event":
        return str(value).replace("_", " ")
    return str(value)


def evidence_rows(evidence: dict[str, Any]) -> list[EvidenceRow]:
    """A signal's evidence as labelled rows; a list of records becomes a list, one a line."""
    rows = []
    for key, value in evidence.items():
        if isinstance(value, list) and any(isinstance(v, dict | list) for v in value):
            rows.append(
                EvidenceRow(_evidence_label(key), items=[_evidence_words(v) for v in value])
            )
        else:
            rows.append(EvidenceRow(_evidence_label(key), text=_evidence_words(value, key)))
    return rows


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
                evidence=evidence_rows(signal.evidence),
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


# --- The queue, in words -------------------------------------------------------------------


@dataclass(frozen=True)
class QueueRow:
    case: Case
    title: str  # the case's title in words
    about: str  # what it is about: "Message in “Bakery website”", a person's name, ...
    # The other signals that joined it ("Flag as Inappropriate: Scam or fraud"): the title
    # is the first one's, so a fraud flag joining a velocity case would otherwise not show.
    more: list[str] = field(default_factory=list)
    appeal_waiting: bool = False


def _is_message(signal: CaseSignal | None, attempt: ScreeningAttempt | None) -> bool:
    if attempt is not None:
        return attempt.kind == AttemptKind.MESSAGE or attempt.context == "message"
    if signal is None:
        return False
    held = _HELD_TITLE.match(signal.summary)
    return bool(_held_kinds(signal)) or bool(held and held.group(1) == "message")


def _source_and_reason(signal: CaseSignal) -> str:
    source, reason, _ = _signal_words(signal)
    return f"{source}: {reason}"


def queue_rows(cases: Sequence[Case]) -> list[QueueRow]:
    """A page of the queue in words, read in a fixed number of queries: each case's title
    from its first signal, what it is about by contract title or person's name."""
    firsts: dict[int, CaseSignal] = {}
    more: dict[int, list[str]] = {}
    for signal in CaseSignal.objects.filter(case__in=[c.pk for c in cases]).order_by("id"):
        head = firsts.setdefault(signal.case_id, signal)
        seen = more.setdefault(signal.case_id, [_source_and_reason(head)])
        if _source_and_reason(signal) not in seen:
            seen.append(_source_and_reason(signal))
    appealed = set(
        Appeal.objects.filter(
            case__in=[c.pk for c in cases], state=AppealState.PENDING
        ).values_list("case_id", flat=True)
    )
    attempt_ids = [
        int(s.evidence["attempt"])
        for s in firsts.values()
        if str(s.evidence.get("attempt") or "").isdigit()
    ]
    attempts = ScreeningAttempt.objects.in_bulk(attempt_ids)

    def number(case: Case) -> int | None:
        target = case.target_id
        return int(target) if target.isdigit() and len(target) <= 18 else None

    message_ids = [number(c) for c in cases if c.target_kind == FlagTarget.MESSAGE]
    messages = Message.objects.select_related("contract").in_bulk(
        [i for i in message_ids if i is not None]
    )
    contract_ids = [
        number(c) for c in cases if c.target_kind in (FlagTarget.CONTRACT, FlagTarget.INVITATION)
    ]
    contract_ids += [
        _contract_id_of_ref(c.target_id) for c in cases if c.target_kind == "held_item"
    ]
    contracts = Contract.objects.in_bulk([i for i in contract_ids if i is not None])
    user_ids = [number(c) for c in cases if c.target_kind == FlagTarget.USER]
    people = User.objects.select_related("freelancer_profile").in_bulk(
        [i for i in user_ids if i is not None]
    )

    def about(case: Case) -> str:
        kind, target, pk = case.target_kind, case.target_id, number(case)
        if kind == FlagTarget.MESSAGE:
            message = messages.get(pk or 0)
            return f"Message in \u201c{message.contract.title}\u201d" if message else "A message"
        if kind == "held_item":
            first = firsts.get(case.pk)
            attempt = attempts.get(int(first.evidence.get("attempt") or 0)) if first else None
            contract = contracts.get(_contract_id_of_ref(target) or 0)
            if _is_message(first, attempt):
                return f"Message in \u201c{contract.title}\u201d" if contract else "Held message"
            return f"Contract \u201c{contract.title}\u201d" if contract else "Held work description"
        if kind in (FlagTarget.CONTRACT, FlagTarget.INVITATION):
            contract = contracts.get(pk or 0)
            noun = "Contract" if kind == FlagTarget.CONTRACT else "Invitation"
            return f"{noun} \u201c{contract.title}\u201d" if contract else f"A {noun.lower()}"
        if kind == FlagTarget.USER:
            person = people.get(pk or 0)
            return person.display_name if person else "A person"
        if kind == FlagTarget.DOMAIN:
            return f"Website {target}"
        if kind == "support_ticket":
            return f"Support request {target}"
        if kind == "circumvention_check":
            return f"Circumvention check #{target}"
        return f"{kind.replace('_', ' ').capitalize()} {target}"

    rows = []
    for case in cases:
        first = firsts.get(case.pk)
        title = case.summary
        if first is not None and case.summary == first.summary:
            title = _signal_words(first)[2]
        rows.append(
            QueueRow(
                case=case,
                title=title,
                about=about(case),
                more=more.get(case.pk, [])[1:],
                appeal_waiting=case.pk in appealed,
            )
        )
    return rows
