"""On pages a notice's link reads in words (its `link_text`), and an address the platform
wrote in its body (its own `url`, or one of the `links` it declared) becomes a link with the
words before it, never a bare address. Any other address stays text."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.accounts import services as account_services
from directcontracts.notifications.models import Notice
from directcontracts.notifications.templatetags.notices import notice_body
from tests.notifications.factories import notify_with_defaults as _notify

pytestmark = pytest.mark.django_db

WARNING = {
    "kind": "trust.warning",
    "title": "A warning from Trust & Safety",
    "body": "This is about your contract #7 “Logo”.\n"
    "Open it on the contract page: https://dc.example/contracts/7/\n\nKeep payments here.",
    "url": "/trust/appeals/TS-1/",
    "link_text": "Read the warning and appeal it",
    "links": ["/contracts/7/"],
}


def _body(text: str, url: str = "/contracts/7/", links: tuple[str, ...] = ()) -> str:
    """The body as a page shows it, for a notice linking `url` and `links`."""
    return notice_body(Notice(body=text, url=url, links=list(links)))


@pytest.fixture
def site(settings):
    settings.BASE_URL = "https://dc.example"


def test_the_notices_page_shows_the_notices_link_in_its_words(client, client_user, site):
    _notify(client_user, **WARNING)
    client.force_login(client_user)
    page = client.get(reverse("notifications:list")).content.decode()
    assert '<a href="/trust/appeals/TS-1/">Read the warning and appeal it</a>' in page


def test_the_notices_page_links_an_address_in_the_body_with_the_words_before_it(
    client, client_user, site
):
    _notify(client_user, **WARNING)
    client.force_login(client_user)
    page = client.get(reverse("notifications:list")).content.decode()
    assert '<a href="/contracts/7/">Open it on the contract page</a>' in page
    assert "https://dc.example/contracts/7/" not in page


def test_the_dashboard_panel_shows_the_notices_link_in_its_words(client, client_user, site):
    _notify(client_user, **WARNING)
    client.force_login(client_user)
    page = client.get(reverse("home")).content.decode()
    assert '<a href="/trust/appeals/TS-1/">Read the warning and appeal it</a>' in page


def test_a_notice_without_link_text_links_its_title(client, client_user, site):
    _notify(client_user)
    client.force_login(client_user)
    page = client.get(reverse("notifications:list")).content.decode()
    assert '<a href="/contracts/7/">Fiona submitted “Logo design”</a>' in page


def test_the_api_answers_the_links_words(client, client_user, site):
    _notify(client_user, **WARNING)
    _, secret = account_services.create_api_token(user=client_user, name="tests")
    answer = client.get("/api/v1/notifications", HTTP_AUTHORIZATION=f"Bearer {secret}")
    item = answer.json()["items"][0]
    assert item["link_text"] == "Read the warning and appeal it"
    assert item["url"] == "/trust/appeals/TS-1/"


def test_an_address_of_another_site_in_a_body_stays_text(site):
    html = _body("See: https://elsewhere.example/contracts/7/ now")
    assert "<a" not in html


def test_an_address_that_turns_into_another_host_stays_text(site):
    html = _body("Open it: https://dc.example//evil.example/x", url="//evil.example/x")
    assert "<a" not in html


def test_words_in_a_body_are_escaped_around_the_link(site):
    html = _body("<b>Hi</b>. Open it here: https://dc.example/contracts/7/.")
    assert html == '&lt;b&gt;Hi&lt;/b&gt;. <a href="/contracts/7/">Open it here</a>.'


def test_an_address_without_a_label_gets_the_emails_default_words(site):
    html = _body("Go https://dc.example/earnings/", url="/earnings/")
    assert html == 'Go <a href="/earnings/">Open it here</a>'


OLDER_APPEAL_NOTE = (
    "Reference TS-1. The person it concerns can appeal within 180 days at /trust/appeals/TS-1/."
)


def test_a_bare_path_of_this_site_in_an_older_notice_becomes_a_link_in_its_own_words(site):
    html = _body(OLDER_APPEAL_NOTE, url="/trust/appeals/TS-1/")
    assert html == (
        "Reference TS-1. The person it concerns can appeal within 180 days at "
        '<a href="/trust/appeals/TS-1/">/trust/appeals/TS-1/</a>.'
    )


def test_the_notices_page_links_a_bare_appeal_path_of_an_older_notice(client, client_user, site):
    _notify(client_user, **{**WARNING, "body": OLDER_APPEAL_NOTE})
    client.force_login(client_user)
    page = client.get(reverse("notifications:list")).content.decode()
    assert '<a href="/trust/appeals/TS-1/">/trust/appeals/TS-1/</a>' in page


def test_a_bare_path_after_a_label_gets_the_labels_words(site):
    html = _body("Read why and appeal: /trust/appeals/TS-1/", url="/trust/appeals/TS-1/")
    assert html == '<a href="/trust/appeals/TS-1/">Read why and appeal</a>'


@pytest.mark.parametrize(
    "text",
    [
        "Go to //evil.example/trust/appeals/TS-1/ now",  # another host, to a browser
        "Go to /\\evil.example/trust/appeals/TS-1/ now",
        "See https://elsewhere.example/trust/appeals/TS-1/ now",  # another site's path
        "Files are in /etc/passwd-style folders",  # not a page of this site
        "Half done: 1 / 2 milestones",
        "Paths like a/trust/appeals/TS-1/ inside a word",
    ],
)
def test_a_bare_path_that_is_not_a_page_of_this_site_stays_text(site, text):
    assert "<a" not in _body(text, url="/trust/appeals/TS-1/")
