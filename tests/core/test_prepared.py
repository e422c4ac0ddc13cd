"""fetch_prepared really prepares on the server (Django had switched psycopg's off)."""

from __future__ import annotations

import pytest
from django.db import DataError, connection

from directcontracts.core.prepared import fetch_prepared

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL feature"),
]

_SQL = "SELECT %s::int + 1"


def _prepared_statements() -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


def test_a_statement_is_prepared_once_and_reused():
    assert fetch_prepared(_SQL, [1]) == [(2,)]
    assert fetch_prepared(_SQL, [41]) == [(42,)]
    assert _prepared_statements().count("SELECT $1::int + 1") == 1


def test_djangos_own_queries_stay_unprepared():
    fetch_prepared(_SQL, [1])
    for _ in range(10):
        with connection.cursor() as cursor:
            cursor.execute("SELECT 7")
    assert not any("SELECT 7" in statement for statement in _prepared_statements())


def test_database_errors_arrive_as_djangos_exceptions():
    with pytest.raises(DataError):
        fetch_prepared("SELECT %s::text::int", ["not a number"])


@pytest.mark.django_db(transaction=True)
def test_a_new_connection_gets_its_own_cursor_and_statements():
    assert fetch_prepared(_SQL, [1]) == [(2,)]
    connection.close()
    assert fetch_prepared(_SQL, [2]) == [(3,)]
    assert _prepared_statements().count("SELECT $1::int + 1") == 1
