"""The two-factor sign-in page takes the app's code and a recovery code alike, so its field
must be typeable on a phone for both."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.accounts.factories import DEFAULT_PASSWORD
from tests.accounts.helpers import give_totp

pytestmark = pytest.mark.django_db


def _code_page(client, user) -> str:
    give_totp(user)
    client.post(reverse("accounts:sign_in"), {"email": user.email, "password": DEFAULT_PASSWORD})
    response = client.get(reverse("accounts:sign_in_code"))
    assert response.status_code == 200
    return response.content.decode()


def _code_input(page: str) -> str:
    found = re.search(r'<input[^>]*name="code"[^>]*>', page)
    assert found is not None
    return found.group(0)


def test_the_code_field_does_not_offer_only_a_number_pad(client, freelancer):
    assert 'inputmode="numeric"' not in _code_input(_code_page(client, freelancer))


def test_the_code_field_lets_a_phone_fill_in_the_code_from_a_message(client, freelancer):
    assert 'autocomplete="one-time-code"' in _code_input(_code_page(client, freelancer))


def test_the_code_page_says_a_recovery_code_works_and_shows_its_shape(client, freelancer):
    page = _code_page(client, freelancer)
    assert "recovery code such as a1b2c3-d4e5f6" in page


def test_a_wrong_code_is_shown_at_the_code_field_and_in_the_summary(client, freelancer):
    _code_page(client, freelancer)
    response = client.post(reverse("accounts:sign_in_code"), {"code": "a1b2c3-d4e5f6"})
    page = response.content.decode()
    assert 'id="id_code_error"><li>That code is not right.' in page
    assert '<a href="#id_code">Code from your authenticator app, or a recovery code: That' in page
    assert 'role="alert" data-error-code="totp_invalid"' not in page
