"""The hourly draft limit (hostile round G) under real concurrent connections (PostgreSQL):
drafts saved at one instant are counted before any is screened, so a burst saves and
screens no more than DRAFT_SAVES_PER_HOUR."""

from __future__ import annotations

from collections import Counter

import pytest

from directcontracts.contracts.models import Contract
from tests.concurrency import run_together
from tests.contracts.factories import draft_contract

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]


def test_drafts_saved_at_one_instant_stop_at_the_hourly_limit(freelancer, settings):
    settings.DRAFT_SAVES_PER_HOUR = 3
    outcomes = run_together(
        [lambda n=n: draft_contract(freelancer, title=f"Website {n}") for n in range(10)],
        workers=10,
    )
    codes = Counter(getattr(o, "code", type(o).__name__) for o in outcomes)
    assert codes == {"Contract": 3, "rate_limited": 7}
    assert Contract.objects.filter(freelancer=freelancer).count() == 3
