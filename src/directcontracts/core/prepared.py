"""Server-side prepared statements on Django's own PostgreSQL connection.

Django's psycopg cursors bind parameters client-side, so the server parses and plans
every statement it receives. For the few hot statements that are worth it (a ledger
transfer, a circumvention lookup) `fetch_prepared` runs them on a server-binding cursor
as prepared statements: parsed and planned once per connection. Same connection and
transaction as Django's cursors, and the same exception classes.

Django turns psycopg's preparing off (`prepare_threshold = None`, for connection
poolers), and psycopg then ignores `prepare=True` as well. Django's own cursors never
prepare (client-side binding), so a threshold that is never reached makes exactly the
statements that ask for it prepared. Behind a transaction-pooling PgBouncer older than
1.21 this needs session pooling.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Sequence
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.utils import CursorDebugWrapper

_ONLY_WHEN_ASKED = 2**31 - 1

# One server-binding cursor per open connection, reused: creating one costs about as
# much as the Python side of a ledger transfer's checks. Gone with its connection.
_cursors: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def fetch_prepared(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Run `sql` (every parameter cast in the text) as a prepared statement; all rows."""
    import psycopg  # PostgreSQL only; SQLite installs need not have it.

    wrapper = connections[DEFAULT_DB_ALIAS]  # once: each `connection.x` is a lookup
    wrapper.ensure_connection()
    wrapper.validate_no_broken_transaction()
    raw = wrapper.connection
    cursor = _cursors.get(raw)
    if cursor is None or cursor.closed:
        if raw.prepare_threshold is None:
            raw.prepare_threshold = _ONLY_WHEN_ASKED
        cursor = _cursors[raw] = psycopg.Cursor(raw)
    with wrapper.wrap_database_errors:
        cursor.execute(sql, params, prepare=True)
        return cursor.fetchall()


def prepared_cursor() -> Any:
    """A cursor on Django's connection whose every statement is prepared, wrapped by Django
    as its own cursors are: in the query log (tests count it) and seen by execute wrappers,
    which `fetch_prepared` skips for the hottest statements. For a statement whose planning
    costs more than its execution (the contract page's fingerprint: 27 subqueries)."""
    wrapper = connections[DEFAULT_DB_ALIAS]
    wrapper.ensure_connection()
    wrapper.validate_thread_sharing()
    raw = wrapper.connection
    if raw.prepare_threshold is None:
        raw.prepare_threshold = _ONLY_WHEN_ASKED
    cursor = _preparing_cursor_class()(raw)
    if wrapper.queries_logged:
        return _LoggedAsWritten(cursor, wrapper)
    return wrapper.make_cursor(cursor)


@functools.cache
def _preparing_cursor_class() -> type:
    import psycopg  # PostgreSQL only; SQLite installs need not have it.

    class PreparingCursor(psycopg.Cursor):
        def execute(self, query: Any, params: Any = None, **_options: Any) -> Any:
            return super().execute(query, params, prepare=True)

    return PreparingCursor


class _LoggedAsWritten(CursorDebugWrapper):
    """Django's query log reads the text psycopg sent, which a prepared statement's
    execution does not keep: this one logs the statement as written."""

    def execute(self, sql: Any, params: Any = None) -> Any:
        with self.debug_sql(sql, params):
            return super(CursorDebugWrapper, self).execute(sql, params)
