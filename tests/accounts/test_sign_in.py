from __future__ import annotations

import pyotp
import pytest

from directcontracts.accounts import services
from directcontracts.accounts.models import AccountEvent
from directcontracts.core.errors import DomainError
from tests.accounts.factories import DEFAULT_PASSWORD, FreelancerFactory, UserFactory

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.7"


def _sign_in(email: str, password: str = DEFAULT_PASSWORD, ip_address: str = ADDRESS):
    return services.check_credentials(email=email, password=password, ip_address=ip_address)


def _refusal(email: str, password: str = DEFAULT_PASSWORD, ip_address: str = ADDRESS):
    with pytest.raises(DomainError) as excinfo:
        _sign_in(email, password, ip_address)
    return excinfo.value


def test_sign_in_accepts_the_right_password(freelancer):
    result = _sign_in(freelancer.email)
    assert result.user == freelancer
    assert not result.needs_second_factor


def test_sign_in_ignores_the_case_of_the_email(freelancer):
    assert _sign_in(freelancer.email.upper()).user == freelancer


def test_sign_in_refuses_a_wrong_password_with_401(freelancer):
    error = _refusal(freelancer.email, "not-the-password-at-all")
    assert (error.code, error.status) == ("invalid_credentials", 401)


def test_sign_in_refuses_wrong_password_without_revealing_the_account(freelancer):
    wrong_password = _refusal(freelancer.email, "not-the-password-at-all")
    unknown_email = _refusal("nobody-here@example.com", "not-the-password-at-all")
    assert wrong_password.as_dict() == unknown_email.as_dict()
    assert wrong_password.status == unknown_email.status


def test_a_failed_sign_in_is_recorded_in_the_audit_trail(freelancer):
    _refusal(freelancer.email, "not-the-password-at-all")
    assert AccountEvent.objects.filter(user=freelancer, kind="sign_in_failed").count() == 1


def test_too_many_failures_lock_the_account_even_with_the_right_password(
    freelancer, settings, frozen_clock
):
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT):
        _refusal(freelancer.email, "not-the-password-at-all")
    error = _refusal(freelancer.email)
    assert (error.code, error.status) == ("rate_limited", 429)


def test_failures_from_many_addresses_still_count_against_the_account(
    freelancer, settings, frozen_clock
):
    for n in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT):
        _refusal(freelancer.email, "not-the-password-at-all", ip_address=f"198.51.100.{n}")
    assert _refusal(freelancer.email, ip_address="192.0.2.200").code == "rate_limited"


def test_unknown_emails_are_rate_limited_like_real_accounts(settings, frozen_clock):
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT):
        _refusal("nobody-here@example.com", "whatever-password")
    assert _refusal("nobody-here@example.com", "whatever-password").code == "rate_limited"


def test_the_account_lock_lifts_when_the_window_passes(freelancer, settings, frozen_clock):
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT):
        _refusal(freelancer.email, "not-the-password-at-all")
    frozen_clock.advance(seconds=2 * settings.SIGN_IN_LIMIT_WINDOW_SECONDS)  # sliding: two windows
    assert _sign_in(freelancer.email).user == freelancer


def test_a_successful_sign_in_clears_earlier_failures(freelancer, settings, frozen_clock):
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT - 1):
        _refusal(freelancer.email, "not-the-password-at-all")
    _sign_in(freelancer.email)
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT - 1):
        _refusal(freelancer.email, "not-the-password-at-all")
    assert _sign_in(freelancer.email).user == freelancer


def test_one_address_failing_across_many_accounts_is_limited(settings, frozen_clock):
    settings.SIGN_IN_LIMIT_PER_ADDRESS = 3
    victims = UserFactory.create_batch(4)
    for victim in victims[:3]:
        _refusal(victim.email, "not-the-password-at-all")
    error = _refusal(victims[3].email)
    assert (error.code, error.status) == ("rate_limited", 429)


def test_the_address_limit_does_not_block_other_addresses(settings, frozen_clock, freelancer):
    settings.SIGN_IN_LIMIT_PER_ADDRESS = 3
    for n in range(3):
        _refusal(f"nobody{n}@example.com", "whatever-password")
    assert _sign_in(freelancer.email, ip_address="192.0.2.1").user == freelancer


def test_sign_in_with_an_unverified_email_asks_to_verify_first():
    user = FreelancerFactory(email_verified_at=None)
    error = _refusal(user.email)
    assert (error.code, error.status) == ("email_not_verified", 403)


def test_an_unverified_email_with_a_wrong_password_gets_the_generic_refusal():
    user = FreelancerFactory(email_verified_at=None)
    assert _refusal(user.email, "not-the-password-at-all").code == "invalid_credentials"


def test_sign_in_refuses_an_inactive_user_with_the_generic_refusal():
    user = FreelancerFactory(is_active=False)
    error = _refusal(user.email)
    assert error.code == "invalid_credentials"


def test_sign_in_asks_for_a_second_factor_when_totp_is_on(freelancer, frozen_clock):
    device = services.begin_totp_setup(user=freelancer)
    services.confirm_totp(user=freelancer, code=pyotp.TOTP(device.secret).at(frozen_clock.now()))
    assert _sign_in(freelancer.email).needs_second_factor


# --- Where sign-in goes next: only a path on this site ----------------------------------------

FOREIGN_NEXT = [
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "/\\/evil.example/",
    "https:evil.example",
    "https://evil.example/",
    "/\t/evil.example/",
    " //evil.example/",
    "javascript:alert(1)",
]


@pytest.mark.parametrize("next_url", FOREIGN_NEXT)
def test_sign_in_never_sends_anyone_to_another_site(client, freelancer, next_url):
    from urllib.parse import urlencode

    response = client.post(
        "/accounts/sign-in/?" + urlencode({"next": next_url}),
        {"email": freelancer.email, "password": DEFAULT_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == "/"


@pytest.mark.parametrize("next_url", FOREIGN_NEXT)
def test_the_two_factor_step_never_passes_another_site_on(client, freelancer, next_url):
    from urllib.parse import urlencode

    from tests.accounts.helpers import current_code, give_totp

    give_totp(freelancer)
    query = "?" + urlencode({"next": next_url})
    first = client.post(
        "/accounts/sign-in/" + query, {"email": freelancer.email, "password": DEFAULT_PASSWORD}
    )
    assert first["Location"] == "/accounts/sign-in/code/"
    response = client.post("/accounts/sign-in/code/" + query, {"code": current_code(freelancer)})
    assert response["Location"] == "/"


def test_sign_in_goes_on_to_a_path_on_this_site(client, freelancer):
    response = client.post(
        "/accounts/sign-in/?next=/contracts/%3Fpage%3D2",
        {"email": freelancer.email, "password": DEFAULT_PASSWORD},
    )
    assert response["Location"] == "/contracts/?page=2"
