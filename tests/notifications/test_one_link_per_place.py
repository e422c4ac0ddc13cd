"""A notice whose body links its own address with words of its own ("Request the release:
https://…/contracts/7/dormant/") has that one link there: the notices page adds no linked
heading or link text to the same place, the email no "Open it here" line. A notice without
such a link keeps its generic link."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from directcontracts.core import clock
from directcontracts.notifications.digests import send_due_digests
from directcontracts.notifications.email_preferences import set_email_frequencies
from tests.notifications.factories import notify_message
from tests.notifications.factories import notify_with_defaults as _notify

pytestmark = pytest.mark.django_db

PAGE = "/contracts/7/dormant/"
ADDRESS = f"https://dc.example{PAGE}"
WORDED = {
    "title": "Escrow is dormant",
    "body": f"$500.00 is dormant.\nRequest its release by 3 March: {ADDRESS}",
    "url": PAGE,
    "link_text": "Request the dormant escrow's release",
}


@pytest.fixture(autouse=True)
def site(settings):
    settings.BASE_URL = "https://dc.example"


def _page(client, user) -> str:
    client.force_login(user)
    return client.get(reverse("notifications:list")).content.decode()


def _email(user, capture, mailoutbox, **fields) -> str:
    with capture(execute=True):
        _notify(user, **fields)
    (message,) = mailoutbox
    return message.body


def test_the_notices_page_links_the_place_once_when_the_body_words_the_link(client, client_user):
    _notify(client_user, **WORDED)
    assert _page(client, client_user).count(f'href="{PAGE}"') == 1


def test_the_notices_page_keeps_the_body_link_in_its_own_words(client, client_user):
    _notify(client_user, **WORDED)
    assert f'<a href="{PAGE}">Request its release by 3 March</a>' in _page(client, client_user)


def test_a_body_linking_elsewhere_keeps_the_notices_own_link(client, client_user):
    _notify(client_user, **{**WORDED, "url": "/contracts/7/"})
    page = _page(client, client_user)
    assert '<a href="/contracts/7/">Request the dormant escrow&#x27;s release</a>' in page


def test_the_email_names_the_place_once_when_the_body_words_the_link(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    body = _email(client_user, django_capture_on_commit_callbacks, mailoutbox, **WORDED)
    assert body.count(ADDRESS) == 1


def test_the_email_writes_out_a_worded_bare_path_in_full(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    fields = {**WORDED, "body": f"Request its release: {PAGE}"}
    body = _email(client_user, django_capture_on_commit_callbacks, mailoutbox, **fields)
    assert f"Request its release: {ADDRESS}" in body
    assert body.count(ADDRESS) == 1


def test_an_email_without_a_worded_link_keeps_open_it_here(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    body = _email(client_user, django_capture_on_commit_callbacks, mailoutbox)
    assert "Open it here: https://dc.example/contracts/7/" in body


def test_the_daily_digest_names_the_place_once_when_the_body_words_the_link(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    clock.freeze(datetime(2026, 3, 2, 18, 0, tzinfo=UTC))
    set_email_frequencies(user=client_user, choices={"messages": "daily"})
    notify_message(client_user, body=WORDED["body"], url=PAGE)
    clock.freeze(datetime(2026, 3, 3, 8, 0, 5, tzinfo=UTC))
    with django_capture_on_commit_callbacks(execute=True):
        send_due_digests()
    (message,) = mailoutbox
    assert message.body.count(ADDRESS) == 1
