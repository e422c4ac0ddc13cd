from __future__ import annotations

import re

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core import mail

from directcontracts.accounts import services
from directcontracts.accounts.models import UserSession
from directcontracts.core.errors import DomainError
from tests.accounts.factories import DEFAULT_PASSWORD, FreelancerFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "an-entirely-new-passphrase-77"
_RESET_LINK = re.compile(r"/accounts/password/reset/(?P<uidb64>[^/\s]+)/(?P<token>[^/\s]+)/")


def _request_reset(capture, email: str) -> None:
    with capture(execute=True):
        services.request_password_reset(email=email, ip_address="203.0.113.5")


def _emailed_link(capture, email: str) -> dict[str, str]:
    _request_reset(capture, email)
    match = _RESET_LINK.search(mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return {"uidb64": match["uidb64"], "token": match["token"]}


def _signed_in_session(user) -> str:
    store = SessionStore()
    store["_auth_user_id"] = str(user.pk)
    store.create()
    UserSession.objects.create(user=user, session_key=store.session_key)
    return store.session_key


def test_a_reset_request_for_an_unknown_email_silently_does_nothing(
    django_capture_on_commit_callbacks,
):
    _request_reset(django_capture_on_commit_callbacks, "nobody-here@example.com")
    assert mail.outbox == []


def test_a_reset_request_for_an_inactive_account_sends_nothing(django_capture_on_commit_callbacks):
    user = FreelancerFactory(is_active=False)
    _request_reset(django_capture_on_commit_callbacks, user.email)
    assert mail.outbox == []


def test_a_reset_request_emails_a_link_to_the_account(
    freelancer, django_capture_on_commit_callbacks
):
    _request_reset(django_capture_on_commit_callbacks, freelancer.email.upper())
    assert [m.to for m in mail.outbox] == [[freelancer.email]]
    assert _RESET_LINK.search(mail.outbox[0].body)


def test_the_reset_link_sets_the_new_password(freelancer, django_capture_on_commit_callbacks):
    link = _emailed_link(django_capture_on_commit_callbacks, freelancer.email)
    services.reset_password(**link, new_password=NEW_PASSWORD)
    freelancer.refresh_from_db()
    assert freelancer.check_password(NEW_PASSWORD)
    assert not freelancer.check_password(DEFAULT_PASSWORD)


def test_a_used_reset_link_is_refused(freelancer, django_capture_on_commit_callbacks):
    link = _emailed_link(django_capture_on_commit_callbacks, freelancer.email)
    services.reset_password(**link, new_password=NEW_PASSWORD)
    with pytest.raises(DomainError) as excinfo:
        services.reset_password(**link, new_password="yet-another-passphrase-88")
    assert excinfo.value.code == "link_used"
    freelancer.refresh_from_db()
    assert freelancer.check_password(NEW_PASSWORD)


def test_an_expired_reset_link_is_refused(
    freelancer, django_capture_on_commit_callbacks, frozen_clock, settings
):
    link = _emailed_link(django_capture_on_commit_callbacks, freelancer.email)
    frozen_clock.advance(seconds=settings.PASSWORD_RESET_TIMEOUT + 1)
    with pytest.raises(DomainError) as excinfo:
        services.reset_password(**link, new_password=NEW_PASSWORD)
    assert excinfo.value.code == "link_expired"
    freelancer.refresh_from_db()
    assert freelancer.check_password(DEFAULT_PASSWORD)


def test_a_tampered_reset_link_is_refused(freelancer, django_capture_on_commit_callbacks):
    link = _emailed_link(django_capture_on_commit_callbacks, freelancer.email)
    link["token"] = link["token"][:-3] + "000"
    with pytest.raises(DomainError) as excinfo:
        services.reset_password(**link, new_password=NEW_PASSWORD)
    assert excinfo.value.code == "link_invalid"


def test_a_weak_new_password_is_refused_and_nothing_changes(
    freelancer, django_capture_on_commit_callbacks
):
    link = _emailed_link(django_capture_on_commit_callbacks, freelancer.email)
    session_key = _signed_in_session(freelancer)
    with pytest.raises(DomainError) as excinfo:
        services.reset_password(**link, new_password="Password2024!")
    assert excinfo.value.code == "weak_password"
    freelancer.refresh_from_db()
    assert freelancer.check_password(DEFAULT_PASSWORD)
    assert Session.objects.filter(session_key=session_key).exists()


def test_the_link_still_works_after_a_weak_password_was_refused(
    freelancer, django_capture_on_commit_callbacks
):
    link = _emailed_link(django_capture_on_commit_callbacks, freelancer.email)
    with pytest.raises(DomainError):
        services.reset_password(**link, new_password="Password2024!")
    services.reset_password(**link, new_password=NEW_PASSWORD)


def test_a_password_reset_ends_every_signed_in_session(
    freelancer, django_capture_on_commit_callbacks
):
    keys = [_signed_in_session(freelancer), _signed_in_session(freelancer)]
    link = _emailed_link(django_capture_on_commit_callbacks, freelancer.email)
    services.reset_password(**link, new_password=NEW_PASSWORD)
    assert not Session.objects.filter(session_key__in=keys).exists()
    assert not UserSession.objects.filter(user=freelancer).exists()


def test_a_password_reset_verifies_an_unverified_email(django_capture_on_commit_callbacks):
    user = FreelancerFactory(email_verified_at=None)
    link = _emailed_link(django_capture_on_commit_callbacks, user.email)
    assert services.reset_password(**link, new_password=NEW_PASSWORD).email_verified


def test_a_password_reset_lifts_the_sign_in_lock(
    freelancer, django_capture_on_commit_callbacks, settings, frozen_clock
):
    for _ in range(settings.SIGN_IN_LIMIT_PER_ACCOUNT):
        with pytest.raises(DomainError):
            services.check_credentials(
                email=freelancer.email, password="wrong-password-here", ip_address=None
            )
    link = _emailed_link(django_capture_on_commit_callbacks, freelancer.email)
    services.reset_password(**link, new_password=NEW_PASSWORD)
    result = services.check_credentials(
        email=freelancer.email, password=NEW_PASSWORD, ip_address="192.0.2.9"
    )
    assert result.user == freelancer


def test_changing_the_password_needs_the_current_one(freelancer):
    with pytest.raises(DomainError) as excinfo:
        services.change_password(
            user=freelancer, current_password="not-my-password", new_password=NEW_PASSWORD
        )
    assert excinfo.value.code == "invalid_credentials"
    freelancer.refresh_from_db()
    assert freelancer.check_password(DEFAULT_PASSWORD)


def test_changing_the_password_refuses_a_weak_one(freelancer):
    with pytest.raises(DomainError) as excinfo:
        services.change_password(
            user=freelancer, current_password=DEFAULT_PASSWORD, new_password="12345678901"
        )
    assert excinfo.value.code == "weak_password"
