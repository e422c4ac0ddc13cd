"""Whether a notice links its own address in words (`links_its_url_in_words`) is found by
scanning the body for its addresses, not by writing the body as HTML: the page writes the
HTML once, for the body it shows."""

from __future__ import annotations

import pytest
from django.test import override_settings

from directcontracts.notifications.templatetags import notices

BODY = (
    "Your contract changed.\n"
    "Open it on the contract page: https://dc.example/contracts/7/\n"
    "Or here /trust/appeals/TS-1/ and /accounts/sign-out/."
)
ALLOWED = frozenset({"/contracts/7/", "/trust/appeals/TS-1/"})


@pytest.fixture
def no_html(monkeypatch):
    def refused(*args, **kwargs):
        raise AssertionError("HTML was written to find the links")

    monkeypatch.setattr(notices, "format_html", refused)
    monkeypatch.setattr(notices, "escape", refused)


@override_settings(BASE_URL="https://dc.example/")
def test_the_paths_linked_in_words_are_found_without_writing_html(no_html):
    assert notices.paths_linked_in_words(BODY, ALLOWED) == {"/contracts/7/"}


@override_settings(BASE_URL="https://dc.example/")
def test_a_bare_path_is_not_linked_in_words():
    assert notices.paths_linked_in_words("See /trust/appeals/TS-1/.", ALLOWED) == set()
