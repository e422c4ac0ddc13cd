from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from directcontracts.notifications.models import WebhookDelivery, WebhookEndpoint
from directcontracts.notifications.services import emit_event
from tests.notifications.factories import WebhookEndpointFactory

pytestmark = pytest.mark.django_db

FORM = {
    "url": "https://hooks.example.com/dc",
    "description": "Bookkeeping",
    "enabled_events": ["milestone.released", "payout.paid"],
}


@pytest.fixture
def delivery(freelancer, receiver, django_capture_on_commit_callbacks):
    endpoint = WebhookEndpointFactory(owner=freelancer, url=receiver.url)
    receiver.secret = endpoint.secret
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        emit_event(
            event_type="payout.paid", owner_ids=[freelancer.pk], data={}, idempotency_key="p1"
        )
    return WebhookDelivery.objects.get()


def test_the_webhooks_page_needs_sign_in(client):
    assert client.get("/settings/webhooks/").status_code == 302


def test_creating_an_endpoint_shows_the_secret_once(client, freelancer):
    client.force_login(freelancer)
    response = client.post("/settings/webhooks/", FORM)
    assert response.status_code == 200
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.owner == freelancer
    assert endpoint.enabled_events == ["milestone.released", "payout.paid"]
    assert endpoint.secret in response.text
    assert endpoint.secret not in client.get("/settings/webhooks/").text
    assert endpoint.secret not in client.get(f"/settings/webhooks/{endpoint.pk}/").text


def test_a_non_http_url_is_refused_on_the_form(client, freelancer):
    client.force_login(freelancer)
    response = client.post("/settings/webhooks/", {**FORM, "url": "ftp://example.com/x"})
    assert response.status_code == 400
    assert 'data-error-code="webhook_url_not_allowed"' in response.text
    assert not WebhookEndpoint.objects.exists()


def test_creating_without_the_csrf_token_is_refused(freelancer):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(freelancer)
    assert browser.post("/settings/webhooks/", FORM).status_code == 403
    assert not WebhookEndpoint.objects.exists()


def test_the_list_shows_only_my_endpoints(client, freelancer, stranger_freelancer):
    WebhookEndpointFactory(owner=freelancer, url="https://mine.example.com/")
    WebhookEndpointFactory(owner=stranger_freelancer, url="https://theirs.example.com/")
    client.force_login(freelancer)
    text = client.get("/settings/webhooks/").text
    assert "mine.example.com" in text
    assert "theirs.example.com" not in text


def test_disabling_on_the_web(client, freelancer):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    client.force_login(freelancer)
    response = client.post(
        reverse("notifications:endpoint_set_active", args=[endpoint.pk]), {"active": "false"}
    )
    assert response.status_code == 302
    endpoint.refresh_from_db()
    assert not endpoint.active


@pytest.mark.parametrize("posted", [{}, {"active": "maybe"}, {"active": "TRUE"}])
def test_enabling_or_disabling_with_another_value_is_refused_and_changes_nothing(
    client, freelancer, posted
):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    client.force_login(freelancer)
    response = client.post(reverse("notifications:endpoint_set_active", args=[endpoint.pk]), posted)
    assert response.status_code == 400
    assert "Choose to enable or disable the endpoint." in response.text
    assert 'data-error-code="validation_error"' in response.text
    endpoint.refresh_from_db()
    assert endpoint.active


def test_a_stranger_posting_a_bad_value_to_my_endpoint_gets_404(
    client, freelancer, stranger_freelancer
):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    client.force_login(stranger_freelancer)
    url = reverse("notifications:endpoint_set_active", args=[endpoint.pk])
    assert client.post(url, {"active": "maybe"}).status_code == 404


def test_deleting_on_the_web(client, freelancer):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    client.force_login(freelancer)
    client.post(reverse("notifications:endpoint_delete", args=[endpoint.pk]))
    assert not WebhookEndpoint.objects.exists()


def test_the_delivery_log_shows_status_and_attempts(client, freelancer, delivery):
    client.force_login(freelancer)
    text = client.get(f"/settings/webhooks/{delivery.endpoint_id}/").text
    assert delivery.event.public_id in text
    assert "Pending" in text
    assert "HTTP 500" in text


def test_the_delivery_page_lists_attempts_and_offers_redeliver(client, freelancer, delivery):
    client.force_login(freelancer)
    text = client.get(f"/settings/webhooks/deliveries/{delivery.pk}/").text
    assert "Failed: HTTP 500" in text
    assert ">Redeliver</button>" in text


def test_redeliver_on_the_web_sends_a_fresh_attempt(
    client, freelancer, delivery, receiver, django_capture_on_commit_callbacks
):
    client.force_login(freelancer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("notifications:delivery_redeliver", args=[delivery.pk]), follow=True
        )
    assert "A new attempt is on its way." in response.text
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempt) == ("succeeded", 2)
    assert len(receiver.requests) == 2


@pytest.mark.parametrize(
    ("method", "name", "arg"),
    [
        ("get", "notifications:endpoint_detail", "endpoint"),
        ("post", "notifications:endpoint_set_active", "endpoint"),
        ("post", "notifications:endpoint_delete", "endpoint"),
        ("get", "notifications:delivery_detail", "delivery"),
        ("post", "notifications:delivery_redeliver", "delivery"),
    ],
)
def test_a_stranger_gets_404_on_my_webhook_pages(
    client, delivery, stranger_freelancer, receiver, method, name, arg
):
    pk = delivery.endpoint_id if arg == "endpoint" else delivery.pk
    client.force_login(stranger_freelancer)
    response = getattr(client, method)(reverse(name, args=[pk]), {"active": "false"})
    assert response.status_code == 404
    assert WebhookEndpoint.objects.get().active
    assert len(receiver.requests) == 1


def test_an_endpoints_and_a_deliverys_details_read_as_labelled_rows(client, freelancer, delivery):
    client.force_login(freelancer)
    for address in (
        f"/settings/webhooks/{delivery.endpoint_id}/",
        f"/settings/webhooks/deliveries/{delivery.pk}/",
    ):
        page = client.get(address).text
        assert '<dl class="facts">' in page, address
        assert "<dl>" not in page, address
