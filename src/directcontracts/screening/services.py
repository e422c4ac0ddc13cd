"""Screening as the rest of the platform calls it, with the records it keeps.

Design:
- `screen_work` runs before a contract, a milestone change or any other work text is
  accepted; `screen_message` before a contract message is delivered. Both return a
  verdict and never raise for the content itself: the caller decides what to show and
  must not deliver blocked or held text to the other party.
- Whatever is not allowed is logged as a ScreeningAttempt (review verdicts are "held"
  until staff clear or confirm them: the held list in the admin) and counted on the
  sender's SenderRisk record, in the same transaction.
- Rule sets are versioned like the catalog: staff edit a draft, then publish it with an
  effective date; a broken pattern is refused at publication, never at screening time.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F, Max

from directcontracts.core import clock
from directcontracts.core.concerns import Concern, raise_concern
from directcontracts.core.errors import DomainError
from directcontracts.core.locks import for_update, lock_row
from directcontracts.core.staff_audit import record_staff_edit
from directcontracts.screening import engine, selectors
from directcontracts.screening.errors import ScreeningErrorCode
from directcontracts.screening.messages import KIND_WORDS, MessageVerdict, screen_message_text
from directcontracts.screening.models import (
    AttemptKind,
    PolicyRule,
    PolicyRuleSet,
    ReviewState,
    RuleSetStatus,
    ScreeningAttempt,
    SenderRisk,
)
from directcontracts.screening.rules import RuleError, load_default_data, specs_from_json

Verdict = engine.Verdict
EXCERPT_CHARS = 1000
PACKAGED_EFFECTIVE = datetime.fromisoformat("2025-01-01T00:00:00+00:00")


def screen_work(
    *,
    title: str,
    description: str,
    texts: Iterable[str] = (),
    sender_id: int | None = None,
    context: str = "",
    object_ref: str = "",
) -> engine.Verdict:
    """Screen a piece of work; log and count it on the sender when it is not allowed."""
    texts = list(texts)
    verdict = engine.screen_work(
        title=title, description=description, texts=texts, rulebook=selectors.current_rulebook()
    )
    if not verdict.allowed:
        _record_work_attempt(
            verdict=verdict,
            text=engine.item_text(title, description, texts),
            sender_id=sender_id,
            context=context,
            object_ref=object_ref,
        )
    return verdict


def screen_message_work(
    text: str,
    *,
    from_client: bool,
    sender_id: int | None = None,
    context: str = "message",
    object_ref: str = "",
) -> engine.Verdict:
    """Screen a contract message for work outside the policy (`engine.screen_message_work`:
    what a client says they will do themselves is not read as the work); log and count it
    on the sender when it is not allowed, as `screen_work` does."""
    verdict = engine.screen_message_work(
        text, from_client=from_client, rulebook=selectors.current_rulebook()
    )
    if not verdict.allowed:
        _record_work_attempt(
            verdict=verdict,
            text=engine.item_text("", text, []),
            sender_id=sender_id,
            context=context,
            object_ref=object_ref,
        )
    return verdict


@transaction.atomic
def _record_work_attempt(
    *, verdict: engine.Verdict, text: str, sender_id: int | None, context: str, object_ref: str
) -> ScreeningAttempt:
    # Text that reads as no language is sent back for a description, not held.
    held = verdict.verdict == engine.Decision.REVIEW and not verdict.needs_description
    attempt = ScreeningAttempt.objects.create(
        created_at=clock.now(),
        kind=AttemptKind.WORK,
        sender_id=sender_id,
        context=context[:80],
        object_ref=object_ref[:80],
        verdict=str(verdict.verdict),
        policy=verdict.policy,
        score=verdict.score,
        reasons=verdict.reasons,
        rules=verdict.rules,
        rules_version=verdict.rulebook_version,
        excerpt=text[:EXCERPT_CHARS],
        review_state=ReviewState.HELD if held else ReviewState.NONE,
    )
    if sender_id is not None and not verdict.needs_description:
        _bump_risk(sender_id, "reviewed_work" if held else "blocked_work")
    if held:
        _raise_held(attempt)
    return attempt


# What a held item is, by the context it was screened in.
HELD_WHAT = {
    "message": "Message",
    "contract": "Work description",
    "client_name": "Client name on an invitation",
}


def held_summary(*, message_screen: bool, context: str, policy: str) -> str:
    """A held item's title in words ("Message held before delivery: asks to pay outside
    Direct Contracts"); the policy codes stay on the attempt and in the evidence."""
    what = HELD_WHAT.get(context, "Message" if message_screen else "Work description")
    if message_screen:
        kinds = [k for k in policy.split(",") if k]
        why = "; ".join(KIND_WORDS.get(k, k.replace("_", " ")) for k in kinds)
        held = "held before delivery" if what == "Message" else "held for review"
    else:
        why = engine.CODE_LABELS.get(policy, "work outside the work policy")
        held = "held for review"
    return f"{what} {held}: {why}" if why else f"{what} {held}"


# A held message's case reason, by what it was held for: the queue weighs an attempt to
# take the payment off the platform as it weighs a person's flag saying so.
MESSAGE_KIND_REASONS = {
    "off_platform_payment": "off_platform_payment",
    "contact_details": "circumvention",
}


def held_reason(*, message_screen: bool, policy: str) -> str:
    """The case reason of a held item: the gravest of the message's kinds, or prohibited
    work for a work description outside the policy."""
    if message_screen:
        kinds = [k for k in policy.split(",") if k]
        for kind, reason in MESSAGE_KIND_REASONS.items():
            if kind in kinds:
                return reason
    return "prohibited_work"


def _raise_held(attempt: ScreeningAttempt) -> None:
    """A held item waits in the Trust & Safety queue (core.concerns); the case's outcome
    comes back through `resolve_from_case`."""
    raise_concern(
        Concern(
            source="screening",
            target_kind="held_item",
            target_id=attempt.object_ref or f"attempt:{attempt.pk}",
            reason=held_reason(
                message_screen=attempt.kind == AttemptKind.MESSAGE, policy=attempt.policy
            ),
            summary=held_summary(
                message_screen=attempt.kind == AttemptKind.MESSAGE,
                context=attempt.context,
                policy=attempt.policy,
            ),
            evidence={
                "attempt": attempt.pk,
                "policy": attempt.policy,
                "reasons": attempt.reasons,
                "rules": attempt.rules,
                "text": attempt.excerpt,
            },
            subject_user_id=attempt.sender_id,
        )
    )


def resolve_from_case(concern: Concern, outcome: str, by_user_id: int | None) -> None:
    """Trust & Safety closed the case: a dismissed one clears the item (it proceeds as if
    allowed), an upheld one confirms the breach."""
    attempt = ScreeningAttempt.objects.filter(
        pk=int(concern.evidence.get("attempt") or 0), review_state=ReviewState.HELD
    ).first()
    if attempt is not None:
        resolve_attempt(attempt=attempt, by_user_id=by_user_id, confirmed=outcome == "upheld")


def screen_message(
    text: str, *, sender_id: int | None = None, context: str = "", object_ref: str = ""
) -> MessageVerdict:
    """Screen a contract message; a held message is logged and counted on the sender."""
    verdict = screen_message_text(text)
    if verdict.held:
        with transaction.atomic():
            attempt = ScreeningAttempt.objects.create(
                created_at=clock.now(),
                kind=AttemptKind.MESSAGE,
                sender_id=sender_id,
                context=context[:80],
                object_ref=object_ref[:80],
                verdict="held",
                policy=",".join(verdict.kinds),
                score=1.0,
                reasons=verdict.reasons,
                rules=verdict.kinds,
                excerpt=text[:EXCERPT_CHARS],
            )
            if sender_id is not None:
                _bump_risk(sender_id, "held_messages")
            _raise_held(attempt)
    return verdict


def _bump_risk(sender_id: int, counter: str) -> None:
    now = clock.now()
    updated = SenderRisk.objects.filter(sender_id=sender_id).update(
        **{counter: F(counter) + 1}, last_event_at=now
    )
    if updated:
        return
    try:
        with transaction.atomic():
            SenderRisk.objects.create(sender_id=sender_id, last_event_at=now, **{counter: 1})
    except IntegrityError:
        # Another request created the row first; count on it.
        SenderRisk.objects.filter(sender_id=sender_id).update(
            **{counter: F(counter) + 1}, last_event_at=now
        )


@transaction.atomic
def resolve_attempt(
    *, attempt: ScreeningAttempt, by_user_id: int | None, confirmed: bool
) -> ScreeningAttempt:
    """Staff decision on a held item: cleared (fine after all) or confirmed (a breach)."""
    state = ReviewState.CONFIRMED if confirmed else ReviewState.CLEARED
    claimed = ScreeningAttempt.objects.filter(pk=attempt.pk, review_state=ReviewState.HELD).update(
        review_state=state, reviewed_by_id=by_user_id, reviewed_at=clock.now()
    )
    if not claimed:
        raise DomainError(ScreeningErrorCode.NOT_HELD, "This item is not waiting for review.")
    attempt.refresh_from_db()
    return attempt


def reopen_attempt(*, attempt_id: int) -> bool:
    """A cleared held item under review again (its Trust & Safety case was reopened): held
    as before, the earlier review forgotten. True when it was put back; a held or
    confirmed item is left as it is (compare-and-set: two reopenings put it back once)."""
    return bool(
        ScreeningAttempt.objects.filter(pk=attempt_id, review_state=ReviewState.CLEARED).update(
            review_state=ReviewState.HELD, reviewed_by_id=None, reviewed_at=None
        )
    )


# --- Rule sets ------------------------------------------------------------------------


def install_default_rules(ruleset_model: Any = PolicyRuleSet, rule_model: Any = PolicyRule) -> bool:
    """Install the packaged rules as the next published version, unless the rule set in
    effect already is that packaged version (identical notes and rules)."""
    data = load_default_data()
    latest = ruleset_model.objects.order_by("-version").first()
    if latest is not None and latest.notes == data.get("notes", ""):
        return False
    _create_packaged_ruleset(
        ruleset_model,
        rule_model,
        data,
        version=(latest.version + 1) if latest else 1,
        at=PACKAGED_EFFECTIVE if latest is None else clock.now(),
    )
    return True


def _packaged_thresholds(data: dict[str, Any]) -> dict[str, float]:
    """The packaged thresholds by the rule set's field names, with the engine's defaults."""
    thresholds = data["thresholds"]
    return {
        "block_threshold": thresholds["block"],
        "review_threshold": thresholds["review"],
        "model_block_threshold": thresholds.get("block_model", engine.MODEL_BLOCK_THRESHOLD),
        "part_threshold": thresholds.get("part", engine.PART_EVIDENCE),
        "review_risk_threshold": thresholds.get("review_risk", engine.NO_SPREAD_REVIEW),
    }


def _create_packaged_ruleset(
    ruleset_model: Any, rule_model: Any, data: dict[str, Any], *, version: int, at: datetime
) -> Any:
    """The packaged rules as a published rule set. The models may be a migration's
    historical ones, which may not have every field yet."""
    fields = {f.name for f in ruleset_model._meta.get_fields()}
    ruleset = ruleset_model.objects.create(
        version=version,
        status=RuleSetStatus.PUBLISHED,
        effective_at=at,
        published_at=at,
        notes=data.get("notes", ""),
        contexts=data.get("contexts", {}),
        **{name: value for name, value in _packaged_thresholds(data).items() if name in fields},
    )
    has_span = any(f.name == "span" for f in rule_model._meta.get_fields())
    rule_model.objects.bulk_create(
        rule_model(
            **({"span": spec.span} if has_span else {}),
            ruleset=ruleset,
            name=spec.name,
            code=spec.code,
            action=spec.action,
            reason=spec.reason,
            patterns="\n".join(spec.patterns),
            exceptions="\n".join(spec.exceptions),
            window=spec.window,
            negatable=spec.negatable,
            must_match="\n".join(spec.must_match),
            must_not_match="\n".join(spec.must_not_match),
            position=position,
        )
        for position, spec in enumerate(specs_from_json(data))
    )
    return ruleset


def packaged_rules_in_effect(ruleset: PolicyRuleSet, data: dict[str, Any] | None = None) -> bool:
    """Whether `ruleset` holds exactly the packaged rules: the same rules, thresholds and
    contexts (the notes alone did not change with every packaged version)."""
    data = data or load_default_data()
    return (
        all(getattr(ruleset, name) == value for name, value in _packaged_thresholds(data).items())
        and dict(ruleset.contexts or {}) == data.get("contexts", {})
        and selectors.specs_of(ruleset) == specs_from_json(data)
    )


def upgrade_packaged_rules(
    *, replace_staff_rules: bool = False
) -> tuple[str, PolicyRuleSet | None]:
    """Bring the rules in effect up to the packaged ones after an upgrade of the code.

    Returns (outcome, the rule set installed or None): "current" when the packaged rules are
    in effect; "installed" when they became the next published version; "staff_rules" when
    the rules in effect were published by staff and `replace_staff_rules` is off (their
    edits are never replaced silently: `directcontracts install_packaged_rules
    --replace-staff-rules` does it on purpose)."""
    data = load_default_data()
    in_effect = selectors.ruleset_in_effect()
    if in_effect is not None and packaged_rules_in_effect(in_effect, data):
        return "current", None
    if in_effect is not None and in_effect.published_by_id and not replace_staff_rules:
        return "staff_rules", None
    with transaction.atomic():
        latest = for_update(PolicyRuleSet.objects.order_by("-version")).first()
        ruleset = _create_packaged_ruleset(
            PolicyRuleSet,
            PolicyRule,
            data,
            version=(latest.version if latest else 0) + 1,
            at=clock.now(),
        )
    return "installed", ruleset


def _require_rule_editor(by: Any) -> None:
    check = getattr(by, "in_staff_group", None)
    allowed = (check is not None and check(TRUST_SAFETY)) or by.has_perm(
        "screening.change_policyruleset"
    )
    if not (by.is_active and allowed):
        raise PermissionDenied("Only Trust & Safety edit the screening rules.")


@transaction.atomic
def create_draft_ruleset(*, by: Any, reason: str, notes: str = "") -> PolicyRuleSet:
    """A draft copy of the rules in effect, for staff to edit and then publish; the copy,
    who made it and why go on the staff audit trail."""
    _require_rule_editor(by)
    base = selectors.ruleset_in_effect()
    number = (PolicyRuleSet.objects.aggregate(n=Max("version"))["n"] or 0) + 1
    draft = PolicyRuleSet.objects.create(
        version=number,
        notes=notes,
        block_threshold=base.block_threshold if base else 0.6,
        review_threshold=base.review_threshold if base else 0.5,
        model_block_threshold=base.model_block_threshold if base else engine.MODEL_BLOCK_THRESHOLD,
        part_threshold=base.part_threshold if base else engine.PART_EVIDENCE,
        review_risk_threshold=(base.review_risk_threshold if base else engine.NO_SPREAD_REVIEW),
        contexts=dict(base.contexts) if base else load_default_data().get("contexts", {}),
    )
    if base is not None:
        PolicyRule.objects.bulk_create(
            PolicyRule(
                ruleset=draft,
                name=r.name,
                code=r.code,
                action=r.action,
                reason=r.reason,
                patterns=r.patterns,
                exceptions=r.exceptions,
                window=r.window,
                negatable=r.negatable,
                must_match=r.must_match,
                must_not_match=r.must_not_match,
                span=r.span,
                enabled=r.enabled,
                position=r.position,
            )
            for r in base.rules.all()
        )
    record_staff_edit(
        by=by,
        action="policyruleset_draft_copied",
        reason=reason,
        data={"model": "screening.policyruleset", "id": draft.pk, "version": draft.version,
              "copied_from_version": base.version if base else None},
    )  # fmt: skip
    return draft


@transaction.atomic
def publish_ruleset(
    *, ruleset: PolicyRuleSet, by: Any, reason: str, effective_at: datetime | None = None
) -> PolicyRuleSet:
    """Publish a draft (from `effective_at`, else now): from then on it is read-only, the
    record of what applied. Who published it and why go on the staff audit trail."""
    _require_rule_editor(by)
    locked = lock_row(PolicyRuleSet, ruleset.pk)
    if locked.status != RuleSetStatus.DRAFT:
        raise DomainError(
            ScreeningErrorCode.NOT_A_DRAFT, f"Rules v{locked.version} are already published."
        )
    if not 0 < locked.review_threshold <= locked.block_threshold <= 1:
        raise DomainError(
            ScreeningErrorCode.RULE_INVALID, "Thresholds must satisfy 0 < review <= block <= 1."
        )
    try:
        book = selectors.rulebook_for(locked)
    except RuleError as exc:
        raise DomainError(ScreeningErrorCode.RULE_INVALID, str(exc)) from exc
    missed = engine.example_failures(book)
    if missed:
        raise DomainError(
            ScreeningErrorCode.RULE_INVALID,
            f"{len(missed)} rule example(s) fail, e.g. " + "; ".join(missed[:3]) + ".",
        )
    now = clock.now()
    locked.status = RuleSetStatus.PUBLISHED
    locked.effective_at = effective_at or now
    locked.published_at = now
    locked.published_by_id = by.pk
    locked.save(update_fields=["status", "effective_at", "published_at", "published_by_id"])
    record_staff_edit(
        by=by,
        action="policyruleset_published",
        reason=reason,
        data={"model": "screening.policyruleset", "id": locked.pk, "version": locked.version,
              "effective_at": locked.effective_at.isoformat()},
    )  # fmt: skip
    transaction.on_commit(selectors.forget_cached_rulebook)
    return locked


# --- Staff edits of rule sets in the back office --------------------------------------------

RULESET_FIELDS = ("notes", "block_threshold", "review_threshold", "review_risk_threshold",
                  "effective_at")  # fmt: skip
RULE_FIELDS = ("position", "name", "code", "action", "enabled", "reason", "patterns", "exceptions")
TRUST_SAFETY = "trust_safety"
PUBLISHED_READ_ONLY = (
    "Published rules are read-only: they are the record of what applied. To change them, "
    'make a draft copy (the list\'s action "Create a draft copy"), edit it, then publish it.'
)


def ruleset_snapshot(ruleset_id: int | None) -> dict[str, Any]:
    """What staff edit in a rule set (its numbers and notes, each rule), as JSON values."""
    ruleset = PolicyRuleSet.objects.filter(pk=ruleset_id).first() if ruleset_id else None
    if ruleset is None:
        return {}
    values: dict[str, Any] = {name: getattr(ruleset, name) for name in RULESET_FIELDS}
    values["status"] = ruleset.status
    if values["effective_at"] is not None:
        values["effective_at"] = values["effective_at"].isoformat()
    values["rules"] = {
        str(rule.pk): {name: getattr(rule, name) for name in RULE_FIELDS}
        for rule in PolicyRule.objects.filter(ruleset=ruleset)
    }
    return values


def record_ruleset_edit(
    *, ruleset: PolicyRuleSet, by: Any, reason: str, before: dict[str, Any]
) -> None:
    """Staff saved `ruleset` (and its rules) in the back office: the values before and after
    and the reason go on the staff audit trail, in the transaction that saved them.
    A published rule set is the record of what applied: its edit is refused (and the
    transaction that saved it rolls back); staff edit a draft copy instead."""
    _require_rule_editor(by)
    if before and before.get("status", RuleSetStatus.DRAFT) != RuleSetStatus.DRAFT:
        raise DomainError(ScreeningErrorCode.NOT_A_DRAFT, PUBLISHED_READ_ONLY)
    after = ruleset_snapshot(ruleset.pk)
    changed = [name for name in RULESET_FIELDS if before.get(name) != after.get(name)]
    old_rules, new_rules = before.get("rules", {}), after.get("rules", {})
    rules = sorted(
        (key for key in {*old_rules, *new_rules} if old_rules.get(key) != new_rules.get(key)),
        key=int,
    )
    was = {name: before.get(name) for name in changed}
    now = {name: after[name] for name in changed}
    if rules:
        was["rules"] = {key: old_rules.get(key) for key in rules}
        now["rules"] = {key: new_rules.get(key) for key in rules}
    record_staff_edit(
        by=by,
        action="policyruleset_added" if not before else "policyruleset_changed",
        reason=reason,
        data={"model": "screening.policyruleset", "id": ruleset.pk,
              "version": ruleset.version, "from": was, "to": now},
    )  # fmt: skip
