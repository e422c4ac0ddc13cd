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


def _post_raw(client, url, body: bytes):
    return client.post(url, data=body, content_type="application/x-www-form-urlencoded")


def test_a_form_whose_text_is_not_utf8_is_refused_400_and_nothing_is_saved(
    client, freelancer, monkeypatch
):
    from directcontracts.contracts.models import Message
    from tests.contracts.factories import active_contract

    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    response = _post_raw(client, reverse("contracts:message", args=[contract.pk]), b"body=caf%e9")
    assert response.status_code == 400
    body = response.content.decode()
    assert 'data-error-code="invalid_encoding"' in body
    assert "not UTF-8 text" in body
    assert not Message.objects.exists()


def test_a_form_in_utf8_with_accents_and_plus_signs_is_read_as_sent(
    client, freelancer, monkeypatch
):
    from directcontracts.contracts.models import Message
    from tests.contracts.factories import active_contract

    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    url = reverse("contracts:message", args=[contract.pk])
    response = _post_raw(client, url, b"body=caf%C3%A9+cr%C3%A8me")
    assert response.status_code == 302
    assert Message.objects.get().body == "café crème"
