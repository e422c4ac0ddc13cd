"""Shared by the contracts tests (and the disputes tests): the request bodies a contract is
made from, API callers, and readers of pages and PDFs. Factories live in `factories.py`."""

from __future__ import annotations

import re

import pypdfium2 as pdfium

from directcontracts.accounts.services import create_api_token, requires_two_factor
from tests.accounts.helpers import give_totp
from tests.contracts.factories import CATEGORY

# A new contract through the web form: one milestone and two blank rows.
FORM = {
    "client_name": "Nora Newclient",
    "client_email": "nora@example.org",
    "title": "Bakery website",
    "description": "Five pages and a contact form.",
    "category_slug": CATEGORY,
    "currency": "USD",
    "review_period_days": "14",
    "m-TOTAL_FORMS": "3",
    "m-INITIAL_FORMS": "0",
    "m-MIN_NUM_FORMS": "1",
    "m-MAX_NUM_FORMS": "50",
    "m-0-title": "Design",
    "m-0-amount": "500.00",
    "m-0-due_date": "",
    "m-1-title": "",
    "m-1-amount": "",
    "m-2-title": "",
    "m-2-amount": "",
}

# A new contract through the API.
PAYLOAD = {
    "client_email": "nora@example.org",
    "client_name": "Nora Newclient",
    "title": "Bakery website",
    "description": "Five pages.",
    "category_slug": CATEGORY,
    "currency": "EUR",
    "milestones": [{"title": "Design", "amount_minor": 60000}],
}


def api_token_for(user) -> str:
    """A new API token of `user`; staff turn two-factor on first, as the site requires."""
    if requires_two_factor(user):
        give_totp(user)
    return create_api_token(user=user, name="test")[1]


def api_caller(client):
    """Call the API as `user` (an API token, or none), always as JSON."""

    def call(user, method, path, **kwargs):
        headers = {}
        if user is not None:
            headers["Authorization"] = f"Bearer {api_token_for(user)}"
        return getattr(client, method)(
            f"/api/v1{path}",
            content_type="application/json",
            headers={**headers, **kwargs.pop("headers", {})},
            **kwargs,
        )

    return call


def money_api_caller(client):
    """Call the API as `user` (an API token); JSON unless `files` (multipart) is given, with
    an Idempotency-Key when `key` is."""

    def call(user, method, path, data=None, key=None, files=None, **headers):
        if user is not None:
            headers["Authorization"] = f"Bearer {api_token_for(user)}"
        if key is not None:
            headers["Idempotency-Key"] = key
        if files is not None:
            return client.post(f"/api/v1{path}", {**(data or {}), **files}, headers=headers)
        kwargs = {"content_type": "application/json", "headers": headers}
        if data is not None:
            kwargs["data"] = data
        return getattr(client, method)(f"/api/v1{path}", **kwargs)

    return call


def progress_items(page: str) -> list[tuple[str, str, str]]:
    """The contract page's progress steps as (class, label, hidden state) tuples."""
    nav = page.split('<nav aria-label="Progress"', 1)[1].split("</nav>", 1)[0]
    return re.findall(
        r"<li class=\"(\w+)\"[^>]*>([^<]+)<span class=\"visually-hidden\"> \(([^)]+)\)", nav
    )


def text_of(pdf: bytes) -> str:
    """All pages' text, whitespace collapsed, so a wrapped table cell still matches."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()
    return " ".join(" ".join(pages).split())
