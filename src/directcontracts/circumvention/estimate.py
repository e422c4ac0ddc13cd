"""Estimating m-probabilities from unlabelled data, by expectation-maximisation (as Splink does).

Design:
1. u (how often a level happens between two different people) comes from random pairs of
   accounts: nearly every random pair is two different people.
2. The pairs worth looking at are the blocked pairs (candidate x account sharing a blocking
   key). Each pair becomes a vector of comparison levels, one per field, from
   matcher.compare.
3. EM with u held fixed: each pair's probability of being a match given its vector
   (conditional independence between fields, the Fellegi-Sunter assumption), then m and the
   share of matches re-estimated from those probabilities, until they settle.
4. As in Splink, one training session per group of blocking keys: pairs found through a
   key on a field agree on that field by construction, so that field is left out of the
   session and its m is learned in the other sessions; the sessions' m are then averaged,
   each weighted by the matches it found.
The m of a level is what the matcher's frequency-adjusted weights need (weight =
log2(m / share of the value)), so a new comparison level gets its m from data rather than
by hand. `bench/eval_circumvention.py --estimate DIR` prints the estimates.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from directcontracts.circumvention.matcher import Frequencies, Profile, compare

FIELDS = ("email", "email_local", "phone", "payment_fingerprint", "device_id", "name", "ip")
NONE = "none"  # no signal for the field (missing on a side, or a zero weight)


def levels_of(cand: Profile, acc: Profile, freq: Frequencies) -> tuple[str, ...]:
    """The comparison vector of a pair: one level per field."""
    _, signals = compare(cand, acc, freq)
    found = {s.field: s.level for s in signals}
    return tuple(found.get(f, NONE) for f in FIELDS)


def u_probabilities(
    accounts: Sequence[Profile],
    freq: Frequencies,
    levels: Sequence[set[str]],
    pairs: int = 50_000,
    seed: int = 3,
) -> list[dict[str, float]]:
    """Level frequencies among random pairs of accounts (almost all different people), with
    one pseudo-count per level so that a level never seen by chance is rare, not impossible."""
    rng = random.Random(seed)  # noqa: S311 - sampling, not secrecy
    counts: list[Counter[str]] = [Counter() for _ in FIELDS]
    for _ in range(pairs):
        a, b = rng.sample(range(len(accounts)), 2)
        for i, level in enumerate(levels_of(accounts[a], accounts[b], freq)):
            counts[i][level] += 1
    out = []
    for i, c in enumerate(counts):
        known = set(c) | set(levels[i])
        total = pairs + len(known)
        out.append({k: (c.get(k, 0) + 1) / total for k in known})
    return out


# Blocking-key kinds -> the field a pair found through them agrees on by construction.
KEY_FIELD = {
    "email": "email", "email_loose": "email", "email_local": "email_local",
    "email_form": "email_local", "phone": "phone", "phone_tail": "phone", "phone_near": "phone",
    "card": "payment_fingerprint", "device": "device_id", "name_country": "name",
    "name_skel": "name", "name_initial": "name", "org_name": "name", "org_acronym": "name",
}  # fmt: skip


def estimate_by_sessions(
    pairs: Iterable[tuple[str, tuple[str, ...]]], u: list[dict[str, float]]
) -> Estimate:
    """m averaged over one EM session per blocked-on field (pairs: (key kind, vector))."""
    sessions: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for kind, vector in pairs:
        sessions[KEY_FIELD.get(kind, kind)].append(vector)
    sums: list[defaultdict[str, float]] = [defaultdict(float) for _ in FIELDS]
    weights = [0.0 for _ in FIELDS]
    shares, iterations = [], 0
    for blocked_on, vectors in sessions.items():
        keep = [i for i, f in enumerate(FIELDS) if f != blocked_on]
        fit = expectation_maximisation(
            [tuple(v[i] for i in keep) for v in vectors], [u[i] for i in keep], fields=len(keep)
        )
        matched = fit.match_share * len(vectors)
        shares.append(fit.match_share)
        iterations += fit.iterations
        for j, i in enumerate(keep):
            weights[i] += matched
            for level, m_level in fit.m[j].items():
                sums[i][level] += m_level * matched
    m = [{lv: v / max(weights[i], 1e-9) for lv, v in sums[i].items()} for i in range(len(FIELDS))]
    share = sum(shares) / max(len(shares), 1)
    return Estimate(match_share=share, m=m, u=u, iterations=iterations)


@dataclass
class Estimate:
    match_share: float
    m: list[dict[str, float]]
    u: list[dict[str, float]]
    iterations: int

    def m_of(self, field: str, level: str) -> float:
        return self.m[FIELDS.index(field)].get(level, 0.0)


def expectation_maximisation(
    vectors: Iterable[tuple[str, ...]],
    u: list[dict[str, float]],
    *,
    match_share: float = 0.1,
    iterations: int = 50,
    tolerance: float = 1e-6,
    fields: int = len(FIELDS),
) -> Estimate:
    """m and the share of matches among the vectors, u held fixed (Splink's default)."""
    distinct = Counter(vectors)
    floor = 1e-6
    # Start: a match keeps any agreement level twice as often as chance.
    m: list[dict[str, float]] = []
    for i in range(fields):
        levels = {v[i] for v in distinct}
        weights = {lv: (1.0 if lv == NONE else 2.0) for lv in levels}
        total = sum(weights.values())
        m.append({lv: w / total for lv, w in weights.items()})
    done = 0
    for done in range(1, iterations + 1):  # noqa: B007 - the count is reported
        new_m: list[defaultdict[str, float]] = [defaultdict(float) for _ in range(fields)]
        matched_weight = 0.0
        total = 0
        for vector, count in distinct.items():
            pm, pu = match_share, 1.0 - match_share
            for i, level in enumerate(vector):
                pm *= max(m[i].get(level, floor), floor)
                pu *= max(u[i].get(level, floor), floor)
            posterior = pm / (pm + pu)
            matched_weight += posterior * count
            total += count
            for i, level in enumerate(vector):
                new_m[i][level] += posterior * count
        new_share = matched_weight / max(total, 1)
        settled = abs(new_share - match_share) < tolerance
        match_share = new_share
        m = [{lv: v / max(matched_weight, floor) for lv, v in levels.items()} for levels in new_m]
        if settled:
            break
    return Estimate(match_share=match_share, m=m, u=u, iterations=done)
