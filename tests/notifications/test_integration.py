"""The app's seams with the rest of the project: dashboard, OpenAPI, the sweep command."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from directcontracts.core import clock
from directcontracts.notifications.models import WebhookDelivery
from directcontracts.notifications.services import emit_event
from tests.notifications.factories import NoticeFactory, WebhookEndpointFactory

pytestmark = pytest.mark.django_db


def test_the_dashboard_shows_the_new_notifications_panel(client, freelancer):
    NoticeFactory(recipient=freelancer, title="Carl accepted your contract")
    client.force_login(freelancer)
    text = client.get("/").text
    assert "New notifications" in text
    assert "Carl accepted your contract" in text


def test_the_dashboard_panel_names_the_contract_each_notice_is_about(client, freelancer):
    NoticeFactory(recipient=freelancer, title="Milestone funded", about="Contract #12: <Logo>")
    client.force_login(freelancer)
    text = client.get("/").text
    assert "Contract #12: &lt;Logo&gt;" in text
    assert "<Logo>" not in text


def test_the_openapi_document_lists_the_notification_operations(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {
        "/api/v1/notifications",
        "/api/v1/notifications/{notice_id}/read",
        "/api/v1/notifications/read-all",
        "/api/v1/webhook-endpoints",
        "/api/v1/webhook-endpoints/{endpoint_id}",
        "/api/v1/webhook-endpoints/{endpoint_id}/deliveries",
        "/api/v1/webhook-deliveries/{delivery_id}",
        "/api/v1/webhook-deliveries/{delivery_id}/redeliver",
    } <= set(paths)


def test_the_sweep_command_sends_due_retries(
    freelancer, receiver, frozen_clock, django_capture_on_commit_callbacks
):
    endpoint = WebhookEndpointFactory(owner=freelancer, url=receiver.url)
    receiver.secret = endpoint.secret
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        emit_event(
            event_type="payout.failed", owner_ids=[freelancer.pk], data={}, idempotency_key="x"
        )
    clock.advance(minutes=1)
    out = io.StringIO()
    call_command("deliver_webhooks", stdout=out)
    assert out.getvalue().strip() == "queued 1 due webhook deliveries"
    assert WebhookDelivery.objects.get().status == WebhookDelivery.Status.SUCCEEDED
