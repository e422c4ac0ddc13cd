"""The contract page's body cached per viewer (contracts/page_cache.py): never another
person's page, never older than the data, never another request's CSRF token."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from directcontracts.contracts import changes, escrow, freezes, messaging, page_cache
from directcontracts.contracts.models import Message, Milestone
from directcontracts.core import clock
from directcontracts.disputes import services as disputes
from tests.accounts.factories import FreelancerFactory, StaffFactory
from tests.accounts.helpers import staff_session
from tests.contracts.factories import card, funded_milestone, milestone

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')


def _body_of(response: Any) -> str:
    """The page with its CSRF tokens blanked (each answer masks the token anew)."""
    assert response.status_code == 200
    return TOKEN.sub('name="csrfmiddlewaretoken" value=""', response.content.decode())


class _Undone(Exception):
    pass


def _rendered_afresh(browser: Client, url: str, settings: Any) -> str:
    """The page as rendered with the cache off, its own writes (the read mark) undone, so
    that the cached answer that follows sees the same data."""
    settings.CONTRACT_PAGE_CACHE = False
    page = ""
    with suppress(_Undone), transaction.atomic():
        page = _body_of(browser.get(url))
        raise _Undone
    settings.CONTRACT_PAGE_CACHE = True
    return page


@dataclass
class Scene:
    contract: Any
    client: Any
    freelancer: Any
    first: Milestone
    second: Milestone
    url: str
    browsers: dict[str, Client]


@pytest.fixture
def scene(freelancer, monkeypatch, frozen_clock) -> Scene:
    contract, client, first = funded_milestone(
        freelancer,
        monkeypatch,
        frozen_clock,
        milestones=[milestone("Design", 40_000), milestone("Build", 60_000)],
    )
    messaging.post_message(contract=contract, sender=client, body="Welcome aboard.")
    browsers = {}
    for role, person in (("client", client), ("freelancer", freelancer)):
        browsers[role] = Client()
        browsers[role].force_login(person)
    return Scene(
        contract=contract,
        client=client,
        freelancer=freelancer,
        first=first,
        second=contract.milestones.get(position=2),
        url=reverse("contracts:detail", args=[contract.pk]),
        browsers=browsers,
    )


def _fresh(m: Milestone) -> Milestone:
    return Milestone.objects.select_related("contract").get(pk=m.pk)


# Each service that changes what the page shows, as one write on the scene.
WRITES: dict[str, Callable[[Scene], Any]] = {
    "a message from the freelancer": lambda s: messaging.post_message(
        contract=s.contract, sender=s.freelancer, body="The first sketches are ready."
    ),
    "a message from the client": lambda s: messaging.post_message(
        contract=s.contract, sender=s.client, body="Thanks, looking now."
    ),
    "funding a milestone": lambda s: escrow.fund_milestone(
        milestone=_fresh(s.second), by=s.client, method=card(s.client)
    ),
    "submitting work": lambda s: escrow.submit_work(
        milestone=_fresh(s.first), by=s.freelancer, message="Here is the design."
    ),
    "approving a milestone": lambda s: escrow.approve_milestone(
        milestone=_fresh(s.first), by=s.client
    ),
    "refunding a milestone": lambda s: escrow.refund_milestone(
        milestone=_fresh(s.first), by=s.freelancer, reason="Could not start."
    ),
    "asking for a refund": lambda s: escrow.request_refund(
        milestone=_fresh(s.first), by=s.client, reason="Plans changed."
    ),
    "proposing a change": lambda s: changes.propose_change(
        contract=s.contract, by=s.client, kind="add_milestone", title="Extra", amount_minor=9_000
    ),
    "opening a dispute": lambda s: disputes.open_dispute(
        milestone=_fresh(s.first), by=s.client, statement="The design was never delivered."
    ),
    "a Trust & Safety freeze": lambda s: freezes.freeze_escrow(
        contract=s.contract,
        milestone=_fresh(s.first),
        source="trust_safety",
        reference="case:1",
        reason="Checking a report.",
    ),
    "a hold on the whole contract": lambda s: freezes.hold_contract(
        contract=s.contract,
        source="trust_safety",
        reference="case:2",
        reason="Checking the client.",
    ),
    # One table each, by a plain UPDATE: no event or other row moves with it, so only that
    # table's own part of the fingerprint can see it (a forgotten table fails here).
    "a milestone's title, alone": lambda s: Milestone.objects.filter(pk=s.first.pk).update(
        title="Design, revised"
    ),
    "a message's text, alone": lambda s: Message.objects.filter(contract=s.contract).update(
        body="Edited in place."
    ),
    "the contract's title, alone": lambda s: (
        type(s.contract).objects.filter(pk=s.contract.pk).update(title="A new title")
    ),
    "a new card of the client": lambda s: card(s.client, number="5555555555554444"),
    "the client's new name": lambda s: (
        type(s.client).objects.filter(pk=s.client.pk).update(full_name="Nora Renamed")
    ),
    "the freelancer's new display name": lambda s: (
        type(s.freelancer.freelancer_profile)
        .objects.filter(user=s.freelancer)
        .update(display_name="Fresh Studio")
    ),
}


# The client's cards are on the client's page only (the freelancer's shows no change).
SHOWN_TO_THE_CLIENT_ONLY = {"a new card of the client"}


@pytest.mark.parametrize(
    ("write", "viewer"),
    [
        (write, viewer)
        for write in WRITES
        for viewer in ("client", "freelancer")
        if viewer == "client" or write not in SHOWN_TO_THE_CLIENT_ONLY
    ],
)
def test_after_each_write_the_cached_page_equals_the_page_rendered_afresh(
    scene, settings, write, viewer
):
    browser = scene.browsers[viewer]
    for _ in range(2):  # the second visit stores the page as read (the read mark has moved)
        browser.get(scene.url)
    before = browser.get(scene.url)
    key_before = page_cache.viewer_key(before.wsgi_request, scene.contract)
    WRITES[write](scene)
    afresh = _rendered_afresh(browser, scene.url, settings)
    assert afresh != _body_of(before), "the write changed nothing the page shows"
    served = browser.get(scene.url)
    # The same key: the clock did not move, so only the fingerprint can tell the change.
    assert page_cache.viewer_key(served.wsgi_request, scene.contract) == key_before
    assert _body_of(served) == afresh


def test_a_repeated_view_with_nothing_changed_is_served_from_the_cache(scene):
    browser = scene.browsers["client"]
    for _ in range(2):
        browser.get(scene.url)
    renders = []
    original = page_cache.body

    def counting(request, contract, render_body):
        return original(request, contract, lambda csrf: renders.append(1) or render_body(csrf))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(page_cache, "body", counting)
        browser.get(scene.url)
    assert renders == []


def test_each_party_gets_their_own_page_and_a_stranger_or_staff_member_none(scene):
    for b in scene.browsers.values():
        b.get(scene.url)  # the first visit moves the read mark
    pages = {role: _body_of(b.get(scene.url)) for role, b in scene.browsers.items()}
    for role, b in scene.browsers.items():  # served from the cache now
        assert _body_of(b.get(scene.url)) == pages[role]
    assert pages["client"] != pages["freelancer"]
    assert "Flag the freelancer as inappropriate" in pages["client"]
    assert "Flag the client as inappropriate" in pages["freelancer"]
    stranger, staff = Client(), Client()
    stranger.force_login(FreelancerFactory())
    staff_session(staff, StaffFactory())
    assert stranger.get(scene.url).status_code == 404
    assert staff.get(scene.url).status_code == 404


def test_the_key_differs_for_each_viewer_of_one_contract(scene, rf):
    keys = set()
    for person in (scene.client, scene.freelancer, FreelancerFactory(), StaffFactory()):
        request = rf.get(scene.url)
        request.user = person
        keys.add(page_cache.viewer_key(request, scene.contract))
    assert len(keys) == 4


def test_each_answer_carries_its_own_requests_csrf_token(scene):
    browser = scene.browsers["client"]
    for _ in range(2):
        browser.get(scene.url)
    served = browser.get(scene.url)
    tokens = set(re.findall(r'name="csrfmiddlewaretoken" value="([^"]*)"', served.content.decode()))
    assert "csrf-token-slot" not in served.content.decode()
    assert tokens
    assert all(len(token) == 64 for token in tokens)
    # A form of the cached body posts with it: the message is taken.
    token = tokens.pop()
    browser_with_checks = Client(enforce_csrf_checks=True)
    browser_with_checks.cookies = browser.cookies
    posted = browser_with_checks.post(
        reverse("contracts:message", args=[scene.contract.pk]),
        {"body": "Posted from a cached page.", "csrfmiddlewaretoken": token},
    )
    assert posted.status_code == 302


def test_a_flash_message_is_shown_once_and_never_stored_with_the_page(scene):
    browser = scene.browsers["freelancer"]
    for _ in range(2):
        browser.get(scene.url)
    from django.contrib.messages import constants
    from django.contrib.messages.storage.cookie import CookieStorage

    storage = CookieStorage(browser.get(scene.url).wsgi_request)
    storage.add(constants.SUCCESS, "Saved just now.")
    response = browser.get(scene.url)
    storage.update(response)
    browser.cookies.update(response.cookies)
    assert "Saved just now." in browser.get(scene.url).content.decode()
    assert "Saved just now." not in browser.get(scene.url).content.decode()


def test_the_next_minute_renders_the_page_again(scene, frozen_clock):
    browser = scene.browsers["client"]
    for _ in range(2):
        browser.get(scene.url)
    first = page_cache.viewer_key(browser.get(scene.url).wsgi_request, scene.contract)
    clock.advance(seconds=60)
    assert page_cache.viewer_key(browser.get(scene.url).wsgi_request, scene.contract) != first


def test_with_the_cache_off_nothing_is_stored(scene, settings):
    from django.core.cache import caches

    settings.CONTRACT_PAGE_CACHE = False
    caches[page_cache.CACHE_ALIAS].clear()
    scene.browsers["client"].get(scene.url)
    key = page_cache.viewer_key(
        scene.browsers["client"].get(scene.url).wsgi_request, scene.contract
    )
    assert caches[page_cache.CACHE_ALIAS].get(key) is None
