"""Row locks for every service (DESIGN.md, convention 2): the one place outside the ledger's
account locks (`ledger/locks.py`) that calls `select_for_update` (a test keeps it so).

Rows are locked `FOR NO KEY UPDATE` of their own table: two lockers of one row still queue,
but a concurrent insert of a row that points at it (whose foreign-key check takes KEY SHARE)
does not wait, which is what deadlocks plain `FOR UPDATE` under load. Several rows are locked
in primary-key order, so lockers queue instead of deadlocking. On SQLite the IMMEDIATE
transaction already holds the database's one write lock and the clause is not emitted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from django.db import connection
from django.db.models import Model, QuerySet

_M = TypeVar("_M", bound=Model)


def lock_rows(model: type[_M], pks: Iterable[int]) -> list[_M]:
    """Lock rows of any model the way the ledger locks accounts: in primary-key order, in one
    statement, `FOR NO KEY UPDATE` of that table only (a Trust & Safety case before what it
    acts on), so every lock in the system queues in the same order and none deadlocks."""
    ids = sorted(set(pks))
    if not ids:
        return []
    return list(for_update(model._default_manager.filter(pk__in=ids)).order_by("pk"))


def for_update(
    queryset: QuerySet[_M], *, skip_locked: bool = False, holds_back_references: bool = False
) -> QuerySet[_M]:
    """`queryset`, locking the rows it reads: `FOR NO KEY UPDATE` of its own table only (not
    of the tables `select_related` joins). Give several rows an `order_by("pk")`.
    `skip_locked=True` leaves out rows another transaction holds (a sweep taking turns).

    `holds_back_references=True` takes plain `FOR UPDATE` instead, which also makes a
    concurrent insert of a row pointing at this one wait. Only where that is the point (a
    closing account keeps new rows about the person out until it commits)."""
    if not connection.in_atomic_block:
        raise RuntimeError("row locks are taken inside a transaction")
    return queryset.select_for_update(
        no_key=not holds_back_references, skip_locked=skip_locked, of=("self",)
    )


def lock_row(model: type[_M], pk: Any, *, holds_back_references: bool = False) -> _M:
    """Lock one row by primary key; `model.DoesNotExist` when there is none."""
    rows = model._default_manager.filter(pk=pk)
    return for_update(rows, holds_back_references=holds_back_references).get()


def lock_row_or_none(model: type[_M], pk: Any) -> _M | None:
    """`lock_row`, or None when the row does not exist."""
    return for_update(model._default_manager.filter(pk=pk)).first()
