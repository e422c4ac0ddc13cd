"""Trust & Safety's part of "Download your data": the flags the person filed and the outcome
they were told (never the case behind them, its notes, scores or signals)."""

from __future__ import annotations

from typing import Any

from directcontracts.accounts.models import User
from directcontracts.accounts.personal_data import register_export_section
from directcontracts.trust.models import Flag

MAX_ROWS = 100_000


def flags_section(user: User) -> list[dict[str, Any]]:
    return [
        {
            "reference": f.reference,
            "about": f.target_kind,
            "about_id": f.target_id,
            "reason": f.reason,
            "details": f.details,
            "filed_at": f.created_at.isoformat(),
            "closed_at": f.closed_at.isoformat() if f.closed_at else None,
            "outcome": f.outcome,
        }
        for f in Flag.objects.filter(reporter=user).order_by("created_at", "id")[:MAX_ROWS]
    ]


def register() -> None:
    register_export_section("flags", flags_section)
