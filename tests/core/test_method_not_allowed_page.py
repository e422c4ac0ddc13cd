"""A form's address opened with the wrong method answers the site's page saying why."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_opening_a_post_only_address_answers_405_with_the_reason_on_a_site_page(client, freelancer):
    client.force_login(freelancer)
    response = client.get(reverse("accounts:end_other_sessions"))
    assert response.status_code == 405
    body = response.content.decode()
    assert 'data-error-code="method_not_allowed"' in body
    assert "only accepts a form sent from its page" in body
    assert 'class="site-footer"' in body


def test_the_405_page_keeps_the_allow_header(client, freelancer):
    client.force_login(freelancer)
    response = client.get(reverse("accounts:end_other_sessions"))
    assert response["Allow"] == "POST"


def test_a_signed_out_visitor_gets_the_405_page_too(client):
    response = client.get(reverse("contracts:invitation_send_code", args=["any-token"]))
    assert response.status_code == 405
    assert 'data-error-code="method_not_allowed"' in response.content.decode()


def test_the_api_keeps_its_json_405(client, freelancer):
    client.force_login(freelancer)
    response = client.put("/api/v1/me", {}, content_type="application/json")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"
