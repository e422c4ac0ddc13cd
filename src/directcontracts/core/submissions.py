"""One submission at a time for each author: what makes a double submit harmless.

Some services answer a repeated submission (a second click, a reload that posts again,
two tabs) with the first one: they look for the same words from the same person a moment
ago before they insert. A look-up alone lets two requests at the same instant both find
nothing and both insert, so the look-up and the insert run in one transaction that first
calls `one_at_a_time(key)`, the key naming whose submissions must queue (the sender on one
contract, a requester's email address, a case):

1. On PostgreSQL it takes a transaction-scoped advisory lock on the key. A second
   submission with the same key waits there until the first commits; its look-up, a new
   snapshot under READ COMMITTED (Django's default), then finds the first's row. The lock
   is a pair of 32-bit keys (a namespace and a hash of the key), a key space apart from the
   ledger's single 64-bit seal lock; two keys that share a hash merely queue. No row is
   needed, so a visitor without an account is covered as well as a signed-in person.
2. On SQLite every transaction is IMMEDIATE (core/config.py): it holds the database's
   single write lock from its first statement, so submissions already queue.
"""

from __future__ import annotations

import zlib

from django.db import connection

SUBMISSIONS_LOCK_NAMESPACE = 0x5B317  # "submit": only this module uses it


def one_at_a_time(key: str) -> None:
    """Queue behind any other transaction holding `key` until this transaction ends."""
    if not connection.in_atomic_block:
        raise RuntimeError("one_at_a_time() must run inside the transaction that inserts")
    if connection.vendor != "postgresql":
        return
    digest = zlib.crc32(key.encode())
    signed = digest - (1 << 32) if digest >= 1 << 31 else digest
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s::int4, %s::int4)", [SUBMISSIONS_LOCK_NAMESPACE, signed]
        )
