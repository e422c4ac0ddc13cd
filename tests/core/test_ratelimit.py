from __future__ import annotations

import pytest

from directcontracts.core import ratelimit
from directcontracts.core.errors import RateLimited
from directcontracts.core.models import RateLimitCounter

pytestmark = pytest.mark.django_db

WINDOW = 60


def _hit(key: str = "k", limit: int = 3) -> None:
    ratelimit.hit(key, limit=limit, window_seconds=WINDOW, message="Slow down.")


def test_attempts_within_the_limit_are_allowed(frozen_clock):
    for _ in range(3):
        _hit()
    assert ratelimit.count("k", window_seconds=WINDOW) == 3


def test_an_attempt_over_the_limit_is_refused_with_429(frozen_clock):
    for _ in range(3):
        _hit()
    with pytest.raises(RateLimited) as excinfo:
        _hit()
    assert excinfo.value.status == 429
    assert excinfo.value.code == "rate_limited"
    assert excinfo.value.message.startswith("Slow down. Try again in ")


def test_a_refusal_says_how_long_to_wait(frozen_clock):
    for _ in range(3):
        _hit()
    with pytest.raises(RateLimited) as excinfo:
        _hit()
    # Sliding: the refused attempt counts too, so the wait can reach into the next window.
    assert 1 <= excinfo.value.retry_after <= 2 * WINDOW
    minutes = -(-excinfo.value.retry_after // 60)
    assert excinfo.value.message.endswith(f"Try again in {minutes} minute{'s' * (minutes != 1)}.")


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (1, "1 second"),
        (59, "59 seconds"),
        (60, "1 minute"),
        (61, "2 minutes"),
        (3600, "60 minutes"),
        (5400, "90 minutes"),
        (5401, "2 hours"),
        (86400, "24 hours"),
    ],
)
def test_the_wait_is_said_in_the_largest_unit_that_stays_precise(seconds, words):
    from directcontracts.core.errors import wait_in_words

    assert wait_in_words(seconds) == words


def test_the_limit_is_whole_again_once_two_windows_have_passed(frozen_clock):
    for _ in range(3):
        _hit()
    frozen_clock.advance(seconds=2 * WINDOW)
    for _ in range(3):
        _hit()
    assert ratelimit.count("k", window_seconds=WINDOW) == 3


def test_keys_are_counted_separately(frozen_clock):
    for _ in range(3):
        _hit("a")
    _hit("b")
    assert ratelimit.count("b", window_seconds=WINDOW) == 1


def test_clear_forgets_a_key(frozen_clock):
    for _ in range(3):
        _hit()
    ratelimit.clear("k")
    _hit()


def test_keys_are_stored_as_digests_not_personal_data(frozen_clock):
    _hit("sign-in:account:ana@example.com")
    assert not RateLimitCounter.objects.filter(key__contains="ana").exists()


def test_prune_deletes_old_windows_only(frozen_clock):
    _hit("old")
    frozen_clock.advance(days=3)
    _hit("new")
    assert ratelimit.prune() == 1
    assert ratelimit.count("new", window_seconds=WINDOW) == 1


def test_a_hit_counts_and_decides_in_one_statement(frozen_clock):
    """One INSERT ... ON CONFLICT ... RETURNING: no gap between checking and counting."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    _hit()
    with CaptureQueriesContext(connection) as queries:
        _hit()
    assert len(queries) == 1
    assert "ON CONFLICT" in queries[0]["sql"]


def test_a_refused_hit_is_still_counted(frozen_clock):
    for _ in range(3):
        _hit()
    for _ in range(2):
        with pytest.raises(RateLimited):
            _hit()
    assert ratelimit.count("k", window_seconds=WINDOW) == 5


def test_release_gives_back_one_attempt(frozen_clock):
    for _ in range(3):
        _hit()
    ratelimit.release("k", window_seconds=WINDOW)
    _hit()
    assert ratelimit.count("k", window_seconds=WINDOW) == 3


def test_release_never_goes_below_zero(frozen_clock):
    ratelimit.release("never-hit", window_seconds=WINDOW)
    _hit("k")
    ratelimit.release("k", window_seconds=WINDOW)
    ratelimit.release("k", window_seconds=WINDOW)
    assert ratelimit.count("k", window_seconds=WINDOW) == 0
