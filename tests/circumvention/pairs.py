"""What the matcher makes of one candidate against one holder, for the tests that weigh a
single comparison."""

from __future__ import annotations

from typing import Any

from directcontracts.circumvention.matcher import (
    InMemoryIndex,
    Thresholds,
    Weights,
    build_index,
    compare,
    compare_profile_names,
    profile_from_record,
)


def signal_weights(
    index: InMemoryIndex, holder_id: str, candidate: dict[str, Any], weights: Weights | None = None
) -> dict[tuple[str, str], float]:
    """The weight of each (field, level) signal of the candidate against the holder."""
    holder = next(p for p in index.profiles if p.id == holder_id)
    _, signals = compare(
        profile_from_record({"id": "c", **candidate}),
        holder,
        index.frequencies,
        weights or Weights(),
    )
    return {(s.field, s.level): s.weight for s in signals}


def decision_of(rows: list[dict[str, Any]], candidate: dict[str, Any]) -> str:
    """The decision on the candidate among these accounts, at the default thresholds."""
    return build_index(rows).match(profile_from_record(candidate), Thresholds()).decision


def name_level(a: str, b: str) -> str | None:
    """The level at which two names agree, each the whole name of a record."""
    return compare_profile_names(
        profile_from_record({"id": "a", "name": a}), profile_from_record({"id": "b", "name": b})
    )
