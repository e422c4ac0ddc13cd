"""Django's own refusals of a form (an expired CSRF token, an unreadable request) answer the
site's page with the reason, like the project's own refusals."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_a_form_sent_without_its_csrf_token_answers_403_saying_what_to_do(freelancer):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(freelancer)
    browser.get(reverse("accounts:settings"))  # the page sets the CSRF cookie
    response = browser.post(reverse("accounts:end_other_sessions"))
    assert response.status_code == 403
    body = response.content.decode()
    assert 'data-error-code="csrf_failed"' in body
    assert "reload the page and send the form again" in body
    assert 'class="site-footer"' in body


def test_a_form_sent_without_the_csrf_cookie_says_to_allow_cookies():
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(reverse("accounts:sign_in"), {"email": "a@b.test"})
    assert response.status_code == 403
    assert "Allow cookies for this site" in response.content.decode()


def test_a_form_with_too_many_fields_answers_400_on_the_sites_page(client, settings):
    settings.DEBUG = False
    fields = {f"f{number}": "x" for number in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1)}
    response = client.post(reverse("accounts:sign_in"), fields)
    assert response.status_code == 400
    body = response.content.decode()
    assert 'data-error-code="bad_request"' in body
    assert "nothing was done" in body
