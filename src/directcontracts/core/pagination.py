"""Pagination of every API list: `limit` (default 20, at most 100) and `offset`.

`NINJA_PAGINATION_CLASS` points `@paginate` here, and `NINJA_PAGINATION_MAX_LIMIT` bounds
ninja's own class too, so every list has a maximum; a larger `limit` is a clear
`422 validation_error` naming the parameter, never a silently shortened page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 1_000_000


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
    """A queryset whose page is converted item by item (to an output schema) only after it
    is sliced: the count is one COUNT query and only one page is ever loaded."""

    def __init__(self, queryset: Any, convert: Callable[[Any], Any]) -> None:
        self.queryset = queryset
        self.convert = convert

    def all(self) -> Mapped:
        return self

    def count(self) -> int:
        return int(self.queryset.count())

    def __getitem__(self, window: slice) -> list[Any]:
        found: Iterable[Any] = self.queryset[window]
        return [self.convert(item) for item in found]
