"""The work-policy screener: normalisation, then rules, then the calibrated classifier.

Design:
- Every item is normalised once (normalize.py) so obfuscation cannot dodge either layer.
- Rules are high-precision and explainable: a "block" rule lifts its code's score to at
  least 0.9, a "review" rule to at least 0.5. The classifier's calibrated probability can
  only raise a score, never lower what a rule found.
- Verdict: `block` when the strongest non-ok code reaches the block threshold (the
  higher `block_model` threshold when no rule for that code fired), `review`
  when the item's risk (1 - P(ok), or a rule's floor) reaches the review threshold, else
  `allow` with code `ok`. Thresholds live with the rules, so staff tune them as data.
- `score` is the estimated probability that the item is not allowed work.

Pure functions, no Django: the command-line screener runs before any database exists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from directcontracts.screening.classifier import CODES, Classifier, get_classifier
from directcontracts.screening.normalize import normalize
from directcontracts.screening.rules import (
    RuleBook,
    build_rulebook,
    load_default_data,
    specs_from_json,
)

RULE_FLOORS = {"block": 0.9, "review": 0.5}
# The classifier's probability needed to block when no rule for the code fired (a rule
# set's thresholds may override it as "block_model"; it never goes below "block").
MODEL_BLOCK_THRESHOLD = 0.8
CODE_LABELS = {
    "ok": "allowed work",
    "excluded.off_the_shelf": "an off-the-shelf product rather than work",
    "excluded.physical": "largely physical, on-site work",
    "banned.illegal": "illegal work",
    "banned.fraudulent": "fraudulent work",
    "banned.misleading": "misleading or deceptive work",
    "banned.sexual": "sexually explicit content",
}
POLICY_URL = "/categories/#never-allowed"


class Decision(StrEnum):
    ALLOW = "allow"
    REVIEW = "review"
    BLOCK = "block"


@dataclass(frozen=True)
class Verdict:
    verdict: Decision
    policy: str
    score: float
    reasons: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    rulebook_version: str = ""

    @property
    def allowed(self) -> bool:
        return self.verdict == Decision.ALLOW

    def as_dict(self) -> dict[str, object]:
        return {
            "verdict": str(self.verdict),
            "policy": self.policy,
            "score": round(self.score, 4),
            "reasons": list(self.reasons),
        }


@lru_cache(maxsize=1)
def default_rulebook() -> RuleBook:
    data = load_default_data()
    return build_rulebook(
        specs_from_json(data),
        version=f"default-{data['version']}",
        thresholds=data["thresholds"],
        codes=CODES,
    )


def item_text(title: str, description: str, texts: Iterable[str] = ()) -> str:
    parts = [title, description, *texts]
    return ". ".join(p for p in parts if p)


def screen_text(
    text: str, *, rulebook: RuleBook | None = None, classifier: Classifier | None = None
) -> Verdict:
    """Screen one piece of work described by free text (title, description, milestones).

    `classifier` defaults to the packaged model; training passes fold models to measure
    the whole screener (rules and classifier) on items the classifier never saw.
    """
    book = rulebook or default_rulebook()
    normalized = normalize(text)
    prediction = (classifier or get_classifier()).predict(normalized)
    probs = prediction.probabilities

    scores = {code: probs[code] for code in CODES if code != "ok"}
    reasons: list[str] = []
    fired: list[str] = []
    floor = 0.0
    for rule in book.rules:
        matched = rule.match(normalized)
        if matched is None:
            continue
        spec = rule.spec
        level = RULE_FLOORS[spec.action]
        scores[spec.code] = max(scores[spec.code], level)
        floor = max(floor, level)
        fired.append(spec.name)
        reasons.append(f'Policy rule {spec.name} ({spec.reason}) matched: "{_clip(matched)}".')

    # A rule that fired names the code; the classifier only breaks ties between rules.
    fired_codes = {rule.spec.code for rule in book.rules if rule.spec.name in fired}
    candidates = fired_codes or set(scores)
    code = max(sorted(candidates), key=lambda c: scores[c])
    risk = max(1.0 - probs["ok"], floor)
    # The classifier alone must be surer to block than when a rule backs it: an item no
    # rule recognises is more often unusual legitimate work, so it goes to review instead.
    block_at = book.thresholds["block"]
    if code not in fired_codes:
        block_at = max(block_at, book.thresholds.get("block_model", MODEL_BLOCK_THRESHOLD))
    if scores[code] >= block_at:
        decision = Decision.BLOCK
    elif risk >= book.thresholds["review"]:
        decision = Decision.REVIEW
    else:
        decision = Decision.ALLOW
        code = "ok"

    words = prediction.top_words(code) if decision != Decision.ALLOW else []
    if decision == Decision.ALLOW:
        reasons.append(f"Looks like allowed work (classifier: {probs['ok']:.0%} ok).")
    else:
        weighed = f"; words that weighed most: {', '.join(words)}" if words else ""
        reasons.append(
            f"Classifier: {probs[code]:.0%} likely {CODE_LABELS[code]} ({code}){weighed}."
        )
        reasons.append(f"See what is never allowed: {POLICY_URL}")
    return Verdict(
        verdict=decision,
        policy=code,
        score=min(1.0, max(0.0, risk)),
        reasons=reasons,
        rules=fired,
        rulebook_version=book.version,
    )


def screen_work(
    *,
    title: str,
    description: str,
    texts: Iterable[str] = (),
    rulebook: RuleBook | None = None,
    classifier: Classifier | None = None,
) -> Verdict:
    return screen_text(
        item_text(title, description, texts), rulebook=rulebook, classifier=classifier
    )


def _clip(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
