"""Party words outside the thread, round two: a notice links only what the platform built.

A notice's body carries words a party wrote (a message, a note, a reason, a name). Every
address of this site in a body used to become a link on the notices page and a full address
in the emails, so a party could put a worded link to any page of the site (sign-out, settings)
into the other party's notice. Now pages and emails link only the notice's own address and
the further links its caller declared; every other address, of this site or another, a
`javascript:` one or a bare path, stays escaped text.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from directcontracts.contracts import messaging
from directcontracts.core import clock
from directcontracts.notifications.digests import send_due_digests
from directcontracts.notifications.email_preferences import set_email_frequencies
from tests.contracts.factories import active_contract
from tests.notifications.factories import notify_message

pytestmark = pytest.mark.django_db

SITE = "https://dc.example"
EVENING = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)
NEXT_MORNING = datetime(2026, 3, 3, 8, 30, tzinfo=UTC)

HOSTILE = {
    "a bare path of this site": ("Sign in again here: /accounts/sign-out/", "/accounts/sign-out/"),
    "a full address of this site": (
        f"Your settings: {SITE}/accounts/sign-out/",
        f"{SITE}/accounts/sign-out/",
    ),
    "a javascript address": ("Open it: javascript:alert(document.cookie)", "javascript:"),
    "another site's address": ("Invoice: https://evil.example/contracts/7/", "evil.example"),
}


@pytest.fixture(autouse=True)
def site(settings):
    settings.BASE_URL = SITE


def _anchors_to(html: str, target: str) -> int:
    """How many links in `html` point at `target` (a path, an address or part of one)."""
    return sum(1 for part in html.split("<a ")[1:] if target in part.split(">", 1)[0])


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
def test_the_notices_page_shows_a_partys_address_as_text(client, client_user, case):
    words, target = HOSTILE[case]
    notify_message(client_user, body=words)
    client.force_login(client_user)
    page = client.get(reverse("notifications:list")).content.decode()
    assert _anchors_to(page, target) == 0
    assert words in page


@pytest.mark.parametrize("case", HOSTILE, ids=list(HOSTILE))
def test_the_html_digest_shows_a_partys_address_as_text(
    client_user, mailoutbox, django_capture_on_commit_callbacks, case
):
    capture = django_capture_on_commit_callbacks
    words, target = HOSTILE[case]
    clock.freeze(EVENING)
    set_email_frequencies(user=client_user, choices={"messages": "daily"})
    notify_message(client_user, body=words)
    clock.freeze(NEXT_MORNING)
    with capture(execute=True):
        send_due_digests()
    (email,) = mailoutbox
    assert _anchors_to(email.alternatives[0][0], target) == 0


def test_the_text_email_leaves_a_partys_bare_path_as_written(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notify_message(client_user, body="Sign in again here: /accounts/sign-out/")
    (email,) = mailoutbox
    assert "Sign in again here: /accounts/sign-out/" in email.body
    assert f"{SITE}/accounts/sign-out/" not in email.body


def test_the_text_digest_leaves_a_partys_bare_path_as_written(
    client_user, mailoutbox, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    clock.freeze(EVENING)
    set_email_frequencies(user=client_user, choices={"messages": "daily"})
    notify_message(client_user, body="Sign in again here: /accounts/sign-out/")
    clock.freeze(NEXT_MORNING)
    with capture(execute=True):
        send_due_digests()
    (email,) = mailoutbox
    assert f"{SITE}/accounts/sign-out/" not in email.body


def test_a_link_the_platform_declared_is_still_a_link_beside_a_partys_address(client, client_user):
    notify_message(
        client_user,
        title="Escrow of “Logo: /accounts/sign-out/” frozen",
        body="The escrow of “Logo: /accounts/sign-out/” is frozen by a dispute. "
        f"Go to dispute #3: {SITE}/disputes/3/",
        links=["/disputes/3/"],
    )
    client.force_login(client_user)
    page = client.get(reverse("notifications:list")).content.decode()
    assert '<a href="/disputes/3/">Go to dispute #3</a>' in page
    assert _anchors_to(page, "/accounts/sign-out/") == 0


def test_a_message_naming_a_page_of_this_site_reaches_the_other_party_as_text(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    messaging.post_message(
        contract=contract, sender=freelancer, body="Quick fix first: /accounts/sign-out/"
    )
    client.force_login(buyer)
    page = client.get(reverse("notifications:list")).content.decode()
    assert "Quick fix first: /accounts/sign-out/" in page
    assert _anchors_to(page, "/accounts/sign-out/") == 0
