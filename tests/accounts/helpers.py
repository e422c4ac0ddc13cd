"""Signing people in the way the site does: password, then a valid two-factor code.

Staff pages (the back office and every staff page) need a session that passed two-factor
sign-in, so tests sign staff in with `sign_in_staff(client, user)` instead of
`client.force_login(user)` (or `staff_session` where the sign-in pages are not the point).
Also here: `smtp_inbox`, the suite's real local SMTP server.
"""

from __future__ import annotations

import socket
from email import message_from_bytes
from email.message import Message

import pyotp
import pytest
from aiosmtpd.controller import Controller
from django.urls import reverse

from directcontracts.accounts.models import TotpDevice
from directcontracts.accounts.sessions import TWO_FACTOR_SESSION_KEY
from directcontracts.core import clock
from tests.accounts.factories import DEFAULT_PASSWORD


def give_totp(user) -> str:
    """Turns two-factor sign-in on for `user` (no recovery codes); returns the secret."""
    device, _ = TotpDevice.objects.get_or_create(
        user=user, defaults={"secret": pyotp.random_base32(), "confirmed_at": clock.now()}
    )
    if device.confirmed_at is None:
        device.confirmed_at = clock.now()
        device.save(update_fields=["confirmed_at"])
    return device.secret


def current_code(user) -> str:
    """A code the site accepts now and a moment later: the current step first, then the next.

    The earliest step of the drift window would stop being accepted if the clock crossed a
    step boundary between making the code and checking it.
    """
    device = TotpDevice.objects.get(user=user)
    totp = pyotp.TOTP(device.secret)
    now_step = totp.timecode(clock.now())
    step = next(s for s in (now_step, now_step + 1, now_step - 1) if s > device.last_used_step)
    return totp.generate_otp(step)


def sign_in_with_code(client, user, *, password: str = DEFAULT_PASSWORD, next_url: str = ""):
    """The two sign-in steps through the web pages; returns the last response."""
    query = f"?next={next_url}" if next_url else ""
    first = client.post(
        reverse("accounts:sign_in") + query, {"email": user.email, "password": password}
    )
    assert first.status_code == 302, first.content.decode()[:500]
    return client.post(reverse("accounts:sign_in_code") + query, {"code": current_code(user)})


def sign_in_staff(client, user):
    """A staff member signed in as the site requires: password and a valid TOTP code."""
    give_totp(user)
    response = sign_in_with_code(client, user)
    assert response.status_code == 302, response.content.decode()[:500]
    return response


def sign_in_as(client, user):
    """Any persona: staff through `sign_in_staff`, everyone else with `force_login`."""
    if user.is_staff or user.is_superuser:
        return sign_in_staff(client, user)
    client.force_login(user)
    return None


def staff_session(client, user):
    """A session that passed two-factor sign-in, as every staff page requires, without the
    sign-in pages (staff get a TOTP device first); returns the client."""
    if user.is_staff:
        give_totp(user)
    client.force_login(user)
    session = client.session
    session[TWO_FACTOR_SESSION_KEY] = 1.0
    session.save()
    return client


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append(message_from_bytes(envelope.original_content))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_inbox(settings):
    """A real SMTP server on a free local port that Django's email goes to; `.messages`."""
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = controller.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    yield inbox
    controller.stop()
