"""A token carries the powers of when it was made: joining staff revokes it; staff need 2FA."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from directcontracts.accounts import services
from directcontracts.accounts.models import AccountEvent, ApiToken, StaffGroup, TotpDevice
from directcontracts.core.errors import DomainError
from tests.accounts.factories import StaffFactory, UserFactory
from tests.accounts.helpers import give_totp

pytestmark = pytest.mark.django_db


def _me(client, secret: str):
    return client.get("/api/v1/me", headers={"Authorization": f"Bearer {secret}"})


def _trust_safety() -> Group:
    return Group.objects.get_or_create(name=StaffGroup.TRUST_SAFETY)[0]


def test_a_client_token_stops_working_when_its_owner_joins_trust_and_safety(client):
    person = UserFactory(is_client=True)
    _, secret = services.create_api_token(user=person, name="integration")
    person.is_staff = True
    person.save()
    person.groups.add(_trust_safety())
    assert _me(client, secret).status_code == 401


def test_joining_a_staff_group_revokes_the_tokens_made_before(client):
    staff = StaffFactory()
    give_totp(staff)
    _, secret = services.create_api_token(user=staff, name="before")
    staff.groups.add(_trust_safety())
    assert _me(client, secret).status_code == 401
    assert not ApiToken.objects.filter(user=staff, revoked_at__isnull=True).exists()


def test_being_added_from_the_groups_side_revokes_the_tokens_too(client):
    staff = StaffFactory()
    give_totp(staff)
    _, secret = services.create_api_token(user=staff, name="before")
    _trust_safety().user_set.add(staff)
    assert _me(client, secret).status_code == 401


def test_becoming_staff_revokes_the_tokens_of_a_person_already_in_a_group(client):
    person = UserFactory(is_client=True)
    person.groups.add(_trust_safety())
    _, secret = services.create_api_token(user=person, name="before")
    person.is_staff = True
    person.save()
    assert _me(client, secret).status_code == 401


def test_the_revocation_on_joining_staff_is_audited():
    staff = StaffFactory()
    give_totp(staff)
    services.create_api_token(user=staff, name="before")
    staff.groups.add(_trust_safety())
    event = AccountEvent.objects.get(user=staff, kind=AccountEvent.Kind.TOKEN_REVOKED)
    assert event.detail == {"count": 1, "reason": "joined staff group trust_safety"}


def test_a_token_made_after_joining_with_two_factor_on_keeps_staff_powers(client):
    staff = StaffFactory(groups=[StaffGroup.TRUST_SAFETY])
    give_totp(staff)
    _, secret = services.create_api_token(user=staff, name="after")
    response = _me(client, secret)
    assert response.status_code == 200
    assert StaffGroup.TRUST_SAFETY in response.json()["roles"]


def test_staff_without_two_factor_cannot_make_a_token():
    staff = StaffFactory(groups=[StaffGroup.TRUST_SAFETY])
    with pytest.raises(DomainError) as refused:
        services.create_api_token(user=staff, name="no 2fa")
    assert refused.value.code == "staff_token_needs_two_factor"
    assert refused.value.status == 403
    assert not ApiToken.objects.filter(user=staff).exists()


def test_saving_a_non_staff_person_leaves_their_tokens_alone(client):
    person = UserFactory(is_client=True)
    _, secret = services.create_api_token(user=person, name="kept")
    person.full_name = "Renamed"
    person.save()
    assert _me(client, secret).status_code == 200


def _staff_token_then_two_factor_reset() -> str:
    staff = StaffFactory(groups=[StaffGroup.SUPPORT])
    give_totp(staff)
    _, secret = services.create_api_token(user=staff, name="made with 2fa")
    TotpDevice.objects.filter(user=staff).delete()  # an administrator's reset
    return secret


def test_a_staff_token_stops_working_when_two_factor_is_turned_off(client):
    answer = _me(client, _staff_token_then_two_factor_reset())
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "staff_token_needs_two_factor"


def test_a_staff_token_works_again_once_two_factor_is_back_on(client):
    secret = _staff_token_then_two_factor_reset()
    give_totp(ApiToken.objects.get().user)
    assert _me(client, secret).status_code == 200


def test_a_staff_token_made_without_two_factor_before_the_rule_is_refused(client):
    staff = StaffFactory(groups=[StaffGroup.FINANCE])
    secret = "dc_made-before-the-two-factor-rule"
    ApiToken.objects.create(
        user=staff, name="old", prefix=secret[:10], digest=services._digest(secret)
    )
    answer = _me(client, secret)
    assert (answer.status_code, answer.json()["error"]["code"]) == (
        403,
        "staff_token_needs_two_factor",
    )


def test_a_freelancers_token_needs_no_two_factor(client):
    person = UserFactory(is_freelancer=True)
    _, secret = services.create_api_token(user=person, name="ci")
    assert _me(client, secret).status_code == 200
