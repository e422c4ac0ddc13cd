"""Shared by the support tests (and the pages that list requests): a Get Help request's
input and a small PNG to attach."""

from __future__ import annotations

from directcontracts.support import tickets

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def request_input(**overrides) -> tickets.RequestInput:
    fields = {
        "topic": "payments",
        "subject": "Card fee question",
        "description": "Was the card fee added once or twice when I funded?",
    }
    fields.update(overrides)
    return tickets.RequestInput(**fields)
