from __future__ import annotations

import pyotp
import pytest

from directcontracts.accounts import services
from directcontracts.accounts.models import RecoveryCode, TotpDevice
from directcontracts.core.errors import DomainError

pytestmark = pytest.mark.django_db


def _code(user, clock) -> str:
    return pyotp.TOTP(TotpDevice.objects.get(user=user).secret).at(clock.now())


@pytest.fixture
def recovery_codes(freelancer, frozen_clock) -> list[str]:
    """Two-factor sign-in turned on for the freelancer; the clock then moves to a fresh step."""
    services.begin_totp_setup(user=freelancer)
    codes = services.confirm_totp(user=freelancer, code=_code(freelancer, frozen_clock))
    frozen_clock.advance(seconds=30)
    return codes


def test_setup_starts_an_unconfirmed_device(freelancer):
    device = services.begin_totp_setup(user=freelancer)
    assert not device.confirmed
    assert not services.has_totp(freelancer)


def test_setup_gives_a_provisioning_uri_for_authenticator_apps(freelancer):
    device = services.begin_totp_setup(user=freelancer)
    uri = services.totp_uri(device)
    assert uri.startswith("otpauth://totp/")
    assert f"secret={device.secret}" in uri


def test_confirming_with_a_current_code_turns_two_factor_on(freelancer, frozen_clock):
    services.begin_totp_setup(user=freelancer)
    services.confirm_totp(user=freelancer, code=_code(freelancer, frozen_clock))
    assert services.has_totp(freelancer)


def test_confirming_returns_ten_single_use_recovery_codes(freelancer, recovery_codes):
    assert len(set(recovery_codes)) == 10
    assert RecoveryCode.objects.filter(user=freelancer, used_at__isnull=True).count() == 10


def test_recovery_codes_are_stored_only_as_digests(freelancer, recovery_codes):
    stored = set(RecoveryCode.objects.filter(user=freelancer).values_list("digest", flat=True))
    assert not stored & set(recovery_codes)


def test_confirming_with_a_wrong_code_leaves_two_factor_off(freelancer, frozen_clock):
    services.begin_totp_setup(user=freelancer)
    with pytest.raises(DomainError) as excinfo:
        services.confirm_totp(user=freelancer, code="000000")
    assert excinfo.value.code == "totp_invalid"
    assert not services.has_totp(freelancer)


def test_setup_is_refused_when_two_factor_is_already_on(freelancer, recovery_codes):
    with pytest.raises(DomainError) as excinfo:
        services.begin_totp_setup(user=freelancer)
    assert (excinfo.value.code, excinfo.value.status) == ("totp_already_enabled", 409)


def test_the_second_factor_accepts_the_current_code(freelancer, recovery_codes, frozen_clock):
    services.verify_second_factor(user=freelancer, code=_code(freelancer, frozen_clock))


def test_the_second_factor_accepts_a_code_from_the_previous_step(
    freelancer, recovery_codes, frozen_clock
):
    code = _code(freelancer, frozen_clock)
    frozen_clock.advance(seconds=30)
    services.verify_second_factor(user=freelancer, code=code)


def test_the_second_factor_refuses_a_stale_code(freelancer, recovery_codes, frozen_clock):
    code = _code(freelancer, frozen_clock)
    frozen_clock.advance(minutes=5)
    with pytest.raises(DomainError) as excinfo:
        services.verify_second_factor(user=freelancer, code=code)
    assert excinfo.value.code == "totp_invalid"


def test_a_code_cannot_be_used_twice(freelancer, recovery_codes, frozen_clock):
    code = _code(freelancer, frozen_clock)
    services.verify_second_factor(user=freelancer, code=code)
    with pytest.raises(DomainError) as excinfo:
        services.verify_second_factor(user=freelancer, code=code)
    assert excinfo.value.code == "totp_invalid"


def test_the_code_that_confirmed_setup_cannot_sign_in(freelancer, frozen_clock):
    services.begin_totp_setup(user=freelancer)
    code = _code(freelancer, frozen_clock)
    services.confirm_totp(user=freelancer, code=code)
    with pytest.raises(DomainError):
        services.verify_second_factor(user=freelancer, code=code)


def test_a_recovery_code_works_once(freelancer, recovery_codes):
    services.verify_second_factor(user=freelancer, code=recovery_codes[0])
    with pytest.raises(DomainError) as excinfo:
        services.verify_second_factor(user=freelancer, code=recovery_codes[0])
    assert excinfo.value.code == "totp_invalid"


def test_a_recovery_code_is_accepted_in_capitals_with_spaces(freelancer, recovery_codes):
    services.verify_second_factor(user=freelancer, code=f"  {recovery_codes[1].upper()} ")


def test_another_persons_recovery_code_is_refused(freelancer, stranger_freelancer, frozen_clock):
    services.begin_totp_setup(user=stranger_freelancer)
    theirs = services.confirm_totp(
        user=stranger_freelancer, code=_code(stranger_freelancer, frozen_clock)
    )
    services.begin_totp_setup(user=freelancer)
    services.confirm_totp(user=freelancer, code=_code(freelancer, frozen_clock))
    with pytest.raises(DomainError):
        services.verify_second_factor(user=freelancer, code=theirs[0])


def test_too_many_wrong_codes_are_rate_limited(freelancer, recovery_codes, settings):
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT):
        with pytest.raises(DomainError):
            services.verify_second_factor(user=freelancer, code="000000")
    with pytest.raises(DomainError) as excinfo:
        services.verify_second_factor(user=freelancer, code="000000")
    assert excinfo.value.code == "rate_limited"


def test_right_codes_never_count_towards_the_wrong_code_limit(
    freelancer, recovery_codes, settings, frozen_clock
):
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT + 1):
        services.verify_second_factor(user=freelancer, code=_code(freelancer, frozen_clock))
        frozen_clock.advance(seconds=30)


def test_disabling_two_factor_needs_a_valid_code(freelancer, recovery_codes):
    with pytest.raises(DomainError) as excinfo:
        services.disable_totp(user=freelancer, code="000000")
    assert excinfo.value.code == "totp_invalid"
    assert services.has_totp(freelancer)


def test_disabling_two_factor_with_a_current_code_turns_it_off(
    freelancer, recovery_codes, frozen_clock
):
    services.disable_totp(user=freelancer, code=_code(freelancer, frozen_clock))
    assert not services.has_totp(freelancer)
    assert not RecoveryCode.objects.filter(user=freelancer).exists()


def test_disabling_two_factor_when_it_is_off_is_refused(freelancer):
    with pytest.raises(DomainError) as excinfo:
        services.disable_totp(user=freelancer, code="123456")
    assert excinfo.value.code == "totp_not_enabled"


def test_wrong_codes_while_disabling_count_towards_the_limit(freelancer, recovery_codes, settings):
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT):
        with pytest.raises(DomainError):
            services.disable_totp(user=freelancer, code="000000")
    with pytest.raises(DomainError) as excinfo:
        services.disable_totp(user=freelancer, code=recovery_codes[0])
    assert excinfo.value.code == "rate_limited"
    assert services.has_totp(freelancer)


# --- The set-up pages: GET shows, POST changes ----------------------------------------


def test_opening_the_set_up_page_creates_no_secret(client, freelancer):
    from django.urls import reverse

    client.force_login(freelancer)
    assert client.get(reverse("accounts:totp_setup")).status_code == 200
    assert not TotpDevice.objects.filter(user=freelancer).exists()


def test_opening_the_set_up_page_again_keeps_the_secret(client, freelancer):
    """A GET used to make a new secret each time (a state change on GET)."""
    from django.urls import reverse

    client.force_login(freelancer)
    client.post(reverse("accounts:totp_start"))
    secret = TotpDevice.objects.get(user=freelancer).secret
    page = client.get(reverse("accounts:totp_setup"))
    client.get(reverse("accounts:totp_setup"))
    assert TotpDevice.objects.get(user=freelancer).secret == secret
    assert secret in page.content.decode()


def test_the_set_up_asks_for_the_apps_code_and_offers_no_recovery_code_there_are_none_yet(
    client, freelancer
):
    from django.urls import reverse

    client.force_login(freelancer)
    client.post(reverse("accounts:totp_start"))
    page = client.get(reverse("accounts:totp_setup")).content.decode()
    assert "6-digit code from your authenticator app" in page
    assert "recovery code" not in page.split("<form", 1)[1].lower()


def test_starting_the_set_up_refuses_get(client, freelancer):
    from django.urls import reverse

    client.force_login(freelancer)
    assert client.get(reverse("accounts:totp_start")).status_code == 405


def test_confirming_on_the_page_shows_the_recovery_codes(client, freelancer, frozen_clock):
    from django.urls import reverse

    client.force_login(freelancer)
    client.post(reverse("accounts:totp_start"))
    response = client.post(
        reverse("accounts:totp_setup"), {"code": _code(freelancer, frozen_clock)}
    )
    assert response.status_code == 200
    assert services.has_totp(freelancer)
    assert "recovery" in response.content.decode().lower()


# --- Recovery codes are hashed like passwords -------------------------------------------


def test_recovery_codes_are_hashed_with_a_salted_slow_hasher(freelancer, recovery_codes):
    """They were unsalted SHA-256: one table lookup away from the codes."""
    import hashlib

    stored = list(RecoveryCode.objects.filter(user=freelancer).values_list("digest", flat=True))
    assert all(digest.startswith("argon2") for digest in stored)
    assert len(set(stored)) == len(stored)
    plain = {hashlib.sha256(code.encode()).hexdigest() for code in recovery_codes}
    assert not plain & set(stored)


def test_a_recovery_code_stored_the_old_way_and_migrated_still_works(freelancer, frozen_clock):
    import hashlib
    from importlib import import_module

    from django.apps import apps

    services.begin_totp_setup(user=freelancer)
    services.confirm_totp(user=freelancer, code=_code(freelancer, frozen_clock))
    RecoveryCode.objects.filter(user=freelancer).delete()
    legacy = RecoveryCode.objects.create(
        user=freelancer, digest=hashlib.sha256(b"abc123-def456").hexdigest()
    )
    migration = import_module("directcontracts.accounts.migrations.0005_hash_recovery_codes")
    migration.rehash_legacy_codes(apps, None)
    legacy.refresh_from_db()
    assert legacy.digest.startswith("argon2")
    services.verify_second_factor(user=freelancer, code="ABC123-DEF456")
    legacy.refresh_from_db()
    assert legacy.used_at is not None


@pytest.mark.parametrize(
    ("posted", "reason"),
    [
        ({}, "Enter a current code or a recovery code to turn off two-factor sign-in."),
        ({"code": "1" * 21}, "Code: Ensure this value has at most 20 characters"),
        ({"code": "12\x0034"}, "Code: Remove the control character"),
    ],
    ids=["no-code", "too-long", "control-character"],
)
def test_turning_two_factor_off_with_a_malformed_code_says_why_and_keeps_it_on(
    client, freelancer, recovery_codes, posted, reason
):
    from django.urls import reverse

    client.force_login(freelancer)
    response = client.post(reverse("accounts:totp_disable"), posted)
    assert response.status_code == 400
    assert 'data-error-code="validation_error"' in response.content.decode()
    assert reason in response.content.decode()
    assert services.has_totp(freelancer)
