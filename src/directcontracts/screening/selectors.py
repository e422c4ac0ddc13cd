"""Reads: the rule book in effect (cached per process), held attempts, sender risk."""

from __future__ import annotations

import threading
import time

from django.db import DatabaseError

from directcontracts.core import clock
from directcontracts.screening.classifier import CODES
from directcontracts.screening.engine import default_rulebook
from directcontracts.screening.models import (
    PolicyRuleSet,
    ReviewState,
    RuleSetStatus,
    ScreeningAttempt,
    SenderRisk,
)
from directcontracts.screening.rules import RuleBook, RuleError, RuleSpec, build_rulebook

# Rule sets change rarely; re-reading which one is current at most this often keeps
# screening off the database's hot path.
CACHE_SECONDS = 30.0
_cache_lock = threading.Lock()
_cache: dict[str, object] = {"checked": 0.0, "key": None, "book": None}


def ruleset_in_effect() -> PolicyRuleSet | None:
    return (
        PolicyRuleSet.objects.filter(status=RuleSetStatus.PUBLISHED, effective_at__lte=clock.now())
        .order_by("-effective_at", "-version")
        .first()
    )


def specs_of(ruleset: PolicyRuleSet) -> list[RuleSpec]:
    return [
        RuleSpec(
            name=rule.name,
            code=rule.code,
            action=rule.action,
            reason=rule.reason,
            patterns=tuple(line.strip() for line in rule.patterns.splitlines() if line.strip()),
            exceptions=tuple(line.strip() for line in rule.exceptions.splitlines() if line.strip()),
            window=rule.window,
            negatable=rule.negatable,
            must_match=tuple(_lines(rule.must_match)),
            must_not_match=tuple(_lines(rule.must_not_match)),
            span=rule.span,
        )
        for rule in ruleset.rules.filter(enabled=True)
    ]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def rulebook_for(ruleset: PolicyRuleSet) -> RuleBook:
    return build_rulebook(
        specs_of(ruleset),
        version=f"v{ruleset.version}",
        thresholds={
            "block": ruleset.block_threshold,
            "review": ruleset.review_threshold,
            "block_model": ruleset.model_block_threshold,
            "part": ruleset.part_threshold,
            "review_risk": ruleset.review_risk_threshold,
        },
        codes=CODES,
        contexts=dict(ruleset.contexts or {}),
    )


def current_rulebook() -> RuleBook:
    """The published rules in effect; the packaged defaults when none (or the database) is there."""
    now = time.monotonic()
    with _cache_lock:
        if _cache["book"] is not None and now - float(_cache["checked"]) < CACHE_SECONDS:  # type: ignore[arg-type]
            return _cache["book"]  # type: ignore[return-value]
    try:
        ruleset = ruleset_in_effect()
        key = (ruleset.pk, ruleset.version) if ruleset else None
        if key is not None and key == _cache["key"] and _cache["book"] is not None:
            book = _cache["book"]
        else:
            book = rulebook_for(ruleset) if ruleset else default_rulebook()
    except (DatabaseError, RuleError):
        key, book = None, default_rulebook()
    with _cache_lock:
        _cache.update(checked=now, key=key, book=book)
    return book  # type: ignore[return-value]


def forget_cached_rulebook() -> None:
    with _cache_lock:
        _cache.update(checked=0.0, key=None, book=None)


def held_attempts() -> list[ScreeningAttempt]:
    return list(
        ScreeningAttempt.objects.filter(review_state=ReviewState.HELD).order_by("created_at")
    )


def risk_for(sender_id: int) -> SenderRisk | None:
    return SenderRisk.objects.filter(sender_id=sender_id).first()
