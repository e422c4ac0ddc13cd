"""The sign-out address opened in the browser asks first; it never signs out on a visit."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_opening_the_sign_out_address_asks_before_signing_out(client, freelancer):
    client.force_login(freelancer)
    response = client.get(reverse("accounts:sign_out"))
    page = response.content.decode()
    assert response.status_code == 200
    assert f'action="{reverse("accounts:sign_out")}"' in page
    assert "_auth_user_id" in client.session


def test_the_sign_out_button_on_that_page_signs_out(client, freelancer):
    client.force_login(freelancer)
    response = client.post(reverse("accounts:sign_out"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_signed_out_visitor_opening_sign_out_is_told_so_and_offered_sign_in(client):
    response = client.get(reverse("accounts:sign_out"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "You are signed out" in page
    assert reverse("accounts:sign_in") in page
