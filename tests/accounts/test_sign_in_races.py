"""Sign-in limits under real concurrent connections (PostgreSQL): every attempt is counted
before the password is tried, so a burst cannot try more passwords than the limit."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from directcontracts.accounts import services
from directcontracts.accounts.models import AccountEvent
from directcontracts.core import ratelimit
from tests.accounts.factories import FreelancerFactory
from tests.concurrency import run_together

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

WRONG = "not-the-password-at-all"


def _codes(outcomes: list[Any]) -> Counter[str]:
    return Counter(getattr(o, "code", repr(o)) for o in outcomes)


def test_forty_concurrent_wrong_passwords_try_only_the_limit(settings):
    user = FreelancerFactory(email="race@example.com")
    attempts = [
        lambda n=n: services.check_credentials(
            email=user.email, password=WRONG, ip_address=f"198.51.100.{n}"
        )
        for n in range(40)
    ]
    codes = _codes(run_together(attempts))
    limit = settings.SIGN_IN_LIMIT_PER_ACCOUNT
    assert codes == {"invalid_credentials": limit, "rate_limited": 40 - limit}
    assert AccountEvent.objects.filter(user=user, kind="sign_in_failed").count() == limit


def test_concurrent_wrong_passwords_from_one_address_try_only_the_address_limit(settings):
    settings.SIGN_IN_LIMIT_PER_ADDRESS = 6
    for n in range(40):
        FreelancerFactory(email=f"user{n}@example.com")
    attempts = [
        lambda n=n: services.check_credentials(
            email=f"user{n}@example.com", password=WRONG, ip_address="203.0.113.9"
        )
        for n in range(40)
    ]
    codes = _codes(run_together(attempts))
    assert codes == {"invalid_credentials": 6, "rate_limited": 34}


def test_concurrent_wrong_second_factor_codes_try_only_the_limit(settings):
    user = FreelancerFactory(email="totp-race@example.com")
    services.begin_totp_setup(user=user)
    import pyotp

    services.confirm_totp(user=user, code=pyotp.TOTP(user.totp_device.secret).now())
    attempts = [lambda: services.verify_second_factor(user=user, code="000000") for _ in range(40)]
    codes = _codes(run_together(attempts))
    limit = settings.SIGN_IN_LIMIT_PER_ACCOUNT
    assert codes == {"totp_invalid": limit, "rate_limited": 40 - limit}


def test_concurrent_hits_on_one_key_count_each_exactly_once():
    outcomes = run_together(
        [
            lambda: ratelimit.hit("burst", limit=1000, window_seconds=3600, message="x")
            for _ in range(40)
        ]
    )
    assert sorted(outcomes) == list(range(1, 41))
    assert ratelimit.count("burst", window_seconds=3600) == 40
