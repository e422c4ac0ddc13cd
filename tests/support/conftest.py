from __future__ import annotations

import pytest

from directcontracts.support import tickets
from directcontracts.support.attachments import IncomingFile

# The suite's real local SMTP server (aiosmtpd), shared with the accounts tests.
from tests.accounts.helpers import smtp_inbox  # noqa: F401

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def request_input(**overrides) -> tickets.RequestInput:
    fields = {
        "topic": "payments",
        "subject": "Card fee question",
        "description": "Was the card fee added once or twice when I funded?",
    }
    fields.update(overrides)
    return tickets.RequestInput(**fields)


@pytest.fixture
def open_ticket(client_user):
    """A signed-in client's confirmed request."""
    return tickets.open_request(user=client_user, data=request_input(), address="198.51.100.1")


@pytest.fixture
def png():
    return IncomingFile(name="screen.png", content=PNG)
