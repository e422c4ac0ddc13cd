"""A real HTTP receiver on 127.0.0.1 that checks our signature, and webhook helpers."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from directcontracts.core import clock
from directcontracts.notifications.signing import SIGNATURE_HEADER, verify_signature


@dataclass
class ReceivedRequest:
    path: str
    headers: Any  # an email.message.Message: case-insensitive, as HTTP headers are
    body: bytes
    signature_valid: bool

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    """Answers each POST with the next status in `statuses` (then 200), recording it."""

    url: str
    secret: str = ""
    statuses: list[int] = field(default_factory=list)
    delay: float = 0.0
    reply: bytes = b""
    requests: list[ReceivedRequest] = field(default_factory=list)


def _handler_for(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            valid = verify_signature(
                receiver.secret,
                self.headers.get(SIGNATURE_HEADER, ""),
                body,
                now=clock.now().timestamp(),
            )
            receiver.requests.append(ReceivedRequest(self.path, self.headers, body, valid))
            status = receiver.statuses.pop(0) if receiver.statuses else 200
            if not valid:
                status = 400
            if receiver.delay:
                time.sleep(receiver.delay)
            reply = receiver.reply or (
                b'{"received": true}' if status < 300 else b"receiver says no"
            )
            try:
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", "http://127.0.0.1:1/elsewhere")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the sender gave up waiting (the timeout test): nothing to answer

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib name
            pass

    return Handler


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    box = Receiver(url="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(box))
    box.url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield box
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _local_webhooks_allowed(settings):
    """Tests deliver to 127.0.0.1; the SSRF guard has tests of its own that turn it back on."""
    settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS = True
    settings.WEBHOOK_TIMEOUT_SECONDS = 5
