"""Every page and API read is shown to make a constant number of queries, or says why not
(issue 19: "every page and API list or detail asserts, in a test, that its number of queries
does not grow with the number of rows").

The sweep walks the URL resolver (the pages) and the API's OpenAPI document (its GET
operations). A route is covered when some test is marked
`@pytest.mark.constant_queries("<route>")` (tests/conftest.py fails that test unless it
measured the route with `tests.querycount.assert_constant_queries`). Otherwise it must be in
`EXEMPT`, with the reason. Every route is one or the other since 7 December 2026 (the list of
known gaps is gone), so a page added from now on fails this module until it has its test.
Views that refuse GET (`require_POST`) are writes, found from their decorators and left out,
as the API's POST, PUT and DELETE operations are.
"""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

TESTS = Path(__file__).resolve().parents[1]

# Routes that serve no rows, or are not ours to measure, with the reason.
EXEMPT: dict[str, str] = {
    # Fixed documents and probes: no rows at all.
    "healthz": "a liveness probe: one query, no rows",
    "status": "the status page: fixed checks, no rows",
    "favicon": "a static file",
    "security_txt": "a static text file",
    "terms": "a static page",
    "privacy": "a static page",
    "helpcenter:security": "a redirect to the Security Center's topic page (helpcenter:topic)",
    "accounts:check_email": "a static 'check your email' page",
    "accounts:account_closed": "a static goodbye page",
    "trust:flag_received": "the thank-you page of one flag: one row and its target",
    "GET /api/v1/webhook-event-types": "a constant list from the code (the event registry)",
    "GET /api/v1/contracts/quote": "a computation on the query string, no rows",
    # Forms of one person or one token: a fixed set of rows, whatever the database holds.
    "accounts:sign_up": "a form",
    "accounts:sign_in": "a form",
    "accounts:sign_in_code": "a form",
    "accounts:sign_out": "a confirmation form",
    "accounts:forgot_password": "a form",
    "accounts:reset_password": "a form on one signed token",
    "accounts:verify_email": "one signed token",
    "accounts:resend_verification": "a form",
    "accounts:totp_setup": "a form about one device",
    "notifications:unsubscribe": "one signed token, one preference",
    "support:new": "a form",
    "support:confirm": "one signed token",
    "verification:verify": "a form that checks one code or link",
    "trust:flag": "a form about one target",
    "trust:appeal": "a form about one decision",
    "contracts:create": "a form (the category list is a fixed, small catalogue)",
    "disputes:open": "a form about one milestone",
    "disputes:dormant": "a form about one contract",
    "contracts:billing_method_remove": "a confirmation of one payment method",
    "contracts:payment_method_remove": "a confirmation of one payment method",
    "contracts:submit": "a form about one milestone",
    # Files streamed from one row (their bytes grow, their queries do not depend on rows).
    "contracts:file_preview": "one stored file",
    "contracts:file_download": "one stored file",
    "contracts:message_file": "one stored file",
    "disputes:evidence": "one stored file",
    "support:attachment": "one stored file",
    "accounts:download_data_export": "one prepared archive",
    "GET /api/v1/deliverable-files/{file_id}/preview": "one stored file",
    "GET /api/v1/deliverable-files/{file_id}/download": "one stored file",
    "GET /api/v1/dispute-evidence/{evidence_id}": "one stored file",
    "GET /api/v1/me/export": "the state of one export",
    "GET /api/v1/me": "one account",
    "GET /api/v1/me/email-preferences": "one account's preferences",
    # The generated API documents and Django's own admin (its pages are Django's).
    "GET /api/v1/openapi.json": "the schema, built from the code",
    "GET /api/v1/docs": "the documentation page",
    "api-v1:api-root": "the API's index",
}


def _methods(view: Callable[..., Any]) -> set[str] | None:
    """The methods a view's `require_http_methods` allows (None: any), found by unwrapping
    its decorators."""
    seen = 0
    while view is not None and seen < 10:
        closure = inspect.getclosurevars(view).nonlocals if view.__closure__ else {}
        allowed = closure.get("request_method_list")
        if allowed is not None:
            return {str(m).upper() for m in allowed}
        view = getattr(view, "__wrapped__", None) or closure.get("view_func") or closure.get("func")
        seen += 1
    return None


def _pages(patterns: list[Any], namespace: str = "") -> Iterator[tuple[str, Callable[..., Any]]]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or ""
            if inner in {"admin", "api-v1"}:
                continue  # Django's admin; the API is read from its OpenAPI document
            full = f"{namespace}:{inner}" if namespace and inner else (inner or namespace)
            yield from _pages(pattern.url_patterns, full)
        elif isinstance(pattern, URLPattern) and pattern.name:
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, pattern.callback


def page_routes() -> set[str]:
    """Every named page that answers GET."""
    return {
        name
        for name, view in _pages(get_resolver().url_patterns)
        if (methods := _methods(view)) is None or "GET" in methods
    }


def api_routes() -> set[str]:
    from directcontracts.api import api

    paths = api.get_openapi_schema()["paths"]
    found = {f"GET {path}" for path, operations in paths.items() if "get" in operations}
    return found | {"GET /api/v1/openapi.json", "GET /api/v1/docs", "api-v1:api-root"}


def covered_routes() -> dict[str, list[str]]:
    """Route -> the tests marked `constant_queries(route)`, read from the test files' source
    (a test module never imports another)."""
    found: dict[str, list[str]] = {}
    for path in TESTS.rglob("test_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for decorator in node.decorator_list:
                if (
                    isinstance(decorator, ast.Call)
                    and ast.unparse(decorator.func) == "pytest.mark.constant_queries"
                ):
                    for arg in decorator.args:
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                            found.setdefault(arg.value, []).append(
                                f"{path.relative_to(TESTS)}::{node.name}"
                            )
    return found


def _all_routes() -> set[str]:
    return page_routes() | api_routes()


def test_every_page_and_api_read_has_a_constant_query_test_or_a_reason():
    routes = _all_routes()
    covered = set(covered_routes())
    missing = sorted(routes - covered - set(EXEMPT))
    assert not missing, (
        "these routes have no test marked @pytest.mark.constant_queries(route) that shows "
        "their query count constant (tests/querycount.py), nor a reason in EXEMPT:\n"
        + "\n".join(missing)
    )


def test_no_route_is_both_covered_and_exempted():
    # An exemption says why a route has no test: once it has one, the reason is stale.
    stale = sorted(set(EXEMPT) & set(covered_routes()))
    assert not stale, f"covered now, remove from EXEMPT: {stale}"


def test_every_marked_or_exempted_route_exists():
    routes = _all_routes()
    unknown = sorted((set(covered_routes()) | set(EXEMPT)) - routes)
    assert not unknown, f"no such route (renamed or removed?): {unknown}"


def test_a_post_only_view_is_found_from_its_decorators():
    from directcontracts.contracts import views

    assert _methods(views.contract_send) == {"POST"}
    assert _methods(views.contract_detail) is None


@pytest.mark.django_db
def test_the_api_routes_are_named_as_the_measured_responses_name_them(client):
    from tests.querycount import route_of

    response = client.get("/api/v1/categories")
    assert route_of(response) == "GET /api/v1/categories"
    assert "GET /api/v1/contracts/{contract_id}" in api_routes()
    assert re.fullmatch(r"[a-z_]+:[a-z_]+", route_of(client.get("/categories/")) or "")
