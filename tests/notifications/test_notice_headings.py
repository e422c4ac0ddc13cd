"""Every notice's heading on the notifications page is a link when the notice has an address,
whether or not it also names its link in words, and plain text when it has none."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.notifications.factories import notify_with_defaults as _notify

pytestmark = pytest.mark.django_db


def _headings(client, user) -> list[str]:
    client.force_login(user)
    page = client.get(reverse("notifications:list")).content.decode()
    return [h.strip() for h in re.findall(r'<h2 class="h3">(.*?)</h2>', page, re.S)]


def test_a_notice_with_link_words_still_links_its_heading(client, client_user):
    _notify(client_user, title="A warning", url="/trust/appeals/TS-1/", link_text="Appeal it")
    assert _headings(client, client_user) == [
        '<strong>New:</strong> \n          <a href="/trust/appeals/TS-1/">A warning</a>'
    ]


def test_a_notice_without_an_address_has_a_plain_heading(client, client_user):
    _notify(client_user, title="Nothing to open", url="")
    assert _headings(client, client_user) == ["<strong>New:</strong> \n          Nothing to open"]


def test_the_dashboard_panel_links_a_notice_with_link_words_by_its_title(client, client_user):
    _notify(client_user, title="A warning", url="/trust/appeals/TS-1/", link_text="Appeal it")
    client.force_login(client_user)
    page = client.get(reverse("home")).content.decode()
    assert '<a href="/trust/appeals/TS-1/">A warning</a>' in page
