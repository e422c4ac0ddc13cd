"""Feedback is blind: neither party sees the other's rating before leaving their own.

So a rating can't answer the other's (a low one for a low one). Each party's feedback shows to
the other once both have left theirs, or once the window closes (`FEEDBACK_WINDOW_DAYS` after
the contract ended), when leaving feedback stops too. Staff, who are not parties, see it all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings

from directcontracts.core import clock

from .models import Contract, Feedback


def window_closes(contract: Contract) -> datetime | None:
    """When leaving feedback stops and everything left shows (None before the end)."""
    if contract.ended_at is None:
        return None
    return contract.ended_at + timedelta(days=settings.FEEDBACK_WINDOW_DAYS)


def window_open(contract: Contract) -> bool:
    closes = window_closes(contract)
    return closes is not None and clock.now() < closes


@dataclass(frozen=True)
class FeedbackView:
    """What one viewer of an ended contract sees of its feedback."""

    shown: list[Feedback]
    own: Feedback | None
    # The other party left theirs, and it stays hidden until the viewer leaves theirs.
    other_waiting: bool
    # The viewer's own feedback is not yet shown to the other party.
    own_hidden: bool
    closes: datetime | None
    open: bool


def feedback_for(contract: Contract, viewer: Any, given: list[Feedback]) -> FeedbackView:
    """`given`: the contract's feedback, authors read (one query, by the caller)."""
    viewer_id = getattr(viewer, "pk", None)
    own = next((f for f in given if f.author_id == viewer_id), None)
    is_party = viewer_id is not None and viewer_id in (contract.freelancer_id, contract.client_id)
    is_open = window_open(contract)
    everything_shows = not is_party or len(given) >= 2 or not is_open
    shown = given if everything_shows else [f for f in given if f.author_id == viewer_id]
    return FeedbackView(
        shown=shown,
        own=own,
        other_waiting=not everything_shows and any(f.author_id != viewer_id for f in given),
        own_hidden=own is not None and not everything_shows,
        closes=window_closes(contract),
        open=is_open,
    )
