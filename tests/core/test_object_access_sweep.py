"""Another person's ids, everywhere: no write by someone who may not reach an object changes a
row, and no id of the wrong form is answered with a 500.

`test_every_url_access.py` sweeps GET and POST for who may *see* each object. This sweep takes
the same world (`tests/core/access_world.py`: a contract between the freelancer A and the
client B, with one of every object a URL names) and the same table of routes and entitled
people (`tests/core/url_sweep.py`), and for everyone who is not entitled to a route (the other
party where only one side may, a stranger freelancer, a stranger client, each staff group,
anonymous) it

- sends POST, PUT, PATCH and DELETE (form or JSON bodies the routes accept, CSRF checks
  passed) to the object's URL and to a URL of an id that doesn't exist, and expects the same
  refusal with a stable error code for both, nothing of the parties' words in the answer, and
  every row of the database as it was before;
- opens the object (GET) as a stranger client, a persona the older sweep doesn't play.

It also asks every id-taking URL, signed in as the owner, with ids of the wrong form (words,
negative numbers, numbers beyond 64 bits) and expects 404, 405 or 422, never a 500.

The inventory tests fail when a URL (a Django route or an operation of the API's OpenAPI
schema) takes a parameter that has no object in `url_sweep.PARAMETERS`/`BY_ROUTE` and is not
listed in `url_sweep.NOT_SWEPT` with its reason; the message says what to add."""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

import pytest
from django.apps import apps
from django.db import connection
from django.urls import get_resolver

from tests.accounts.helpers import sign_in_as
from tests.core import access_world
from tests.core.url_sweep import (
    ANONYMOUS,
    FINANCE,
    FIXED_WORDS,
    FORM,
    NOT_SWEPT,
    OTHER,
    PARAM,
    PARTIES,
    STRANGER,
    STRANGER_CLIENT,
    SUPPORT,
    TRUST,
    api_body,
    code_of,
    entitled_to,
    is_refusal,
    object_key,
    openapi_schema,
    persona,
    routes_with_parameters,
    swept_routes,
    url_of,
    walk_routes,
)

pytestmark = pytest.mark.django_db

WRITERS = (OTHER, STRANGER, STRANGER_CLIENT, SUPPORT, TRUST, FINANCE, ANONYMOUS)
WRITES = ("post", "put", "patch", "delete")

# Tables a refused request may write to, each for a reason that is not the object's: the
# signed-in person's own session row (last seen) and the caller's own Idempotency-Key records
# (kept per user, so that a retry gets the same answer).
VOLATILE = {"sessions.Session", "accounts.UserSession", "core.IdempotentRequest"}


def _route_of_openapi_path(path: str) -> str:
    return path.lstrip("/").replace("{", "<").replace("}", ">")


def test_every_url_with_a_parameter_names_an_object_or_says_why_not():
    missing = [
        f"{route}: parameter <{name}>"
        for route in swept_routes()
        for name in (match.group("name") for match in PARAM.finditer(route))
        if object_key(route, name) == ""
    ]
    assert missing == [], (
        "These URLs take a parameter the access sweep cannot fill. Add the parameter to "
        "PARAMETERS (or the route to BY_ROUTE) in tests/core/url_sweep.py, make its object in "
        "tests/core/access_world.py (world.ids[...]), and give the route its entitled people "
        "in ENTITLED; or list it in NOT_SWEPT with the test that covers it:\n" + "\n".join(missing)
    )


def test_every_api_operation_with_a_path_parameter_is_a_swept_or_listed_route():
    routes = set(routes_with_parameters())
    faults = []
    for path in openapi_schema()["paths"]:
        if "{" not in path:
            continue
        route = _route_of_openapi_path(path)
        if route not in routes:
            faults.append(f"{path}: the OpenAPI schema has it, Django's resolver does not")
        elif route not in NOT_SWEPT and any(
            object_key(route, m.group("name")) == "" for m in PARAM.finditer(route)
        ):
            faults.append(f"{path}: add its parameter to url_sweep.PARAMETERS")
    assert faults == [], "\n".join(faults)


def test_the_not_swept_list_names_only_urls_that_exist():
    every = set(walk_routes(get_resolver().url_patterns))
    assert sorted(set(NOT_SWEPT) - every) == [], "remove these from url_sweep.NOT_SWEPT"


def _snapshot() -> dict[str, str]:
    state = {}
    for model in apps.get_models():
        if model._meta.label in VOLATILE or not model._meta.managed:
            continue
        rows = list(model._base_manager.order_by("pk").values_list())
        state[model._meta.label] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return state


def _writes_so_far() -> int | None:
    """SQLite's count of rows written on this connection: when it hasn't moved, no row has
    changed and the sweep skips the snapshot (None elsewhere: always compare)."""
    connection.ensure_connection()
    return getattr(connection.connection, "total_changes", None)


class _Rows:
    """Every row of the database (less VOLATILE), compared route by route."""

    def __init__(self) -> None:
        self.state = _snapshot()
        self.writes = _writes_so_far()

    def changed(self) -> list[str]:
        writes = _writes_so_far()
        if writes is not None and writes == self.writes:
            return []
        state = _snapshot()
        changed = sorted(label for label in state if state[label] != self.state.get(label))
        self.state, self.writes = state, _writes_so_far()
        return changed


def _write(client, method: str, route: str, url: str):
    """A write the route would accept from someone entitled: the operation's own JSON or
    multipart body under the API, every field the site's forms ask for elsewhere."""
    if not route.startswith("api/"):
        if method == "post":
            return client.post(url, FORM)
        return getattr(client, method)(
            url, urlencode(FORM), content_type="application/x-www-form-urlencoded"
        )
    key = {"HTTP_IDEMPOTENCY_KEY": f"{method}:{url}"}
    path = "/" + PARAM.sub(lambda m: "{" + m.group("name") + "}", route)
    operation = openapi_schema()["paths"].get(path, {}).get(method) or {}
    content = operation.get("requestBody", {}).get("content", {})
    if "multipart/form-data" in content:
        return client.post(url, {"body": "Hello", "message": "Hello"}, **key)
    body = api_body(route, method) or {"body": "Hello", "reason": "A reason that is long"}
    return getattr(client, method)(url, body, content_type="application/json", **key)


def _refused_by_method(response, method: str) -> bool:
    """A 405 whose Allow header leaves the method out: the URL's dispatch refused it, with no
    body, before any object was looked up (so an id that doesn't exist gets the same)."""
    allowed = {word.strip() for word in response.get("Allow", "").split(",") if word.strip()}
    return (
        response.status_code == 405
        and bool(allowed)
        and method.upper() not in allowed
        and not any(
            word in response.content.decode(errors="replace") for word in access_world.SECRETS
        )
    )


@pytest.mark.parametrize("role", WRITERS)
def test_a_write_by_someone_not_entitled_changes_no_row_and_answers_as_for_a_missing_id(
    role, client, freelancer, monkeypatch, frozen_clock
):
    world = access_world.build(freelancer, monkeypatch, frozen_clock)
    viewer = persona(role, world)
    if viewer is not None:
        sign_in_as(client, viewer)
    secrets = access_world.PRIVATE if role in PARTIES else access_world.SECRETS
    if viewer is not None:
        secrets = tuple(w for w in secrets if w not in (viewer.full_name, viewer.email))
    faults: list[str] = []
    rows = _Rows()
    for route in swept_routes():
        if role in entitled_to(route):
            continue
        url = url_of(route, world.ids)
        methods = WRITES + (("get",) if role == STRANGER_CLIENT else ())
        for method in methods:
            response = _write(client, method, route, url) if method != "get" else client.get(url)
            said = f"{method.upper()} {url} as {role}"
            if _refused_by_method(response, method):
                continue  # answered before any lookup: the same for every id
            missing = url_of(route, world.ids, missing=True)
            twin = (
                _write(client, method, route, missing) if method != "get" else client.get(missing)
            )
            if response.status_code >= 500 or not is_refusal(role, response):
                faults.append(f"{said}: {response.status_code} {response.content[:200]!r}")
            elif response.status_code in (403, 404) and not code_of(response):
                faults.append(f"{said}: {response.status_code} without an error code")
            body = response.content.decode(errors="replace")
            if leaked := [word for word in secrets if word in body]:
                faults.append(f"{said}: shows {leaked}")
            if role not in PARTIES and (response.status_code, code_of(response)) != (
                twin.status_code,
                code_of(twin),
            ):
                faults.append(
                    f"{said}: {response.status_code} {code_of(response)!r} but"
                    f" {twin.status_code} {code_of(twin)!r} for an id that doesn't exist"
                )
        if changed := rows.changed():
            faults.append(f"{url} as {role}: changed {changed}")
    assert faults == [], "\n".join(faults)


BAD_IDS = ("abc", "-1", "99999999999999999999")


def _with_bad_id(route: str, ids: dict, name: str, bad: str) -> str:
    def fill(match):
        key = object_key(route, match.group("name"))
        if match.group("name") == name:
            return bad
        return FIXED_WORDS[match.group("name")] if key is None else str(ids[key])

    return "/" + PARAM.sub(fill, route)


def test_ids_of_the_wrong_form_are_not_found_never_a_server_error(
    client, freelancer, monkeypatch, frozen_clock
):
    world = access_world.build(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, world.owner)
    faults = []
    for route in swept_routes():
        for name in {m.group("name") for m in PARAM.finditer(route)}:
            if object_key(route, name) is None:
                continue
            for bad in BAD_IDS:
                url = _with_bad_id(route, world.ids, name, bad)
                for method in ("get", "post"):
                    response = (
                        client.get(url) if method == "get" else _write(client, method, route, url)
                    )
                    if response.status_code not in (404, 405, 422):
                        faults.append(f"{method.upper()} {url}: {response.status_code}")
    assert faults == [], "\n".join(faults)
