from __future__ import annotations

import pytest

from directcontracts.accounts import services as account_services
from directcontracts.notifications.models import WebhookDelivery, WebhookEndpoint
from directcontracts.notifications.services import emit_event
from tests.notifications.factories import WebhookEndpointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    def for_user(user):
        _, secret = account_services.create_api_token(user=user, name="tests")
        client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
        return client

    return for_user


@pytest.fixture
def delivery(freelancer, receiver, django_capture_on_commit_callbacks):
    endpoint = WebhookEndpointFactory(owner=freelancer, url=receiver.url)
    receiver.secret = endpoint.secret
    with django_capture_on_commit_callbacks(execute=True):
        emit_event(
            event_type="milestone.released",
            owner_ids=[freelancer.pk],
            data={"milestone": {"id": 3}},
            idempotency_key="m3-released",
        )
    return WebhookDelivery.objects.get()


def test_registering_an_endpoint_returns_its_secret_once(api, freelancer):
    client = api(freelancer)
    response = client.post(
        "/api/v1/webhook-endpoints",
        {"url": "https://hooks.example.com/dc", "enabled_events": ["milestone.funded"]},
        content_type="application/json",
    )
    assert response.status_code == 201
    body = response.json()
    assert body["secret"].startswith("whsec_")
    assert body["secret"] == WebhookEndpoint.objects.get().secret
    assert body["enabled_events"] == ["milestone.funded"]
    listed = client.get("/api/v1/webhook-endpoints").json()
    assert "secret" not in listed[0]
    assert listed[0]["secret_hint"] == body["secret"][:10] + "…"


def test_registering_an_ftp_url_is_refused_with_a_code(api, freelancer):
    response = api(freelancer).post(
        "/api/v1/webhook-endpoints", {"url": "ftp://example.com/"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "webhook_url_not_allowed"


def test_registering_an_unknown_event_type_is_refused(api, freelancer):
    response = api(freelancer).post(
        "/api/v1/webhook-endpoints",
        {"url": "https://example.com/", "enabled_events": ["nope.never"]},
        content_type="application/json",
    )
    assert response.json()["error"]["code"] == "unknown_event_type"
    assert "milestone.funded" in response.json()["error"]["details"]["known"]


def test_the_event_types_are_listed(api, freelancer):
    types = {t["type"] for t in api(freelancer).get("/api/v1/webhook-event-types").json()}
    assert {"contract.invited", "milestone.released", "payout.failed"} <= types


def test_disabling_an_endpoint_through_the_api(api, freelancer):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    response = api(freelancer).patch(
        f"/api/v1/webhook-endpoints/{endpoint.pk}",
        {"active": False},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["active"] is False


def test_deleting_an_endpoint_through_the_api(api, freelancer):
    endpoint = WebhookEndpointFactory(owner=freelancer)
    assert api(freelancer).delete(f"/api/v1/webhook-endpoints/{endpoint.pk}").status_code == 204
    assert not WebhookEndpoint.objects.exists()


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/v1/webhook-endpoints/{e}"),
        ("patch", "/api/v1/webhook-endpoints/{e}"),
        ("delete", "/api/v1/webhook-endpoints/{e}"),
        ("get", "/api/v1/webhook-endpoints/{e}/deliveries"),
        ("get", "/api/v1/webhook-deliveries/{d}"),
        ("post", "/api/v1/webhook-deliveries/{d}/redeliver"),
    ],
)
def test_a_stranger_gets_404_on_my_endpoint_and_deliveries(
    api, delivery, stranger_freelancer, method, path
):
    url = path.format(e=delivery.endpoint_id, d=delivery.pk)
    response = getattr(api(stranger_freelancer), method)(
        url, {"active": False}, content_type="application/json"
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"].startswith("webhook_")
    assert WebhookEndpoint.objects.get().active


def test_the_delivery_log_lists_deliveries_with_their_status(api, freelancer, delivery):
    body = (
        api(freelancer).get(f"/api/v1/webhook-endpoints/{delivery.endpoint_id}/deliveries").json()
    )
    assert body["next_cursor"] is None
    (item,) = body["items"]
    assert item["id"] == delivery.pk
    assert item["event_type"] == "milestone.released"
    assert item["status"] == "succeeded"
    assert item["attempts"] == 1
    assert item["event_id"].startswith("evt_")


def test_a_delivery_shows_its_payload_and_attempt_history(api, freelancer, delivery):
    body = api(freelancer).get(f"/api/v1/webhook-deliveries/{delivery.pk}").json()
    assert body["payload"]["data"] == {"milestone": {"id": 3}}
    (attempt,) = body["history"]
    assert attempt["status_code"] == 200
    assert attempt["succeeded"] is True


def test_redelivering_through_the_api_sends_again(
    api, freelancer, delivery, receiver, django_capture_on_commit_callbacks
):
    client = api(freelancer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/api/v1/webhook-deliveries/{delivery.pk}/redeliver")
    assert response.status_code == 202
    assert len(receiver.requests) == 2
    delivery.refresh_from_db()
    assert delivery.attempt == 2
