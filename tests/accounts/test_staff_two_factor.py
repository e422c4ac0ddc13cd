"""The back office has no sign-in of its own, and staff must use two-factor sign-in."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.accounts import services
from directcontracts.core.errors import DomainError
from tests.accounts.factories import DEFAULT_PASSWORD, StaffFactory
from tests.accounts.helpers import current_code, give_totp, sign_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return StaffFactory(email="root@example.com", is_superuser=True)


def test_the_admin_login_form_does_not_sign_anyone_in(client, superuser):
    give_totp(superuser)
    client.post(
        "/admin/login/?next=/admin/", {"username": superuser.email, "password": DEFAULT_PASSWORD}
    )
    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_admin_login_page_sends_people_to_the_sites_sign_in(client):
    response = client.get("/admin/login/?next=/admin/contracts/")
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:sign_in") + "?next=/admin/contracts/"


def test_a_superuser_with_totp_needs_the_code_to_reach_the_admin(client, superuser):
    give_totp(superuser)
    response = client.post(
        reverse("accounts:sign_in") + "?next=/admin/",
        {"email": superuser.email, "password": DEFAULT_PASSWORD},
    )
    assert response["Location"].startswith(reverse("accounts:sign_in_code"))
    assert client.get("/admin/").status_code == 302
    client.post(reverse("accounts:sign_in_code"), {"code": current_code(superuser)})
    assert client.get("/admin/").status_code == 200


def test_staff_signed_in_with_a_code_reach_the_admin(client, superuser):
    sign_in_staff(client, superuser)
    assert client.get("/admin/").status_code == 200


def test_staff_without_two_factor_are_sent_to_set_it_up_before_the_admin(client, superuser):
    client.post(
        reverse("accounts:sign_in"), {"email": superuser.email, "password": DEFAULT_PASSWORD}
    )
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:totp_setup")


def test_staff_without_two_factor_are_sent_to_set_it_up_before_any_page(client, trust_safety_staff):
    client.post(
        reverse("accounts:sign_in"),
        {"email": trust_safety_staff.email, "password": DEFAULT_PASSWORD},
    )
    response = client.get(reverse("contracts:list"))
    assert response["Location"] == reverse("accounts:totp_setup")


def test_staff_without_two_factor_can_still_open_the_set_up_and_sign_out(client, support_staff):
    client.force_login(support_staff)
    assert client.get(reverse("accounts:totp_setup")).status_code == 200
    assert client.post(reverse("accounts:sign_out")).status_code == 302


def test_a_staff_session_that_skipped_the_code_is_refused(client, superuser):
    give_totp(superuser)
    client.force_login(superuser)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign_in"))
    assert "_auth_user_id" not in client.session


def test_staff_api_calls_with_the_session_need_two_factor(client, finance_staff):
    client.force_login(finance_staff)
    response = client.get("/api/v1/me")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "two_factor_required"


def test_people_who_are_not_staff_keep_two_factor_optional(client, freelancer):
    client.force_login(freelancer)
    assert client.get(reverse("contracts:list")).status_code == 200


def test_staff_cannot_turn_two_factor_off(trust_safety_staff):
    give_totp(trust_safety_staff)
    with pytest.raises(DomainError) as excinfo:
        services.disable_totp(user=trust_safety_staff, code=current_code(trust_safety_staff))
    assert excinfo.value.code == "two_factor_required"
    assert services.has_totp(trust_safety_staff)


def test_the_admin_password_change_goes_through_the_settings_page(client, superuser):
    sign_in_staff(client, superuser)
    response = client.get("/admin/password_change/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:settings"))


def test_signing_out_of_the_admin_ends_the_session_and_its_record(client, superuser):
    from directcontracts.accounts.models import UserSession

    sign_in_staff(client, superuser)
    key = client.session.session_key
    assert UserSession.objects.filter(session_key=key).exists()
    client.post("/admin/logout/", follow=True)
    assert not UserSession.objects.filter(session_key=key).exists()
    assert client.get("/admin/").status_code == 302
