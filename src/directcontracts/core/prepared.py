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

from collections.abc import Sequence
from typing import Any

from django.db import connection

_ONLY_WHEN_ASKED = 2**31 - 1


def fetch_prepared(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
    """Run `sql` (every parameter cast in the text) as a prepared statement; all rows."""
    import psycopg  # PostgreSQL only; SQLite installs need not have it.

    connection.ensure_connection()
    connection.validate_no_broken_transaction()
    raw = connection.connection
    if raw.prepare_threshold is None:
        raw.prepare_threshold = _ONLY_WHEN_ASKED
    with connection.wrap_database_errors, psycopg.Cursor(raw) as cursor:
        cursor.execute(sql, params, prepare=True)
        return cursor.fetchall()
