"""Policy rules as data: phrases and patterns per policy code, with exceptions.

A rule is what staff edit in the back office (see models.PolicyRule) or what ships in
`data/default_rules.json`. Patterns are regular expressions over the normalised text;
`A && B` means both parts must occur somewhere in the item. One matching exception
cancels the rule for that item, which is how "authorised penetration test" or
"customise a purchased theme" pass rules written for the harmful versions.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_RULES_PATH = Path(__file__).resolve().parent / "data" / "default_rules.json"
ACTIONS = ("block", "review")


@dataclass(frozen=True)
class RuleSpec:
    """A rule as written: plain strings, validated by `compile_rule`."""

    name: str
    code: str
    action: str
    reason: str
    patterns: tuple[str, ...]
    exceptions: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompiledRule:
    spec: RuleSpec
    # Each pattern is a conjunction of regexes.
    patterns: tuple[tuple[re.Pattern[str], ...], ...]
    exception: re.Pattern[str] | None
    # Every pattern needs its first part, so one search for any first part rules out
    # most items cheaply.
    trigger: re.Pattern[str]

    def match(self, text: str) -> str | None:
        """The text that triggered the rule, or None (also when an exception applies)."""
        if not self.trigger.search(text):
            return None
        for conjunction in self.patterns:
            found = []
            for regex in conjunction:
                hit = regex.search(text)
                if hit is None:
                    break
                found.append(hit.group(0))
            else:
                if self.exception is not None and self.exception.search(text):
                    return None
                return " ... ".join(found)
        return None


@dataclass(frozen=True)
class RuleBook:
    version: str
    rules: tuple[CompiledRule, ...]
    thresholds: dict[str, float] = field(default_factory=lambda: {"block": 0.6, "review": 0.4})


class RuleError(ValueError):
    """A rule that cannot be used: an unknown code or action, or a broken regex."""


def compile_rule(spec: RuleSpec, *, codes: tuple[str, ...]) -> CompiledRule:
    if spec.code not in codes or spec.code == "ok":
        raise RuleError(f"Rule {spec.name!r}: unknown policy code {spec.code!r}.")
    if spec.action not in ACTIONS:
        raise RuleError(f"Rule {spec.name!r}: action must be one of {', '.join(ACTIONS)}.")
    if not spec.patterns:
        raise RuleError(f"Rule {spec.name!r} has no pattern.")
    try:
        patterns = tuple(
            tuple(re.compile(part.strip()) for part in pattern.split("&&"))
            for pattern in spec.patterns
        )
        exception = (
            re.compile("|".join(f"(?:{e})" for e in spec.exceptions)) if spec.exceptions else None
        )
        trigger = re.compile("|".join(f"(?:{c[0].pattern})" for c in patterns))
    except re.error as exc:
        raise RuleError(f"Rule {spec.name!r}: {exc}.") from exc
    return CompiledRule(spec=spec, patterns=patterns, exception=exception, trigger=trigger)


def specs_from_json(data: dict) -> list[RuleSpec]:
    return [
        RuleSpec(
            name=r["name"],
            code=r["code"],
            action=r["action"],
            reason=r["reason"],
            patterns=tuple(r["patterns"]),
            exceptions=tuple(r.get("exceptions", ())),
        )
        for r in data["rules"]
    ]


def load_default_data(path: Path = DEFAULT_RULES_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def build_rulebook(
    specs: list[RuleSpec], *, version: str, thresholds: dict[str, float], codes: tuple[str, ...]
) -> RuleBook:
    return RuleBook(
        version=version,
        rules=tuple(compile_rule(s, codes=codes) for s in specs),
        thresholds=dict(thresholds),
    )
