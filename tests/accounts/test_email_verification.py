from __future__ import annotations

import re

import pytest
from django.core import mail

from directcontracts.accounts import services
from directcontracts.accounts.models import User
from directcontracts.accounts.tokens import email_verification_tokens, encode_uid
from directcontracts.core.errors import DomainError
from tests.accounts.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

_VERIFY_LINK = re.compile(r"https?://\S+/accounts/verify/(?P<uidb64>[^/\s]+)/(?P<token>[^/\s]+)/")


def _link_parts(body: str) -> dict[str, str]:
    match = _VERIFY_LINK.search(body)
    assert match, f"no verification link in:\n{body}"
    return {"uidb64": match["uidb64"], "token": match["token"]}


def _sign_up_and_read_link(capture) -> dict[str, str]:
    with capture(execute=True):
        services.sign_up(email="vera@example.com", password=DEFAULT_PASSWORD, full_name="Vera")
    return _link_parts(mail.outbox[-1].body)


def test_the_emailed_link_verifies_the_address(django_capture_on_commit_callbacks, frozen_clock):
    parts = _sign_up_and_read_link(django_capture_on_commit_callbacks)
    user = services.verify_email(**parts)
    assert user.email_verified_at == frozen_clock.now()
    assert User.objects.get(email="vera@example.com").email_verified


def test_a_used_verification_link_is_refused_as_used(django_capture_on_commit_callbacks):
    parts = _sign_up_and_read_link(django_capture_on_commit_callbacks)
    services.verify_email(**parts)
    with pytest.raises(DomainError) as excinfo:
        services.verify_email(**parts)
    assert excinfo.value.code == "link_used"


def test_an_expired_verification_link_is_refused_as_expired(
    django_capture_on_commit_callbacks, frozen_clock, settings
):
    parts = _sign_up_and_read_link(django_capture_on_commit_callbacks)
    frozen_clock.advance(seconds=settings.EMAIL_VERIFICATION_TIMEOUT + 1)
    with pytest.raises(DomainError) as excinfo:
        services.verify_email(**parts)
    assert excinfo.value.code == "link_expired"
    assert not User.objects.get(email="vera@example.com").email_verified


def test_a_verification_link_still_works_just_before_it_expires(
    django_capture_on_commit_callbacks, frozen_clock, settings
):
    parts = _sign_up_and_read_link(django_capture_on_commit_callbacks)
    frozen_clock.advance(seconds=settings.EMAIL_VERIFICATION_TIMEOUT - 1)
    assert services.verify_email(**parts).email_verified


def test_a_tampered_verification_token_is_refused_as_invalid(django_capture_on_commit_callbacks):
    parts = _sign_up_and_read_link(django_capture_on_commit_callbacks)
    last = parts["token"][-1]
    parts["token"] = parts["token"][:-1] + ("a" if last != "a" else "b")
    with pytest.raises(DomainError) as excinfo:
        services.verify_email(**parts)
    assert excinfo.value.code == "link_invalid"
    assert not User.objects.get(email="vera@example.com").email_verified


def test_a_link_for_another_person_is_refused_as_invalid(django_capture_on_commit_callbacks):
    parts = _sign_up_and_read_link(django_capture_on_commit_callbacks)
    other = UserFactory(email_verified_at=None)
    with pytest.raises(DomainError) as excinfo:
        services.verify_email(uidb64=encode_uid(other), token=parts["token"])
    assert excinfo.value.code == "link_invalid"


@pytest.mark.parametrize("uidb64", ["", "!!!", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA", "AA"])
def test_a_garbled_user_id_is_refused_as_invalid(uidb64):
    user = UserFactory(email_verified_at=None)
    token = email_verification_tokens.make_token(user)
    with pytest.raises(DomainError) as excinfo:
        services.verify_email(uidb64=uidb64, token=token)
    assert excinfo.value.code == "link_invalid"


@pytest.mark.parametrize("token", ["", "nonsense", "zzzzzzzzzzzzzzzzz-abc", "-"])
def test_a_garbled_token_is_refused_as_invalid(token):
    user = UserFactory(email_verified_at=None)
    with pytest.raises(DomainError) as excinfo:
        services.verify_email(uidb64=encode_uid(user), token=token)
    assert excinfo.value.code == "link_invalid"


def test_resending_verification_to_an_unknown_address_sends_nothing(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        services.resend_verification(email="nobody@example.com", ip_address="198.51.100.1")
    assert mail.outbox == []


def test_resending_verification_to_a_verified_address_sends_nothing(
    django_capture_on_commit_callbacks, freelancer
):
    with django_capture_on_commit_callbacks(execute=True):
        services.resend_verification(email=freelancer.email, ip_address="198.51.100.1")
    assert mail.outbox == []


# --- Through a real SMTP server ----------------------------------------------------------


def test_verification_email_travels_over_smtp_and_its_link_verifies(
    smtp_inbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.sign_up(email="smtp.sam@example.com", password=DEFAULT_PASSWORD, full_name="Sam")
    assert len(smtp_inbox.messages) == 1
    message = smtp_inbox.messages[0]
    assert message["To"] == "smtp.sam@example.com"
    body = message.get_payload(decode=True).decode(message.get_content_charset() or "utf-8")
    user = services.verify_email(**_link_parts(body))
    assert user.email == "smtp.sam@example.com"
    assert user.email_verified


def test_opening_the_verification_link_changes_nothing_until_confirmed(
    client, django_capture_on_commit_callbacks
):
    """A GET used to verify (a state change on GET; mail scanners open links)."""
    from django.urls import reverse

    parts = _sign_up_and_read_link(django_capture_on_commit_callbacks)
    url = reverse("accounts:verify_email", kwargs=parts)
    page = client.get(url)
    assert page.status_code == 200
    assert not User.objects.get(email="vera@example.com").email_verified
    response = client.post(url)
    assert response.status_code == 302
    assert User.objects.get(email="vera@example.com").email_verified


def test_an_expired_link_says_so_on_opening(
    client, django_capture_on_commit_callbacks, frozen_clock, settings
):
    from django.urls import reverse

    parts = _sign_up_and_read_link(django_capture_on_commit_callbacks)
    frozen_clock.advance(seconds=settings.EMAIL_VERIFICATION_TIMEOUT + 1)
    response = client.get(reverse("accounts:verify_email", kwargs=parts))
    assert response.status_code == 410


def test_opening_a_used_verification_link_says_the_address_is_confirmed_and_offers_sign_in(
    client, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    parts = _sign_up_and_read_link(django_capture_on_commit_callbacks)
    services.verify_email(**parts)
    response = client.get(reverse("accounts:verify_email", kwargs=parts))
    page = response.content.decode()
    assert response.status_code == 410
    assert "Your email address is already confirmed" in page
    assert reverse("accounts:sign_in") in page
    assert "Get a new link" not in page
