"""Policy rules as data: word patterns per policy code, with context exceptions and negation.

A rule is what staff edit in the back office (models.PolicyRule) or what ships in
`data/default_rules.json`. Rules read the normalised words of one part of the text (a
sentence or clause, see clauses.py), never the whole brief, so a harmless mention is
judged in its own sentence and a request buried in a long brief is judged on its own.

The pattern language is deliberately small, so matching is linear in the text and a
rule can be read by anyone (no regular expressions):

- A pattern is one line: groups joined by ` + `, every group must occur in the part,
  each within `window` words of the first group's word: `fake|paid + review*|testimonial*`.
- A group lists alternatives joined by `|`; an alternative is one or more words
  (`bank login`); a word ending in `*` matches any word starting with it (`review*`),
  and `*` alone, after the first word, matches any one word (`without * knowing`).
- An exception is a pattern (same language) or `@name`, a named context list shared by
  the rule set (`@protective`, `@detection`, `@educational`, `@professional`, ...). An
  exception found in the same part cancels the rule for that part; prefixed with
  `item:` it is looked for in the whole brief (e.g. "licensed pharmacy"). An evasion
  cue in the part (`@evasion`: "undetectable", "look real", "avoid detection") voids the
  exceptions: "detection" in "write fake reviews that avoid detection" excuses nothing.
- A negatable rule does not fire when a negation ("no", "not", "without", "sin", "kein"
  ... `@negation`) comes just before one of its matched words: "no explicit content".
- Every rule carries examples that must match and examples that must not; publishing
  refuses a rule set whose rules miss their own examples, and the test suite checks all.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

DEFAULT_RULES_PATH = Path(__file__).resolve().parent / "data" / "default_rules.json"
ACTIONS = ("block", "review")
DEFAULT_WINDOW = 6
NEGATION_REACH = 3  # words before a matched word in which a negation counts
MAX_PREFIX = 24
_ALLOWED_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 *|+")
RESERVED_CONTEXTS = ("negation", "evasion")
ITEM_EXCUSE = "item_excuse:"


class RuleError(ValueError):
    """A rule that cannot be used: unknown code or action, bad syntax, missed examples."""


@dataclass(frozen=True)
class RuleSpec:
    """A rule as written: plain strings, validated by `compile_rule`."""

    name: str
    code: str
    action: str
    reason: str
    patterns: tuple[str, ...]
    exceptions: tuple[str, ...] = ()
    window: int = DEFAULT_WINDOW
    negatable: bool = True
    must_match: tuple[str, ...] = ()
    must_not_match: tuple[str, ...] = ()
    # 1: the rule reads one sentence or clause; 2: also a clause with the one after it,
    # for harm said across a semicolon ("profiles of happy tenants; none of them exist").
    span: int = 1


# --- Terms and the index that finds them in one pass ----------------------------------

Alternative = tuple[str, ...]  # words; a trailing "*" makes a word a prefix


@dataclass
class TermIndex:
    """Every group of every pattern of a rule book, indexed by its first word.

    `find(words)` returns, for each group id, where it occurs: one pass over the words,
    each looked up by its exact form and by its prefixes (at most MAX_PREFIX lookups).
    """

    exact: dict[str, list[tuple[int, Alternative]]] = field(default_factory=dict)
    prefix: dict[str, list[tuple[int, Alternative]]] = field(default_factory=dict)
    groups: list[tuple[Alternative, ...]] = field(default_factory=list)
    _ids: dict[tuple[Alternative, ...], int] = field(default_factory=dict)
    # Multi-word alternatives whose first two words are plain, by those two words.
    pairs: dict[tuple[str, str], list[tuple[int, Alternative]]] = field(default_factory=dict)
    # word -> the other alternatives that may start at it (exact and by prefix), memoised.
    _starts: dict[str, list[tuple[int, Alternative]]] = field(default_factory=dict)

    def add(self, alternatives: tuple[Alternative, ...]) -> int:
        known = self._ids.get(alternatives)
        if known is not None:
            return known
        gid = len(self.groups)
        self.groups.append(alternatives)
        self._ids[alternatives] = gid
        for alternative in alternatives:
            first = alternative[0]
            if len(alternative) > 1 and "*" not in first + alternative[1]:
                self.pairs.setdefault((first, alternative[1]), []).append((gid, alternative))
            elif first.endswith("*"):
                self.prefix.setdefault(first[:-1], []).append((gid, alternative))
            else:
                self.exact.setdefault(first, []).append((gid, alternative))
        return gid

    def find(self, words: Sequence[str]) -> dict[int, list[tuple[int, int]]]:
        hits: dict[int, list[tuple[int, int]]] = {}
        starts, pairs = self._starts, self.pairs
        last = len(words) - 1
        for i, word in enumerate(words):
            candidates = starts.get(word)
            if candidates is None:
                candidates = self._alternatives_starting_with(word)
            if i < last:
                paired = pairs.get((word, words[i + 1]))
                if paired:
                    candidates = candidates + paired
            for gid, alternative in candidates:
                end = i + len(alternative)
                if end > len(words):
                    continue
                if len(alternative) == 1 or all(
                    _word_matches(words[i + k], alternative[k]) for k in range(1, len(alternative))
                ):
                    spans = hits.setdefault(gid, [])
                    if not spans or spans[-1] != (i, end):
                        spans.append((i, end))
        return hits

    def _alternatives_starting_with(self, word: str) -> list[tuple[int, Alternative]]:
        found = list(self.exact.get(word, ()))
        for size in range(1, min(len(word), MAX_PREFIX) + 1):
            found.extend(self.prefix.get(word[:size], ()))
        if len(self._starts) < 200_000:
            self._starts[word] = found
        return found


def _word_matches(word: str, term: str) -> bool:
    return word.startswith(term[:-1]) if term.endswith("*") else word == term


# --- Compiled patterns and rules --------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    groups: tuple[int, ...]
    window: int

    def find(self, hits: dict[int, list[tuple[int, int]]]) -> tuple[tuple[int, int], ...] | None:
        """The spans of one occurrence (one span per group), or None."""
        if not all(g in hits for g in self.groups):
            return None
        for anchor in hits[self.groups[0]]:
            chosen = [anchor]
            for gid in self.groups[1:]:
                near = _nearest(hits[gid], anchor[0], self.window)
                if near is None:
                    break
                chosen.append(near)
            else:
                return tuple(chosen)
        return None


def _nearest(spans: list[tuple[int, int]], position: int, window: int) -> tuple[int, int] | None:
    """A span starting within `window` words of `position` (spans are in text order)."""
    i = bisect_left(spans, (position - window, -1))
    if i < len(spans) and abs(spans[i][0] - position) <= window:
        return spans[i]
    return None


@dataclass(frozen=True)
class Exception_:
    pattern: Pattern
    whole_item: bool


@dataclass(frozen=True)
class CompiledRule:
    spec: RuleSpec
    patterns: tuple[Pattern, ...]
    exceptions: tuple[Exception_, ...]


@dataclass(frozen=True)
class RuleHit:
    """A rule that fired on one part: which words matched, for the reason shown to staff."""

    rule: CompiledRule
    words: str


@dataclass(frozen=True)
class RuleBook:
    version: str
    rules: tuple[CompiledRule, ...]
    thresholds: dict[str, float] = field(default_factory=lambda: {"block": 0.6, "review": 0.4})
    index: TermIndex = field(default_factory=TermIndex, compare=False, repr=False)
    negation: Pattern | None = None
    evasion: Pattern | None = None
    # first group of any of a rule's patterns -> the rules' positions, to skip the rest.
    by_first_group: dict[int, tuple[int, ...]] = field(default_factory=dict, compare=False)

    # code -> cues that, anywhere in a brief, are context for that code's words: a context
    # list named "item_excuse:<code>" ("item_excuse:excluded.physical": remote work).
    # Decision v9: a cue may be a pattern of several groups within a window of words
    # ("check + for any": "check our office PCs for any software that records keystrokes").
    item_excuses: dict[str, tuple[Pattern, ...]] = field(default_factory=dict, compare=False)

    def excused_codes(self, part_hits: Iterable[dict[int, list[tuple[int, int]]]]) -> set[str]:
        """The codes whose item-wide context cues occur in some part of the brief (given
        each part's `index.find`)."""
        return set(self.excuse_parts(part_hits))

    def excuse_parts(
        self, part_hits: Iterable[dict[int, list[tuple[int, int]]]]
    ) -> dict[str, set[int]]:
        """Code -> the parts in which one of its item-wide context cues occurs. An evasion
        cue anywhere in the brief ("reviews that avoid detection") voids them all."""
        if not self.item_excuses:
            return {}
        part_hits = list(part_hits)
        if self.evasion is not None and any(self.evasion.find(h) is not None for h in part_hits):
            return {}
        where: dict[str, set[int]] = {}
        for i, hits in enumerate(part_hits):
            for code, cues in self.item_excuses.items():
                if any(cue.find(hits) for cue in cues):
                    where.setdefault(code, set()).add(i)
        return where

    def context_in(self, rule: CompiledRule, hits: dict[int, list[tuple[int, int]]]) -> bool:
        """Whether one of `rule`'s part exceptions occurs in a part (given its terms)."""
        return any(not e.whole_item and e.pattern.find(hits) for e in rule.exceptions)

    @cached_property
    def span_groups(self) -> frozenset[int]:
        """Every group of the rules that read two parts."""
        return frozenset(
            gid
            for rule in self.rules
            if rule.spec.span > 1
            for pattern in rule.patterns
            for gid in pattern.groups
        )

    @cached_property
    def spans_parts(self) -> bool:
        """Whether some rule also reads a clause with the one after it."""
        return any(rule.spec.span > 1 for rule in self.rules)

    def fire(self, words: Sequence[str], item_text: str = "") -> list[RuleHit]:
        """The rules that fire on one part (`item_text`: the whole brief, for `item:`)."""
        return self.read(words, item_text)[0]

    def read(
        self,
        words: Sequence[str],
        item_text: str = "",
        hits: dict[int, list[tuple[int, int]]] | None = None,
    ) -> tuple[list[RuleHit], list[RuleHit]]:
        """The rules that fire on one part, and those whose pattern matched but that a
        negation or a context exception excused there ("no explicit scenes", "a tool that
        flags fake reviews"): the engine reads the latter as the part's context. `hits`:
        `index.find(words)` when the caller already has it."""
        if hits is None:
            hits = self.index.find(words)
        candidates = sorted({r for gid in hits for r in self.by_first_group.get(gid, ())})
        if not candidates:
            return [], []
        item_hits: dict[int, list[tuple[int, int]]] | None = None
        evasive = self.evasion is not None and self.evasion.find(hits) is not None
        fired: list[RuleHit] = []
        excused: list[RuleHit] = []
        for position in candidates:
            rule = self.rules[position]
            spans = _first_occurrence(rule.patterns, hits)
            if spans is None:
                continue
            hit = RuleHit(rule=rule, words=_quote(words, spans))
            if rule.spec.negatable and self._negated(spans, hits):
                excused.append(hit)
                continue
            if not evasive and rule.exceptions:
                if any(not e.whole_item and e.pattern.find(hits) for e in rule.exceptions):
                    excused.append(hit)
                    continue
                if any(e.whole_item for e in rule.exceptions):
                    if item_hits is None:
                        item_hits = self.index.find(item_text.split()) if item_text else hits
                    if any(e.whole_item and e.pattern.find(item_hits) for e in rule.exceptions):
                        excused.append(hit)
                        continue
            fired.append(hit)
        return fired, excused

    def _negated(
        self, spans: tuple[tuple[int, int], ...], hits: dict[int, list[tuple[int, int]]]
    ) -> bool:
        if self.negation is None:
            return False
        # A cue that is itself part of the match ("pills without a prescription") is the
        # harm, not a negation of it.
        cues = [
            cue
            for cue, _ in self.negation_hits(hits)
            if not any(start <= cue < end for start, end in spans)
        ]
        return any(start - NEGATION_REACH <= cue < start for start, _ in spans for cue in cues)

    def negation_hits(self, hits: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
        return hits.get(self.negation.groups[0], []) if self.negation else []


def _first_occurrence(
    patterns: Iterable[Pattern], hits: dict[int, list[tuple[int, int]]]
) -> tuple[tuple[int, int], ...] | None:
    for pattern in patterns:
        spans = pattern.find(hits)
        if spans is not None:
            return spans
    return None


def _quote(words: Sequence[str], spans: tuple[tuple[int, int], ...]) -> str:
    start = min(s for s, _ in spans)
    end = max(e for _, e in spans)
    return " ".join(words[start:end])


# --- Parsing ------------------------------------------------------------------------------


def parse_group(text: str, *, rule: str) -> tuple[Alternative, ...]:
    alternatives = []
    for raw in text.split("|"):
        words = tuple(raw.split())
        if not words:
            raise RuleError(f"Rule {rule!r}: empty alternative in {text.strip()!r}.")
        if words[0] == "*":
            raise RuleError(f"Rule {rule!r}: an alternative cannot start with '*'.")
        for word in words:
            if "*" in word[:-1]:
                raise RuleError(f"Rule {rule!r}: '*' may only end a word ({word!r}).")
        alternatives.append(words)
    return tuple(alternatives)


def compile_pattern(line: str, *, rule: str, window: int, index: TermIndex) -> Pattern:
    text = line.strip().lower()
    bad = sorted(set(text) - _ALLOWED_CHARS)
    if bad:
        raise RuleError(
            f"Rule {rule!r}: {line.strip()!r} uses {''.join(bad)!r}; patterns are lower-case "
            "words, '*' at the end of a word, '|' between alternatives and ' + ' between groups."
        )
    groups = tuple(index.add(parse_group(part, rule=rule)) for part in text.split("+"))
    return Pattern(groups=groups, window=window)


def compile_rule(
    spec: RuleSpec,
    *,
    codes: tuple[str, ...],
    index: TermIndex | None = None,
    contexts: dict[str, list[str]] | None = None,
) -> CompiledRule:
    index = index if index is not None else TermIndex()
    contexts = contexts or {}
    if spec.code not in codes or spec.code == "ok":
        raise RuleError(f"Rule {spec.name!r}: unknown policy code {spec.code!r}.")
    if spec.action not in ACTIONS:
        raise RuleError(f"Rule {spec.name!r}: action must be one of {', '.join(ACTIONS)}.")
    if not spec.patterns:
        raise RuleError(f"Rule {spec.name!r} has no pattern.")
    if not 1 <= spec.window <= 40:
        raise RuleError(f"Rule {spec.name!r}: window must be between 1 and 40 words.")
    if spec.span not in (1, 2):
        raise RuleError(f"Rule {spec.name!r}: span must be 1 or 2 parts.")
    patterns = tuple(
        compile_pattern(p, rule=spec.name, window=spec.window, index=index) for p in spec.patterns
    )
    # Exceptions of one group each (most of them: words and phrases) are merged into one
    # group per scope, so checking a rule's exceptions is one or two look-ups.
    single: dict[bool, list[str]] = {False: [], True: []}
    multi: list[tuple[str, bool]] = []
    for line in spec.exceptions:
        text = line.strip()
        whole_item = text.startswith("item:")
        text = text.removeprefix("item:").strip()
        if text.startswith("@"):
            name = text[1:]
            if name not in contexts or name in RESERVED_CONTEXTS:
                raise RuleError(f"Rule {spec.name!r}: no context list named {name!r}.")
            lines = contexts[name]
        else:
            lines = [text]
        for x in lines:
            if "+" in x:
                multi.append((x, whole_item))
            else:
                single[whole_item].append(x.strip().lower())
    exceptions = [
        Exception_(
            compile_pattern("|".join(alts), rule=spec.name, window=spec.window, index=index), scope
        )
        for scope, alts in single.items()
        if alts
    ]
    exceptions += [
        Exception_(compile_pattern(x, rule=spec.name, window=spec.window, index=index), scope)
        for x, scope in multi
    ]
    return CompiledRule(spec=spec, patterns=patterns, exceptions=tuple(exceptions))


def specs_from_json(data: dict) -> list[RuleSpec]:
    return [
        RuleSpec(
            name=r["name"],
            code=r["code"],
            action=r["action"],
            reason=r["reason"],
            patterns=tuple(r["patterns"]),
            exceptions=tuple(r.get("exceptions", ())),
            window=int(r.get("window", DEFAULT_WINDOW)),
            negatable=bool(r.get("negatable", True)),
            must_match=tuple(r.get("must_match", ())),
            must_not_match=tuple(r.get("must_not_match", ())),
            span=int(r.get("span", 1)),
        )
        for r in data["rules"]
    ]


def load_default_data(path: Path = DEFAULT_RULES_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def build_rulebook(
    specs: list[RuleSpec],
    *,
    version: str,
    thresholds: dict[str, float],
    codes: tuple[str, ...],
    contexts: dict[str, list[str]] | None = None,
) -> RuleBook:
    contexts = contexts or {}
    index = TermIndex()
    rules = tuple(compile_rule(s, codes=codes, index=index, contexts=contexts) for s in specs)
    negation = _cue_pattern(contexts.get("negation"), index)
    evasion = _cue_pattern(contexts.get("evasion"), index)
    item_excuses = {}
    for name, lines in contexts.items():
        if not name.startswith(ITEM_EXCUSE):
            continue
        code = name.removeprefix(ITEM_EXCUSE)
        if code not in codes or code == "ok":
            raise RuleError(f"Context {name!r}: unknown policy code {code!r}.")
        expanded = []
        for line in lines:
            if line.startswith("@"):
                if line[1:] not in contexts:
                    raise RuleError(f"Context {name!r}: no context list named {line[1:]!r}.")
                expanded.extend(contexts[line[1:]])
            else:
                expanded.append(line)
        cues = _cue_patterns(expanded, index)
        if cues:
            item_excuses[code] = cues
    by_first_group: dict[int, list[int]] = {}
    for position, rule in enumerate(rules):
        for pattern in rule.patterns:
            by_first_group.setdefault(pattern.groups[0], []).append(position)
    return RuleBook(
        version=version,
        rules=rules,
        thresholds=dict(thresholds),
        index=index,
        negation=negation,
        evasion=evasion,
        by_first_group={gid: tuple(sorted(set(p))) for gid, p in by_first_group.items()},
        item_excuses=item_excuses,
    )


def _cue_patterns(lines: list[str], index: TermIndex) -> tuple[Pattern, ...]:
    """One pattern of every single-group cue, and one per cue of several groups ("check +
    for any": protective intent over a window of words, not only adjacent phrases)."""
    single = [line for line in lines if "+" not in line]
    patterns = [p for p in (_cue_pattern(single, index),) if p is not None]
    patterns += [
        compile_pattern(line, rule="contexts", window=DEFAULT_WINDOW, index=index)
        for line in lines
        if "+" in line
    ]
    return tuple(patterns)


def _cue_pattern(lines: list[str] | None, index: TermIndex) -> Pattern | None:
    """A one-group pattern made of every cue in a context list."""
    if not lines:
        return None
    joined = "|".join(line.strip().lower() for line in lines)
    return compile_pattern(joined, rule="contexts", window=DEFAULT_WINDOW, index=index)
