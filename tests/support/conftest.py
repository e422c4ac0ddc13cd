from __future__ import annotations

import pytest

from directcontracts.support import tickets
from directcontracts.support.attachments import IncomingFile

# The suite's real local SMTP server (aiosmtpd), shared with the accounts tests.
from tests.accounts.helpers import smtp_inbox  # noqa: F401
from tests.support.helpers import PNG, request_input


@pytest.fixture
def open_ticket(client_user):
    """A signed-in client's confirmed request."""
    return tickets.open_request(user=client_user, data=request_input(), address="198.51.100.1")


@pytest.fixture
def png():
    return IncomingFile(name="screen.png", content=PNG)
