"""A demo circumvention review for the Trust & Safety queue: an invited client who looks a
lot like the demo marketplace client (same name and company, another mailbox)."""

from __future__ import annotations

from collections.abc import Callable

from directcontracts.accounts.models import User
from directcontracts.circumvention.models import Checkpoint, CircumventionCheck
from directcontracts.circumvention.services import raise_review
from directcontracts.core import clock

SUBJECT = "demo:review"


def load_review_case(write: Callable[[str], None]) -> None:
    marketplace = User.objects.get_by_email("marketplace.client@demo.test")
    if marketplace is None or CircumventionCheck.objects.filter(subject=SUBJECT).exists():
        return
    check = CircumventionCheck.objects.create(
        subject=SUBJECT,
        checkpoint=Checkpoint.INVITATION_ACCEPTED,
        decision=CircumventionCheck.Decision.REVIEW,
        score=6.2,
        candidate={
            "email": "mia.m@northwind-bakery.example",
            "name": "Mia Marketplace",
            "company": "Northwind Bakery",
            "country": "GB",
        },
        matched={
            "email": marketplace.email,
            "name": marketplace.full_name,
            "company": "Northwind Bakery Ltd",
            "country": "GB",
        },
        signals=[
            {"field": "name", "level": "exact", "weight": 3.1},
            {"field": "company", "level": "legal suffix dropped", "weight": 2.4},
            {"field": "country", "level": "exact", "weight": 0.7},
        ],
        review_state=CircumventionCheck.ReviewState.HELD,
        created_at=clock.now(),
    )
    raise_review(check)
    write("  a circumvention review waits in the Trust & Safety queue")
