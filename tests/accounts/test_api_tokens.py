from __future__ import annotations

import hashlib

import pytest

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
