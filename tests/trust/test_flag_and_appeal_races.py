"""Flags and appeals under real concurrent connections (PostgreSQL): the hourly flag limit,
one open flag per person and item, and one appeal per case hold when every request arrives
at one instant (a double click, a script)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from directcontracts.accounts.models import User
from directcontracts.trust import appeals, enforcement, flags
from directcontracts.trust.models import Appeal, Case, CaseSignal, Flag
from tests.concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]

WORKERS = 10


def _codes(outcomes: list[Any]) -> Counter[str]:
    return Counter(getattr(o, "code", type(o).__name__) for o in outcomes)


def _flag_domain(reporter, host: str) -> Any:
    return flags.flag(
        reporter=reporter,
        kind="domain",
        target_id=host,
        reason="scam_fraud",
        details="It asked for my card.",
        address="198.51.100.7",
    )


def test_flags_sent_at_one_instant_stop_at_the_hourly_limit(client_user, settings):
    settings.FLAGS_PER_HOUR = 3
    outcomes = run_together(
        [lambda n=n: _flag_domain(client_user, f"pay-look-alike-{n}.test") for n in range(20)]
    )
    assert _codes(outcomes) == {"Flag": 3, "rate_limited": 17}
    assert Flag.objects.filter(reporter=client_user).count() == 3


def test_one_item_flagged_many_times_at_once_is_one_flag_and_one_queue_item(client_user):
    host = "pay-directcontracts-lookalike.test"
    outcomes = run_together([lambda: _flag_domain(client_user, host)] * WORKERS, workers=WORKERS)
    assert _codes(outcomes) == {"Flag": 1, "flag_already_open": WORKERS - 1}
    assert Flag.objects.filter(reporter=client_user, target_id=host).count() == 1
    assert Case.objects.filter(target_kind="domain", target_id=host).count() == 1
    assert CaseSignal.objects.filter(source="flag").count() == 1


def test_one_case_appealed_many_times_at_once_is_one_appeal(funded, trust_safety_staff):
    case = funded[3]
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud report checked.")
    person = User.objects.get(pk=case.subject_user_id)
    outcomes = run_together(
        [
            lambda: appeals.appeal(reference=case.reference, by=person, statement="Not me.")
            for _ in range(WORKERS)
        ],
        workers=WORKERS,
    )
    assert _codes(outcomes) == {"Appeal": 1, "appeal_not_allowed": WORKERS - 1}
    assert Appeal.objects.filter(case=case).count() == 1
