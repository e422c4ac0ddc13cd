"""Shared by the browser tours: the client's password, the sandbox's time, emailed links
and the two widths every page is checked at."""

from __future__ import annotations

import re

from directcontracts.core import clock
from directcontracts.payments.sandbox import deliver_due
from tests.e2e.conftest import check_accessibility

CLIENT_PASSWORD = "a-long-client-passphrase-7"


def settle(seconds=3600):
    """Let the sandbox processor's time pass and deliver what fell due (payments settle)."""
    clock.advance(seconds=seconds)
    deliver_due()


def link_in(mailoutbox, pattern):
    """The newest emailed link that matches `pattern`."""
    for message in reversed(mailoutbox):
        match = re.search(pattern, message.body)
        if match:
            return match.group(0)
    raise AssertionError(f"no email matches {pattern}")


def both_widths(page, name: str) -> None:
    """Accessibility checks at 1280 px and at a phone's 390 px, with nothing wider than it."""
    check_accessibility(page, f"{name}-1280")
    page.set_viewport_size({"width": 390, "height": 844})
    check_accessibility(page, f"{name}-390")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, name
    page.set_viewport_size({"width": 1280, "height": 900})
