"""Per-address limits count an IPv6 client's whole /64 as one address: any home or cloud host
may use every address of its /64, so a limit per single IPv6 address is no limit at all."""

from __future__ import annotations

import pytest

from directcontracts.accounts import services
from directcontracts.core import ratelimit
from directcontracts.core.errors import DomainError, RateLimited
from directcontracts.support import tickets
from tests.support.helpers import request_input


def _in_one_network(n: int) -> str:
    """The n-th address of the documentation network 2001:db8:1:2::/64."""
    return f"2001:db8:1:2:{n:x}:{n:x}:{n:x}:{n + 1:x}"


@pytest.mark.parametrize(
    ("address", "counted_as"),
    [
        ("203.0.113.5", "203.0.113.5"),
        ("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"),
        ("2001:DB8:1:2::1", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.5", "203.0.113.5"),
        ("", "unknown"),
        (None, "unknown"),
        ("not an address", "unknown"),
    ],
)
def test_an_address_is_counted_by_its_network(address, counted_as):
    assert ratelimit.address_key(address) == counted_as


def test_another_ipv6_network_is_another_address():
    assert ratelimit.address_key("2001:db8:1:3::1") != ratelimit.address_key("2001:db8:1:2::1")


def test_sign_in_failures_from_one_ipv6_network_share_the_address_limit(db, settings):
    settings.SIGN_IN_LIMIT_PER_ADDRESS = 3
    for n in range(3):
        with pytest.raises(DomainError):
            services.check_credentials(
                email=f"nobody{n}@example.com", password="guess", ip_address=_in_one_network(n)
            )
    with pytest.raises(DomainError) as refused:
        services.check_credentials(
            email="nobody9@example.com", password="guess", ip_address=_in_one_network(9)
        )
    assert refused.value.code == "rate_limited"


def test_payment_request_checks_from_one_ipv6_network_share_the_address_limit(db, client, settings):
    settings.VERIFY_CHECKS_PER_HOUR = 2
    answers = [
        client.post(
            "/api/v1/verify",
            {"text": "DC-7K3Q-9XWM-P2HD-4R"},
            content_type="application/json",
            REMOTE_ADDR=_in_one_network(n),
        ).status_code
        for n in range(3)
    ]
    assert answers[2] == 429


def test_visitor_requests_for_help_from_one_ipv6_network_share_the_address_limit(db, settings):
    settings.SUPPORT_REQUEST_LIMIT_PER_ADDRESS = 2
    for n in range(2):
        tickets.open_request(
            user=None, data=request_input(email=f"v{n}@example.org"), address=_in_one_network(n)
        )
    with pytest.raises(RateLimited):
        tickets.open_request(
            user=None, data=request_input(email="v9@example.org"), address=_in_one_network(9)
        )
