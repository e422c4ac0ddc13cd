"""Query counts that must not grow with the number of rows (issue 19).

`assert_constant_queries` loads a page with a few rows, adds many more, loads it again and
fails, listing the extra statements, if the second load made more queries than the first:
a per-row lookup (N+1) shows up as soon as a page or API list is built.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext


def _shape(sql: str) -> str:
    """The statement with its literal values taken out, to count repeats of one lookup."""
    return re.sub(r"'[^']*'|\b\d+\b", "?", sql)


def queries_made(load: Callable[[], Any]) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = load()
    status = getattr(response, "status_code", 200)
    assert status == 200, f"the page answered {status}"
    return [query["sql"] for query in captured.captured_queries]


def assert_constant_queries(load: Callable[[], Any], add_rows: Callable[[], Any]) -> int:
    """`load` once (after a warm-up), `add_rows`, `load` again: the same number of queries."""
    load()  # warm-up: caches, sessions, content types
    few = queries_made(load)
    add_rows()
    many = queries_made(load)
    grown = Counter(_shape(sql) for sql in many) - Counter(_shape(sql) for sql in few)
    extra = "\n".join(f"{n} x {sql[:300]}" for sql, n in grown.most_common(5))
    assert len(many) == len(few), (
        f"{len(few)} queries with few rows, {len(many)} with many; the statements that grew:\n{extra}"
    )
    return len(few)
