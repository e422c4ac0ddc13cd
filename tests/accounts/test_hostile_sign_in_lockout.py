"""Hostile review, 7 December 2026 (round F): a stranger keeping someone out of their account.

Sign-in failures count per account from any address (so many addresses cannot share the
guessing of one password), and over the limit even the right password is refused. Anyone
who knew an address could therefore keep its owner out for good: five wrong passwords every
fifteen minutes. Now a browser that completed a sign-in to the account holds a signed cookie
(`accounts.known_devices`), and its attempts count against that browser, not the account.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from directcontracts.accounts import known_devices, services
from directcontracts.core.errors import DomainError
from tests.accounts.factories import DEFAULT_PASSWORD, FreelancerFactory

pytestmark = pytest.mark.django_db

STRANGER = "198.51.100.66"


def _stranger_fails(email: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(DomainError):
            services.check_credentials(
                email=email, password="a-wrong-guess-123", ip_address=STRANGER
            )


def _sign_in(browser: Client, email: str, password: str = DEFAULT_PASSWORD):
    return browser.post(reverse("accounts:sign_in"), {"email": email, "password": password})


def _known_browser(email: str) -> Client:
    """A browser that signed in to the account once, then signed out."""
    browser = Client()
    assert _sign_in(browser, email).status_code == 302
    browser.post(reverse("accounts:sign_out"))
    return browser


def test_a_complete_sign_in_leaves_a_known_device_cookie(freelancer):
    browser = Client()
    _sign_in(browser, freelancer.email)
    cookie = browser.cookies[known_devices.COOKIE]
    assert cookie["httponly"]
    assert known_devices.device_of(cookie.value, freelancer) is not None


def test_a_strangers_failures_do_not_lock_the_owner_out_of_a_browser_they_signed_in_from(
    freelancer, settings, frozen_clock
):
    browser = _known_browser(freelancer.email)
    _stranger_fails(freelancer.email, settings.SIGN_IN_LIMIT_PER_ACCOUNT + 2)
    assert _sign_in(browser, freelancer.email).status_code == 302


def test_a_browser_without_the_cookie_is_still_refused_after_the_failures(
    freelancer, settings, frozen_clock
):
    _stranger_fails(freelancer.email, settings.SIGN_IN_LIMIT_PER_ACCOUNT)
    assert _sign_in(Client(), freelancer.email).status_code == 429


def test_wrong_passwords_from_a_known_browser_are_limited_too(freelancer, settings, frozen_clock):
    browser = _known_browser(freelancer.email)
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT):
        assert _sign_in(browser, freelancer.email, "a-wrong-guess-123").status_code == 401
    assert _sign_in(browser, freelancer.email).status_code == 429


def test_a_cookie_of_another_account_counts_against_the_account_as_before(
    freelancer, settings, frozen_clock
):
    stranger = FreelancerFactory(email="sam.stranger@example.com")
    browser = _known_browser(stranger.email)
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT):
        _sign_in(browser, freelancer.email, "a-wrong-guess-123")
    assert _sign_in(Client(), freelancer.email).status_code == 429


def test_an_altered_cookie_counts_as_no_cookie(freelancer, settings, frozen_clock):
    browser = _known_browser(freelancer.email)
    value = browser.cookies[known_devices.COOKIE].value
    browser.cookies[known_devices.COOKIE] = value[:-2] + ("AA" if value[-2:] != "AA" else "BB")
    _stranger_fails(freelancer.email, settings.SIGN_IN_LIMIT_PER_ACCOUNT)
    assert _sign_in(browser, freelancer.email).status_code == 429


def test_the_owners_sign_in_does_not_give_the_stranger_new_guesses(
    freelancer, settings, frozen_clock
):
    browser = _known_browser(freelancer.email)
    _stranger_fails(freelancer.email, settings.SIGN_IN_LIMIT_PER_ACCOUNT)
    _sign_in(browser, freelancer.email)
    with pytest.raises(DomainError) as refused:
        services.check_credentials(
            email=freelancer.email, password=DEFAULT_PASSWORD, ip_address=STRANGER
        )
    assert refused.value.code == "rate_limited"
