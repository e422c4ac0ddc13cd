"""The anonymous verifier's limit per address under real concurrent connections
(PostgreSQL): checks arriving at one instant from one address stop at the hourly limit."""

from __future__ import annotations

from collections import Counter

import pytest
from django.test import RequestFactory

from directcontracts.verification.views import count_check
from tests.concurrency import run_together

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_checks_from_one_address_at_one_instant_stop_at_the_hourly_limit(settings):
    settings.VERIFY_CHECKS_PER_HOUR = 3
    request = RequestFactory().post("/verify/", REMOTE_ADDR="203.0.113.40")
    outcomes = run_together([lambda: count_check(request)] * 20)
    codes = Counter(getattr(o, "code", repr(o)) for o in outcomes)
    assert codes == {"None": 3, "rate_limited": 17}
