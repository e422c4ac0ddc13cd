"""The embedded SQLite default takes concurrent writers without "database is locked".

Each test opens a file database configured by `parse_database_url` (WAL, IMMEDIATE
transactions, busy timeout) under its own connection alias, so it never touches the
test database, and drives it from several threads, each with its own connection.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections, transaction

from directcontracts.core.config import parse_database_url

ALIAS = "sqlite_concurrency"
THREADS = 8
WRITES_PER_THREAD = 25


@pytest.fixture
def sqlite_file_alias(tmp_path, django_db_blocker) -> Iterator[str]:
    # Not a django_db test: this alias is a separate database, outside the test database's
    # transaction, and the pytest-django blocker is lifted for it alone.
    config = parse_database_url(f"sqlite:///{tmp_path}/concurrency.sqlite3")
    configured = connections.configure_settings({"default": config, ALIAS: config})
    connections.settings[ALIAS] = configured[ALIAS]
    with django_db_blocker.unblock():
        try:
            with connections[ALIAS].cursor() as cursor:
                cursor.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
                cursor.execute("INSERT INTO counter (id, n) VALUES (1, 0)")
                cursor.execute("CREATE TABLE entry (id INTEGER PRIMARY KEY, n INTEGER UNIQUE)")
            yield ALIAS
        finally:
            connections[ALIAS].close()
            del connections[ALIAS]
            del connections.settings[ALIAS]


def _read_then_write(alias: str) -> None:
    """The pattern that deadlocks DEFERRED transactions: read, then upgrade to a write."""
    try:
        for _ in range(WRITES_PER_THREAD):
            with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                cursor.execute("SELECT n FROM counter WHERE id = 1")
                (current,) = cursor.fetchone()
                cursor.execute("INSERT INTO entry (n) VALUES (%s)", [current + 1])
                cursor.execute("UPDATE counter SET n = %s WHERE id = 1", [current + 1])
    finally:
        connections[alias].close()


def test_file_database_runs_in_wal_mode(sqlite_file_alias):
    with connections[sqlite_file_alias].cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0].lower() == "wal"


def test_file_database_waits_for_locks_instead_of_failing(sqlite_file_alias):
    with connections[sqlite_file_alias].cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 5000


def test_concurrent_writers_never_see_database_is_locked(sqlite_file_alias):
    start = threading.Barrier(THREADS)

    def worker() -> None:
        start.wait()
        _read_then_write(sqlite_file_alias)

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        futures = [pool.submit(worker) for _ in range(THREADS)]
        errors = [f.exception() for f in futures if f.exception() is not None]
    assert errors == []
    with connections[sqlite_file_alias].cursor() as cursor:
        cursor.execute("SELECT n FROM counter WHERE id = 1")
        assert cursor.fetchone()[0] == THREADS * WRITES_PER_THREAD
        cursor.execute("SELECT COUNT(*) FROM entry")
        assert cursor.fetchone()[0] == THREADS * WRITES_PER_THREAD
