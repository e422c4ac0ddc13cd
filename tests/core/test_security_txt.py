"""/.well-known/security.txt (RFC 9116) says where to report a security problem."""

from __future__ import annotations

from datetime import datetime

import pytest

pytestmark = pytest.mark.django_db


def test_security_txt_names_the_contact_and_an_expiry_in_the_future(client, settings, frozen_clock):
    settings.SECURITY_CONTACT = "mailto:security@example.com"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines() if line)
    assert fields["Contact"] == "mailto:security@example.com"
    assert datetime.fromisoformat(fields["Expires"]) > frozen_clock.now()
    assert fields["Policy"].endswith("/help/security/")


def test_by_default_the_contact_is_the_get_help_form(client, settings):
    settings.SECURITY_CONTACT = ""
    body = client.get("/.well-known/security.txt").content.decode()
    assert f"Contact: {settings.BASE_URL}/support/new/" in body
