"""A page that needs a signed-in person sends visitors to sign in, and the sign-in page says
why they are there."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_visitor_sent_to_sign_in_from_a_page_is_told_why(client):
    response = client.get(reverse("contracts:list"), follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0].startswith(reverse("accounts:sign_in"))
    assert "Sign in to continue" in page


def test_opening_sign_in_directly_does_not_say_a_page_needs_it(client):
    page = client.get(reverse("accounts:sign_in")).content.decode()
    assert "Sign in to continue" not in page
