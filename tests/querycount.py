"""Query counts that must not grow with the number of rows (issue 19).

`assert_constant_queries` loads a page with a few rows, adds many more, loads it again and
fails, listing the extra statements, if the second load made more queries than the first:
a per-row lookup (N+1) shows up as soon as a page or API list is built.

A test that measures a route says so with `@pytest.mark.constant_queries("<route>")` (a URL
name such as "contracts:list", or "GET /api/v1/contracts/{contract_id}" for the API): the
route sweep (tests/perf/test_route_sweep.py) counts every page and API read either covered
that way or exempted, and tests/conftest.py fails a marked test that never measured its route.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext

# The routes `assert_constant_queries` measured in the running test (tests/conftest.py empties
# it before each test and checks the test's `constant_queries` marker against it after).
MEASURED: set[str] = set()


def route_of(response: Any) -> str | None:
    """The route a test client's response answered from, as the sweep names it: the URL name
    of a page, or the method and OpenAPI path of an API operation."""
    match = getattr(response, "resolver_match", None)
    if match is None:
        return None
    if match.route.startswith("api/"):
        method = getattr(response, "request", {}).get("REQUEST_METHOD", "GET")
        return f"{method} /" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", match.route)
    return str(match.view_name)


def _shape(sql: str) -> str:
    """The statement with its literal values taken out, to count repeats of one lookup."""
    return re.sub(r"'[^']*'|\b\d+\b", "?", sql)


def queries_made(load: Callable[[], Any], routes: set[str] | None = None) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = load()
    if routes is not None and (route := route_of(response)) is not None:
        routes.add(route)
    status = getattr(response, "status_code", 200)
    assert status == 200, f"the page answered {status}"
    return [query["sql"] for query in captured.captured_queries]


def assert_constant_queries(load: Callable[[], Any], add_rows: Callable[[], Any]) -> int:
    """`load` once (after a warm-up), `add_rows`, `load` again: the same number of queries."""
    load()  # warm-up: caches, sessions, content types
    routes: set[str] = set()
    few = queries_made(load, routes)
    add_rows()
    many = queries_made(load, routes)
    grown = Counter(_shape(sql) for sql in many) - Counter(_shape(sql) for sql in few)
    extra = "\n".join(f"{n} x {sql[:300]}" for sql, n in grown.most_common(5))
    assert len(many) == len(few), (
        f"{len(few)} queries with few rows, {len(many)} with many; the statements that grew:\n{extra}"
    )
    MEASURED.update(routes)
    if report := os.environ.get("QUERYCOUNT_REPORT"):
        # A figure per route for docs/performance.md: `QUERYCOUNT_REPORT=/tmp/counts.tsv pytest`.
        with open(report, "a", encoding="utf-8") as out:
            out.write(f"{' '.join(sorted(routes))}\t{len(few)}\t{len(many)}\n")
    return len(few)
