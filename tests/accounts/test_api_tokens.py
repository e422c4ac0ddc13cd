from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.core import mail

from directcontracts.accounts import services
from directcontracts.accounts.models import ApiToken
from directcontracts.core.errors import DomainError

pytestmark = pytest.mark.django_db


def test_a_new_token_authenticates_its_owner(freelancer):
    _, secret = services.create_api_token(user=freelancer, name="CI")
    assert services.authenticate_api_token(secret) == freelancer


def test_a_token_secret_carries_the_recognisable_prefix(freelancer, settings):
    token, secret = services.create_api_token(user=freelancer, name="CI")
    assert secret.startswith(settings.API_TOKEN_PREFIX)
    assert secret.startswith(token.prefix)


def test_only_the_sha256_digest_of_a_token_is_stored(freelancer):
    token, secret = services.create_api_token(user=freelancer, name="CI")
    token.refresh_from_db()
    assert token.digest == hashlib.sha256(secret.encode()).hexdigest()
    stored = [str(v) for v in ApiToken.objects.values_list().get(pk=token.pk)]
    assert secret not in stored


def test_using_a_token_records_when_it_was_last_used(freelancer, frozen_clock):
    token, secret = services.create_api_token(user=freelancer, name="CI")
    services.authenticate_api_token(secret)
    token.refresh_from_db()
    assert token.last_used_at == frozen_clock.now()


def test_last_use_is_kept_to_the_minute_without_a_write_per_request(
    freelancer, frozen_clock, django_assert_num_queries
):
    token, secret = services.create_api_token(user=freelancer, name="CI")
    services.authenticate_api_token(secret)
    frozen_clock.advance(seconds=30)

    with django_assert_num_queries(1):  # the lookup only
        services.authenticate_api_token(secret)

    frozen_clock.advance(seconds=31)
    services.authenticate_api_token(secret)
    token.refresh_from_db()
    assert token.last_used_at == frozen_clock.now()


def test_a_revoked_token_no_longer_authenticates(freelancer):
    token, secret = services.create_api_token(user=freelancer, name="CI")
    services.revoke_api_token(user=freelancer, token_id=token.pk)
    assert services.authenticate_api_token(secret) is None


def test_a_token_of_a_deactivated_person_no_longer_authenticates(freelancer):
    _, secret = services.create_api_token(user=freelancer, name="CI")
    freelancer.is_active = False
    freelancer.save(update_fields=["is_active"])
    assert services.authenticate_api_token(secret) is None


@pytest.mark.parametrize("secret", ["", "dc_", "dc_not-a-real-token", "xx_abc", "dc_" + "a" * 300])
def test_unknown_or_malformed_secrets_do_not_authenticate(freelancer, secret):
    services.create_api_token(user=freelancer, name="CI")
    assert services.authenticate_api_token(secret) is None


def test_revoking_another_persons_token_is_not_found(freelancer, stranger_freelancer):
    theirs, secret = services.create_api_token(user=stranger_freelancer, name="theirs")
    with pytest.raises(DomainError) as excinfo:
        services.revoke_api_token(user=freelancer, token_id=theirs.pk)
    assert (excinfo.value.code, excinfo.value.status) == ("token_not_found", 404)
    assert services.authenticate_api_token(secret) == stranger_freelancer


def test_revoking_a_token_twice_is_not_found(freelancer):
    token, _ = services.create_api_token(user=freelancer, name="CI")
    services.revoke_api_token(user=freelancer, token_id=token.pk)
    with pytest.raises(DomainError) as excinfo:
        services.revoke_api_token(user=freelancer, token_id=token.pk)
    assert excinfo.value.code == "token_not_found"


def test_a_blank_token_name_gets_a_default(freelancer):
    token, _ = services.create_api_token(user=freelancer, name="   ")
    assert token.name == "API token"


# --- Expiry, and revocation when the password changes -----------------------------------


def test_a_token_can_be_made_to_expire(freelancer, frozen_clock):
    token, secret = services.create_api_token(user=freelancer, name="CI", expires_in_days=30)
    assert token.expires_at == frozen_clock.now() + timedelta(days=30)
    frozen_clock.advance(days=29)
    assert services.authenticate_api_token(secret) == freelancer
    frozen_clock.advance(days=1)
    assert services.authenticate_api_token(secret) is None


def test_a_token_without_an_expiry_keeps_working(freelancer, frozen_clock):
    _, secret = services.create_api_token(user=freelancer, name="CI")
    frozen_clock.advance(days=3650)
    assert services.authenticate_api_token(secret) == freelancer


@pytest.mark.parametrize("days", [0, -1, 3651])
def test_an_expiry_out_of_range_is_refused(freelancer, days):
    with pytest.raises(DomainError) as excinfo:
        services.create_api_token(user=freelancer, name="CI", expires_in_days=days)
    assert excinfo.value.code == "invalid_token_expiry"


def test_changing_the_password_revokes_every_api_token_and_says_so(
    freelancer, django_capture_on_commit_callbacks
):
    """Tokens used to survive a password change (a stolen one kept working)."""
    secrets_ = [services.create_api_token(user=freelancer, name=f"t{n}")[1] for n in range(2)]
    with django_capture_on_commit_callbacks(execute=True):
        revoked = services.change_password(
            user=freelancer,
            current_password="a-long-and-unusual-passphrase-42",
            new_password="an-entirely-new-passphrase-77",
        )
    assert revoked == 2
    assert all(services.authenticate_api_token(s) is None for s in secrets_)
    assert "2 API tokens" in mail.outbox[-1].body


def test_a_password_reset_revokes_every_api_token(freelancer, django_capture_on_commit_callbacks):
    from django.urls import reverse

    _, secret = services.create_api_token(user=freelancer, name="CI")
    url = services.password_reset_url(freelancer)
    uidb64, token = url.rstrip("/").split("/")[-2:]
    with django_capture_on_commit_callbacks(execute=True):
        services.reset_password(
            uidb64=uidb64, token=token, new_password="an-entirely-new-passphrase-77"
        )
    assert services.authenticate_api_token(secret) is None
    assert reverse("accounts:settings") in mail.outbox[-1].body


def test_the_api_creates_a_token_with_an_expiry(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        "/api/v1/tokens",
        {"name": "short-lived", "expires_in_days": 7},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert response.json()["expires_at"] is not None
