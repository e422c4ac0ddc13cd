"""Rate limits slide: the attempts just before a window's edge still count just after it
(round I: fixed windows let a client use twice a limit across the edge)."""

from __future__ import annotations

import pytest

from directcontracts.core import ratelimit
from directcontracts.core.errors import RateLimited

pytestmark = pytest.mark.django_db

WINDOW = 60
LIMIT = 3


def _try(key: str = "k") -> bool:
    try:
        ratelimit.hit(key, limit=LIMIT, window_seconds=WINDOW, message="Slow down.")
    except RateLimited:
        return False
    return True


def test_a_burst_across_a_window_edge_gets_the_limit_not_twice(frozen_clock):
    frozen_clock.advance(seconds=WINDOW - 1)  # one second before the edge
    passed = sum(_try() for _ in range(LIMIT))
    frozen_clock.advance(seconds=2)  # one second after it
    passed += sum(_try() for _ in range(LIMIT))
    assert passed == LIMIT


def test_the_allowance_comes_back_as_the_previous_window_slides_out(frozen_clock):
    for _ in range(LIMIT):
        assert _try()
    frozen_clock.advance(seconds=WINDOW + WINDOW // 2)  # half of the old window still inside
    assert _try()  # 3 x 0.5 + 1 = 2.5
    assert not _try()  # 3 x 0.5 + 2 = 3.5


def test_a_refusal_says_when_the_next_attempt_will_pass(frozen_clock):
    frozen_clock.advance(seconds=WINDOW - 1)
    for _ in range(LIMIT):
        _try()
    frozen_clock.advance(seconds=2)
    with pytest.raises(RateLimited) as refused:
        ratelimit.hit("k", limit=LIMIT, window_seconds=WINDOW, message="Slow down.")
    wait = refused.value.retry_after
    frozen_clock.advance(seconds=wait - 1)
    with pytest.raises(RateLimited):
        ratelimit.check("k", limit=LIMIT, window_seconds=WINDOW, message="Slow down.")
    frozen_clock.advance(seconds=1)
    assert _try()


def test_sign_in_failures_across_a_window_edge_meet_the_limit_once(frozen_clock, settings):
    from directcontracts.accounts import services
    from directcontracts.core.errors import DomainError

    settings.SIGN_IN_LIMIT_PER_ADDRESS = 100
    window = settings.SIGN_IN_LIMIT_WINDOW_SECONDS
    limit = settings.SIGN_IN_LIMIT_PER_ACCOUNT
    frozen_clock.advance(seconds=window - 1)
    codes = []
    for step in range(2 * limit):
        if step == limit:
            frozen_clock.advance(seconds=2)
        try:
            services.check_credentials(
                email="nobody@example.com", password="wrong", ip_address="203.0.113.5"
            )
        except DomainError as error:
            codes.append(str(error.code))
    assert codes.count("invalid_credentials") == limit
    assert codes.count("rate_limited") == limit
