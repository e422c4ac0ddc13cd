"""Notices and webhooks are read-only in the back office: a notice written there would reach
a person as the platform's word, and an endpoint moved there would send its owner's events
elsewhere, neither on the staff audit trail."""

from __future__ import annotations

import pytest

from directcontracts.notifications.models import Notice, WebhookEndpoint
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser(db):
    return StaffFactory(email="ada.admin@example.com", is_superuser=True)


def test_no_notice_is_written_to_a_person_in_the_back_office(client, superuser, client_user):
    staff_session(client, superuser)
    response = client.post(
        "/admin/notifications/notice/add/",
        {"recipient": client_user.pk, "kind": "info", "title": "Pay here", "body": "x"},
    )
    assert response.status_code == 403
    assert not Notice.objects.exists()


def test_a_webhook_endpoints_address_is_not_changed_in_the_back_office(
    client, superuser, freelancer
):
    endpoint = WebhookEndpoint.objects.create(
        owner=freelancer, url="https://hooks.example.com/in", secret="s" * 32
    )
    staff_session(client, superuser)
    response = client.post(
        f"/admin/notifications/webhookendpoint/{endpoint.pk}/change/",
        {"owner": freelancer.pk, "url": "https://elsewhere.example.net/", "active": "on"},
    )
    assert response.status_code == 403
    endpoint.refresh_from_db()
    assert endpoint.url == "https://hooks.example.com/in"
