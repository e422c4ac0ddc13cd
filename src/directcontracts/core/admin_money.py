"""Integer minor-unit fields shown as money ("$1,100.00") on back-office lists and detail pages.

A money field is stored as an integer of cents (or the currency's minor unit); staff read
it as money. Mix `MoneyFieldsMixin` into a `ModelAdmin` or inline: every field named
`*_minor` (and any in `extra_money_fields`) is swapped for a read-only column that formats it
in the object's currency (`money_currency`, the object's own `currency` by default).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from directcontracts.core.money_text import money_text

Column = Callable[[Any], str]


class MoneyFieldsMixin:
    extra_money_fields: Sequence[str] = ()

    def money_currency(self, obj: Any) -> str:
        return str(obj.currency)

    def get_fields(self, request: Any, obj: Any = None) -> list[Any]:
        return self._as_money(super().get_fields(request, obj))  # type: ignore[misc]

    def get_readonly_fields(self, request: Any, obj: Any = None) -> list[Any]:
        # Every money field is read-only here: its column replaces the field in any form.
        own = super().get_readonly_fields(request, obj)  # type: ignore[misc]
        money = [f.name for f in self.model._meta.fields if self._is_money(f.name)]  # type: ignore[attr-defined]
        return self._as_money([*own, *money])

    def get_list_display(self, request: Any) -> list[Any]:
        return self._as_money(super().get_list_display(request))  # type: ignore[misc]

    def _as_money(self, names: Sequence[Any]) -> list[Any]:
        shown: list[Any] = []
        for name in names:
            item = self._money_column(name) if self._is_money(name) else name
            if item not in shown:
                shown.append(item)
        return shown

    def _is_money(self, name: Any) -> bool:
        return isinstance(name, str) and (
            name.endswith("_minor") or name in self.extra_money_fields
        )

    def _money_column(self, name: str) -> Column:
        columns: dict[str, Column] = self.__dict__.setdefault("_money_columns", {})
        if name not in columns:
            columns[name] = self._make_column(name)
        return columns[name]

    def _make_column(self, name: str) -> Column:
        model = self.model  # type: ignore[attr-defined]
        label = str(model._meta.get_field(name).verbose_name).removesuffix(" minor")

        def column(obj: Any) -> str:
            value = getattr(obj, name)
            return "—" if value is None else money_text(value, self.money_currency(obj))

        column.__name__ = name
        column.short_description = label  # type: ignore[attr-defined]
        column.admin_order_field = name  # type: ignore[attr-defined]
        return column
