"""Webhook deliveries can't be turned against us: no DNS rebinding, a total time limit,
short response excerpts and nothing read back from private networks."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from directcontracts.notifications import webhooks
from directcontracts.notifications.models import WebhookDelivery, WebhookEndpoint
from directcontracts.notifications.services import emit_event
from tests.notifications.factories import WebhookEndpointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def emit(freelancer, django_capture_on_commit_callbacks):
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            emit_event(
                event_type="milestone.funded",
                owner_ids=[freelancer.pk],
                data={"milestone": {"id": 1}},
                idempotency_key="milestone:1:funded",
            )
        return WebhookDelivery.objects.get()

    return run


# --- DNS rebinding: the connection goes to the address that was checked ------------------

PUBLIC = "93.184.216.34"


def test_the_connection_goes_to_the_address_that_was_checked(
    freelancer, emit, receiver, settings, monkeypatch
):
    """A host that resolves to a public address for the check and to 127.0.0.1 for the
    connection used to reach the local receiver."""
    settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS = False
    port = int(receiver.url.rsplit(":", 1)[1].split("/")[0])
    WebhookEndpoint.objects.bulk_create(
        [
            WebhookEndpoint(
                owner=freelancer,
                url=f"http://rebind.example.test:{port}/hooks",
                enabled_events=["*"],
            )
        ]
    )
    answers = iter([PUBLIC] + ["127.0.0.1"] * 10)
    real_getaddrinfo = socket.getaddrinfo

    def rebinding_dns(host, *args, **kwargs):
        if host != "rebind.example.test":
            return real_getaddrinfo(host, *args, **kwargs)
        address = next(answers)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    connected: list[tuple[str, int]] = []

    def recording_connect(address, *args, **kwargs):
        connected.append(address)
        raise ConnectionRefusedError("test: no internet")

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_dns)
    monkeypatch.setattr(socket, "create_connection", recording_connect)
    delivery = emit()
    assert receiver.requests == []
    assert connected == [(PUBLIC, port)]
    assert delivery.status == WebhookDelivery.Status.PENDING


# --- A total deadline per delivery -------------------------------------------------------


@dataclass
class Trickler:
    """Answers with a status line and headers one byte at a time."""

    url: str = ""
    sent: int = 0
    closed_early: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def trickler() -> Iterator[Trickler]:
    box = Trickler()
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(10)
    box.url = f"http://127.0.0.1:{server.getsockname()[1]}/hooks"
    reply = b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 150 + b"\r\nContent-Length: 2\r\n\r\nok"

    def serve() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            for byte in reply:
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    box.closed_early.set()
                    return
                box.sent += 1
                time.sleep(0.05)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield box
    server.close()
    thread.join(timeout=15)


def test_a_receiver_trickling_a_byte_at_a_time_is_cut_at_the_total_deadline(
    freelancer, emit, trickler, settings
):
    """Each byte came well within the timeout, which used to apply per read."""
    settings.WEBHOOK_TIMEOUT_SECONDS = 0.5
    WebhookEndpointFactory(owner=freelancer, url=trickler.url)
    delivery = emit()
    assert delivery.last_status_code is None
    assert "0.5 s" in delivery.last_error
    assert trickler.closed_early.wait(timeout=5)
    assert trickler.sent < 100


# --- What the delivery log keeps of a response ------------------------------------------


def test_nothing_a_private_address_answers_is_kept_in_the_log(endpoint_for, emit, receiver):
    receiver.reply = b"internal: db password is hunter2"
    delivery = emit()
    assert delivery.last_status_code == 200
    assert delivery.response_excerpt == ""
    assert delivery.attempts.get().response_excerpt == ""


def test_a_public_receivers_answer_is_kept_short_and_without_control_characters(
    endpoint_for, emit, receiver, monkeypatch
):
    monkeypatch.setattr(webhooks, "_is_public", lambda address: True)
    receiver.reply = b"\x00\x1b[31mno\x07 " + b"x" * 5000
    delivery = emit()
    assert delivery.response_excerpt.startswith("\ufffd\ufffd[31mno\ufffd ")
    assert len(delivery.response_excerpt) <= webhooks.EXCERPT_CHARS


@pytest.fixture
def endpoint_for(freelancer, receiver):
    endpoint = WebhookEndpointFactory(owner=freelancer, url=receiver.url)
    receiver.secret = endpoint.secret
    return endpoint


def test_a_host_name_dns_does_not_know_is_said_in_words(monkeypatch):
    from directcontracts.notifications import webhooks

    def unknown(*args, **kwargs):
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(webhooks.socket, "getaddrinfo", unknown)
    response = webhooks.post_signed(url="https://no-such-host.example/hook", body=b"{}", headers={})
    assert response.error.startswith("Could not send: the host name was not found in DNS")
    assert "[Errno" not in response.error
