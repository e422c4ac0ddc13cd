"""The back office's id-taking URLs (`admin/<app>/<model>/<id>/change/`, `history/`,
`delete/`), asked by each staff group for every model the admin site shows.

A staff member whose group may neither view nor change a model (support on a dispute, finance
on a ticket, Trust & Safety on a payout...) gets 403 for a row that exists and for one that
doesn't, alike, with nothing of the row in the answer, and a delete posted with the admin's
confirmation removes nothing. People who are not staff are sent to sign in. The world is the
access sweep's (`tests/core/access_world.py`); a model with no row in it is asked with an id
that doesn't exist. A new model registered in the admin is swept without any change here;
`test_every_admin_url_with_an_id_is_swept` fails when the admin grows an id-taking URL this
sweep does not ask."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.urls import get_resolver

from tests.accounts.helpers import sign_in_as
from tests.core import access_world
from tests.core.url_sweep import FINANCE, STRANGER, SUPPORT, TRUST, persona, walk_routes

pytestmark = pytest.mark.django_db

# The admin's URLs that take an object id, per model; `r/` (view on site) redirects only to
# the model's public page and exists for the Help Center's articles alone.
ADMIN_OBJECT_PAGES = ("change/", "history/", "delete/", "")
# Pages of one model's rows only (the user's password form).
MODEL_PAGES = {"admin/accounts/user/<id>/password/": ("accounts", "user", "password/")}
NOT_SWEPT = {"admin/r/<path:content_type_id>/<path:object_id>/": "view on site: public pages"}


def _admin_route_tail(route: str) -> str | None:
    marker = "<path:object_id>/"
    return route.split(marker, 1)[1] if marker in route else None


def test_every_admin_url_with_an_id_is_swept():
    unknown = [
        route
        for route in walk_routes(get_resolver().url_patterns)
        if route.startswith("admin/")
        and "<" in route
        and "(?P<" not in route  # the app index and the catch-all: no object id
        and route not in NOT_SWEPT
        and route not in MODEL_PAGES
        and _admin_route_tail(route) not in ADMIN_OBJECT_PAGES
    ]
    assert unknown == [], (
        "The admin grew id-taking URLs this sweep does not ask: add their tails to "
        "ADMIN_OBJECT_PAGES (or the route to NOT_SWEPT with the reason) in "
        "tests/core/test_admin_object_access_sweep.py:\n" + "\n".join(unknown)
    )


def _rows():
    for model in admin.site._registry:
        first = model._base_manager.order_by("pk").first()
        yield model, first


def _words_of(row) -> list[str]:
    """What of the row must not show: its text (long enough not to appear by chance)."""
    values = [str(v) for v in vars(row).values() if isinstance(v, str) and len(str(v)) >= 12]
    return [v for v in values if "\n" not in v and not v.isdigit()]


@pytest.mark.parametrize("role", [SUPPORT, TRUST, FINANCE, STRANGER])
def test_no_staff_group_reaches_a_row_of_a_model_it_may_not_view(
    role, client, freelancer, monkeypatch, frozen_clock
):
    world = access_world.build(freelancer, monkeypatch, frozen_clock)
    viewer = persona(role, world)
    sign_in_as(client, viewer)
    faults: list[str] = []
    asked = 0
    request = RequestFactory().get("/admin/")
    request.user = viewer
    for model, row in _rows():
        model_admin = admin.site._registry[model]
        meta = model._meta
        label = f"{meta.app_label}.{meta.model_name}"
        if model_admin.has_view_or_change_permission(request):
            continue
        pk = row.pk if row is not None else 10**6
        missing = f"/admin/{meta.app_label}/{meta.model_name}/{10**6 + 7}/"
        base = f"/admin/{meta.app_label}/{meta.model_name}/{pk}/"
        count_before = model._base_manager.count()
        tails = ["change/", "history/", "delete/"]
        tails += [t for app, name, t in MODEL_PAGES.values() if (app, name) == (label.split("."))]
        for tail in tails:
            response = client.get(base + tail)
            twin = client.get(missing + tail)
            asked += 2
            # Not staff: sent to the back office's sign-in, which refuses them (403).
            if response.status_code != 403 and not (
                not viewer.is_staff
                and response.status_code == 302
                and response["Location"].startswith("/admin/login/")
            ):
                faults.append(f"GET {base}{tail} as {role}: {response.status_code}")
            if response.status_code != twin.status_code:
                faults.append(
                    f"GET {base}{tail} as {role}: {response.status_code}, but"
                    f" {twin.status_code} for an id that doesn't exist"
                )
            if row is not None and (
                shown := [w for w in _words_of(row) if w in str(response.content)]
            ):
                faults.append(f"GET {base}{tail} as {role} ({label}): shows {shown}")
        response = client.post(base + "delete/", {"post": "yes"})
        asked += 1
        if model._base_manager.count() != count_before:
            faults.append(f"POST {base}delete/ as {role}: deleted a {label}")
    print(f"{role}: {asked} requests")
    assert faults == [], "\n".join(faults)
