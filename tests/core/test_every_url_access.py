"""Every URL that names an object, requested by everyone who must not reach that object.

The sweep walks Django's URL resolver, so a new URL that takes an id or a reference fails
`test_every_url_that_names_an_object_is_in_the_sweep` until it is given an object and the
people entitled to it in `tests/core/url_sweep.py`. For everyone else (the other party where
only one side may, a stranger, each staff group, anonymous) every GET and POST must answer 404 or 403 with a stable error
code (a sign-in redirect or 401 for anonymous), must say nothing of the parties (names,
emails, titles, messages), and must answer alike for an object that exists and one that
doesn't, so that ids cannot be guessed into existence."""

from __future__ import annotations

import pytest
from django.urls import get_resolver

from tests.accounts.helpers import sign_in_as
from tests.core import access_world
from tests.core.url_sweep import (
    FORM,
    PARAM,
    PARTIES,
    ROLES,
    STAFF_GROUPS,
    STAFF_PAGES,
    code_of,
    entitled_to,
    is_refusal,
    object_key,
    persona,
    staff_routes,
    sweep_request,
    swept_routes,
    url_of,
    walk_routes,
)

pytestmark = pytest.mark.django_db


def test_every_url_that_names_an_object_is_in_the_sweep():
    unknown = [
        f"{route} ({name})"
        for route in swept_routes()
        for name in (m.group("name") for m in PARAM.finditer(route))
        if object_key(route, name) == ""
    ]
    assert unknown == [], "give these URLs' parameters an object in PARAMETERS or BY_ROUTE"


@pytest.mark.parametrize("role", ROLES)
def test_no_one_but_the_entitled_reaches_an_object_by_its_url(
    role, client, freelancer, monkeypatch, frozen_clock, request
):
    world = access_world.build(freelancer, monkeypatch, frozen_clock)
    viewer = persona(role, world)
    if viewer is not None:
        sign_in_as(client, viewer)
    faults: list[str] = []
    requests = 0
    # A party may see its own contract on a page it may not act from; never the other's own
    # things (a ticket, notices, webhooks), and nobody's name is a secret to its owner.
    secrets = access_world.PRIVATE if role in PARTIES else access_world.SECRETS
    if viewer is not None:
        secrets = tuple(w for w in secrets if w not in (viewer.full_name, viewer.email))
    for route in swept_routes():
        if role in entitled_to(route):
            # The world is real: those entitled find it (a file still in escrow answers 403,
            # a preview not made yet 409, a form that must be posted 405).
            response = client.get(url_of(route, world.ids))
            requests += 1
            if response.status_code == 404 or response.status_code >= 500:
                faults.append(f"GET {url_of(route, world.ids)}: {response.status_code} for {role}")
            continue
        for method in ("get", "post"):
            url = url_of(route, world.ids)
            response = sweep_request(client, method, route, url)
            twin = sweep_request(client, method, route, url_of(route, world.ids, missing=True))
            requests += 2
            body = response.content.decode(errors="replace")
            if not is_refusal(role, response):
                faults.append(f"{method.upper()} {url}: {response.status_code} {body[:300]}")
            elif response.status_code in (403, 404) and not code_of(response):
                faults.append(
                    f"{method.upper()} {url}: {response.status_code} without an error code"
                )
            if leaked := [word for word in secrets if word in body]:
                faults.append(f"{method.upper()} {url}: shows {leaked}")
            if role in PARTIES:
                continue  # a party knows its own contract exists: 403 is an honest answer
            if (response.status_code, code_of(response)) != (twin.status_code, code_of(twin)):
                faults.append(
                    f"{method.upper()} {url}: {response.status_code} {code_of(response)!r}"
                    f" but {twin.status_code} {code_of(twin)!r} for a missing one"
                )
    print(f"{role}: {requests} requests")
    assert faults == [], "\n".join(faults)


def test_every_staff_url_without_an_object_is_listed():
    unlisted = {
        route
        for route in walk_routes(get_resolver().url_patterns)
        if "staff" in route
        and not route.startswith("admin/")
        and not PARAM.search(route)
        and route not in STAFF_PAGES
    }
    assert unlisted == set(), "add these staff pages and their groups to STAFF_PAGES"


# No staff URL handles these: each must answer 405 (a page with the reason, JSON under the
# API), never the page itself as if it were a GET.
UNHANDLED = ("put", "patch", "delete")


@pytest.mark.parametrize("group", sorted(STAFF_GROUPS))
def test_every_staff_url_answers_a_method_it_does_not_handle_with_405(
    group, client, freelancer, monkeypatch, frozen_clock
):
    world = access_world.build(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, persona(group, world))
    faults: list[str] = []
    for route, groups in staff_routes():
        if group not in groups:
            continue
        url = url_of(route, world.ids)
        for method in UNHANDLED:
            response = getattr(client, method)(url)
            if response.status_code != 405 or code_of(response) != "method_not_allowed":
                faults.append(f"{method.upper()} {url}: {response.status_code}")
        allowed = client.delete(url).get("Allow", "")
        if "GET" in allowed and "POST" not in allowed:
            response = client.post(url, FORM)
            if response.status_code != 405 or code_of(response) != "method_not_allowed":
                faults.append(f"POST {url} (a page): {response.status_code}")
    assert faults == [], "\n".join(faults)
