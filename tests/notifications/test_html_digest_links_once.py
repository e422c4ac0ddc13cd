"""The HTML digest shows each item's link once, as a link: a body that words its notice's
address ("Request its release by 3 March: https://…/dormant/") makes those words the link,
with no address written beside it and no second "Open it" link to the same place. The text
digest keeps the address as text after its words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from directcontracts.core import clock
from directcontracts.notifications.digests import send_due_digests
from directcontracts.notifications.email_preferences import set_email_frequencies
from tests.notifications.factories import notify_message

pytestmark = pytest.mark.django_db

PAGE = "/contracts/7/dormant/"
ADDRESS = f"https://dc.example{PAGE}"
EVENING = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)
NEXT_MORNING = datetime(2026, 3, 3, 8, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def site(settings):
    settings.BASE_URL = "https://dc.example"


@pytest.fixture
def digest(client_user, mailoutbox, django_capture_on_commit_callbacks):
    """The daily digest email sent to the client for one message notice with `fields`."""

    def send(**fields):
        clock.freeze(EVENING)
        set_email_frequencies(user=client_user, choices={"messages": "daily"})
        notify_message(client_user, **fields)
        clock.freeze(NEXT_MORNING)
        with django_capture_on_commit_callbacks(execute=True):
            send_due_digests()
        (email,) = mailoutbox
        return email

    return send


WORDED = {"body": f"$500.00 is dormant.\nRequest its release by 3 March: {ADDRESS}", "url": PAGE}


def test_the_html_digest_makes_the_bodys_address_its_one_link(digest):
    html = digest(**WORDED).alternatives[0][0]
    assert f'<a href="{ADDRESS}" style="color:#0b5cad;">Request its release by 3 March</a>' in html
    assert html.count(ADDRESS) == 1


def test_the_html_digest_writes_no_address_as_text(digest):
    html = digest(**WORDED).alternatives[0][0]
    assert f">{ADDRESS}<" not in html
    assert f": {ADDRESS}" not in html


def test_the_text_digest_keeps_the_address_after_its_words(digest):
    text = digest(**WORDED).body
    assert f"Request its release by 3 March: {ADDRESS}" in text
    assert text.count(ADDRESS) == 1


def test_an_html_digest_item_without_a_worded_link_keeps_its_open_it_link(digest):
    html = digest(
        body="The first draft is ready.",
    ).alternatives[0][0]
    assert html.count('href="https://dc.example/contracts/7/"') == 1
