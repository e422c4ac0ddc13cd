"""Pagination: every API list by `limit` (default 20, at most 100) and `offset`; pages of a
growing list on the web by a keyset cursor (`newest_first`, `cursor_from`).

`NINJA_PAGINATION_CLASS` points `@paginate` here, and `NINJA_PAGINATION_MAX_LIMIT` bounds
ninja's own class too, so every list has a maximum; a larger `limit` is a clear
`422 validation_error` naming the parameter, never a silently shortened page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.db.models import Model, QuerySet
from django.http import HttpRequest
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 1_000_000
MAX_CURSOR_DIGITS = 18  # a BigAutoField id

M = TypeVar("M", bound=Model)


class LimitOffset(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(
            DEFAULT_LIMIT,
            ge=1,
            le=MAX_LIMIT,
            description=f"How many items to return, 1 to {MAX_LIMIT}.",
        )
        offset: int = Field(
            0,
            ge=0,
            le=MAX_OFFSET,
            description="How many items to skip (from the start of the list).",
        )

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(max_limit=MAX_LIMIT, **kwargs)


class Mapped:
    """A queryset whose page is converted (to an output schema) only after it is sliced: the
    count is one COUNT query and only one page is ever loaded. `convert` takes one item;
    `page` takes the page's list of items at once (to read what they need in one query)."""

    def __init__(
        self,
        queryset: Any,
        convert: Callable[[Any], Any] | None = None,
        *,
        page: Callable[[list[Any]], list[Any]] | None = None,
    ) -> None:
        if (convert is None) == (page is None):
            raise TypeError("Mapped needs `convert` or `page`, not both")
        self.queryset = queryset
        self.convert = convert
        self.page = page

    def all(self) -> Mapped:
        return self

    def count(self) -> int:
        return int(self.queryset.count())

    def __getitem__(self, window: slice) -> list[Any]:
        found: Iterable[Any] = self.queryset[window]
        if self.page is not None:
            return self.page(list(found))
        assert self.convert is not None  # noqa: S101 - __init__ requires one of the two
        return [self.convert(item) for item in found]


def newest_first(rows: QuerySet[M], *, before: int | None, size: int) -> tuple[list[M], int | None]:
    """One page of rows, newest (highest id) first, and the cursor of the older page or None.

    Keyset on the id (rows are only appended, so id order is time order): the same query cost
    on the first page and the thousandth, and no row is skipped while new ones arrive."""
    if before is not None:
        rows = rows.filter(pk__lt=before)
    found = list(rows.order_by("-pk")[: size + 1])
    shown = found[:size]
    return shown, (shown[-1].pk if len(found) > size else None)


def cursor_from(request: HttpRequest, name: str) -> int | None:
    """A page cursor from the query string: a positive id; anything else means the newest."""
    raw = request.GET.get(name, "")
    if not (raw.isascii() and raw.isdigit()) or len(raw) > MAX_CURSOR_DIGITS:
        return None
    return int(raw) or None
