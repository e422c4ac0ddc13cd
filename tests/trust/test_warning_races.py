"""One warning given twice at the same instant (two staff tabs, a double click) under real
concurrent requests on PostgreSQL: the person is warned once."""

from __future__ import annotations

import pytest

from directcontracts.trust import enforcement
from directcontracts.trust.models import AuditEntry
from tests.concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]
CALLERS = 6


def test_the_same_warning_given_at_the_same_instant_warns_the_person_once(
    funded, trust_safety_staff, freelancer
):
    case = funded[3]

    def warn():
        return enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments here.")

    outcomes = run_together([warn] * CALLERS, workers=CALLERS)

    assert [o for o in outcomes if isinstance(o, Exception)] == []
    assert freelancer.notices.filter(kind="trust.warning").count() == 1
    assert AuditEntry.objects.filter(action="warn").count() == 1
