"""The inbound webhook URL refuses what its processor did not send, now: a forged or
malformed signature, one older than the tolerance, an unknown processor, an oversized body;
an event about an object we do not know is refused and stays unprocessed, so the processor's
redelivery is processed, once (security review, December 2026: no test reached the URL)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import pytest
from django.urls import reverse

from directcontracts.payments.models import GatewayEvent
from directcontracts.payments.sandbox import SIGNATURE_TOLERANCE_SECONDS, sign
from directcontracts.payments.webhooks import MAX_WEBHOOK_BYTES

pytestmark = pytest.mark.django_db

URL = reverse("payments:webhook", args=["sandbox"])


def _event(event_id: str = "evt_1", object_id: str = "ch_unknown") -> bytes:
    return json.dumps(
        {"id": event_id, "type": "charge.succeeded", "object": object_id, "data": {}}
    ).encode()


def _post(client, body: bytes, signature: str, url: str = URL):
    return client.post(
        url, data=body, content_type="application/json", HTTP_SANDBOX_SIGNATURE=signature
    )


def _code(response) -> str:
    return response.json()["error"]["code"]


def test_an_event_signed_with_another_secret_is_refused(client):
    body = _event()
    stamp = int(time.time())
    forged = hmac.new(b"not-the-secret", f"{stamp}.".encode() + body, hashlib.sha256)
    response = _post(client, body, f"t={stamp},v1={forged.hexdigest()}")
    assert (response.status_code, _code(response)) == (400, "bad_signature")
    assert not GatewayEvent.objects.exists()


def test_a_signed_event_with_its_body_changed_is_refused(client):
    signature = sign(_event(object_id="ch_a"))
    response = _post(client, _event(object_id="ch_b"), signature)
    assert (response.status_code, _code(response)) == (400, "bad_signature")


@pytest.mark.parametrize("header", ["", "v1=abc", "t=now,v1=abc", "t=1" + "0" * 5000 + ",v1=a"])
def test_a_malformed_signature_header_is_refused(client, header):
    response = _post(client, _event(), header)
    assert (response.status_code, _code(response)) == (400, "bad_signature")


def test_an_event_signed_longer_ago_than_the_tolerance_is_refused(client):
    body = _event()
    old = sign(body, at=int(time.time()) - SIGNATURE_TOLERANCE_SECONDS - 60)
    response = _post(client, body, old)
    assert (response.status_code, _code(response)) == (400, "stale_signature")
    assert not GatewayEvent.objects.exists()


def test_an_event_for_a_processor_we_do_not_use_is_refused(client):
    body = _event()
    url = reverse("payments:webhook", args=["otherpay"])
    response = _post(client, body, sign(body), url=url)
    assert (response.status_code, _code(response)) == (400, "unknown_gateway")


def test_an_oversized_event_is_refused_before_it_is_read(client):
    body = b"{" + b" " * MAX_WEBHOOK_BYTES + b"}"
    response = _post(client, body, sign(body))
    assert response.status_code == 413
    assert not GatewayEvent.objects.exists()


def test_an_event_about_an_unknown_charge_stays_unprocessed_for_its_redelivery(client):
    body = _event(event_id="evt_unknown")
    first = _post(client, body, sign(body))
    again = _post(client, body, sign(body))
    assert (first.status_code, again.status_code) == (400, 400)
    assert _code(again) == "unknown_object"
    stored = GatewayEvent.objects.get(event_id="evt_unknown")
    assert stored.processed_at is None
