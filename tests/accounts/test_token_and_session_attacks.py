"""Links and sessions tried the way an attacker would: a reset link kept from before the
password changed, a second browser after a password change or sign-out, and a staff member
who gave the password but not the code going straight to a staff page."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from directcontracts.accounts import services
from directcontracts.core.errors import DomainError
from tests.accounts.factories import DEFAULT_PASSWORD
from tests.accounts.helpers import give_totp

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "an-entirely-new-passphrase-77"
_RESET_LINK = re.compile(r"/accounts/password/reset/(?P<uidb64>[^/\s]+)/(?P<token>[^/\s]+)/")


def _signed_in_browser(user) -> Client:
    browser = Client()
    response = browser.post(
        "/accounts/sign-in/", {"email": user.email, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 302
    assert browser.get("/settings/").status_code == 200
    return browser


def test_a_reset_link_from_before_a_password_change_is_refused(
    freelancer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.request_password_reset(email=freelancer.email, ip_address="203.0.113.5")
    link = _RESET_LINK.search(mail.outbox[-1].body)
    assert link
    services.change_password(
        user=freelancer, current_password=DEFAULT_PASSWORD, new_password=NEW_PASSWORD
    )
    with pytest.raises(DomainError):
        services.reset_password(
            uidb64=link["uidb64"], token=link["token"], new_password="yet-another-passphrase-88"
        )
    freelancer.refresh_from_db()
    assert freelancer.check_password(NEW_PASSWORD)


def test_changing_the_password_signs_the_other_browsers_out(freelancer):
    here, elsewhere = _signed_in_browser(freelancer), _signed_in_browser(freelancer)
    response = here.post(
        "/settings/password/",
        {
            "current_password": DEFAULT_PASSWORD,
            "new_password": NEW_PASSWORD,
            "new_password_again": NEW_PASSWORD,
        },
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    assert here.get("/settings/").status_code == 200
    assert elsewhere.get("/settings/")["Location"].startswith("/accounts/sign-in/")


def test_a_session_cookie_kept_after_signing_out_opens_nothing(freelancer):
    browser = _signed_in_browser(freelancer)
    kept = browser.cookies["sessionid"].value
    browser.post("/accounts/sign-out/")
    replay = Client()
    replay.cookies["sessionid"] = kept
    assert replay.get("/settings/")["Location"].startswith("/accounts/sign-in/")


@pytest.mark.parametrize(
    "staff_page", ["/trust/", "/support/staff/", "/staff/finance/", "/staff/", "/admin/"]
)
def test_staff_who_gave_only_the_password_reach_no_staff_page(client, staff_page, request):
    from tests.accounts.factories import StaffFactory

    staff = StaffFactory(is_superuser=True, groups=["trust_safety", "support", "finance"])
    give_totp(staff)
    first = client.post("/accounts/sign-in/", {"email": staff.email, "password": DEFAULT_PASSWORD})
    assert first["Location"].startswith("/accounts/sign-in/code/")
    response = client.get(staff_page)
    assert response.status_code in (302, 404)
    if response.status_code == 302:
        assert response["Location"].startswith(("/accounts/sign-in/", "/admin/login/"))
    assert "_auth_user_id" not in client.session
