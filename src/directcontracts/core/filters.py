"""A queue's choice filters from its address, checked in one place (support's and Trust &
Safety's queues): a value not on its list is dropped, so the queue shows everything for
that filter, and `problem()` says which with its code; the page answers 400 with it."""

from __future__ import annotations

from django import forms

from directcontracts.core.errors import DomainError
from directcontracts.core.validation import TextGuardMixin


class ChoiceFiltersForm(TextGuardMixin, forms.Form):
    # (field name, error code, what the queue shows instead), in the order they are told.
    FIELDS: tuple[tuple[str, str, str], ...] = ()

    def filters(self) -> dict[str, str]:
        """Each filter's chosen value, or "" for any."""
        self.is_valid()
        return {name: self.cleaned_data.get(name, "") for name, _, _ in self.FIELDS}

    def problem(self) -> DomainError | None:
        """The first filter that is not on its list, as the queue's 400 tells it."""
        self.is_valid()
        for name, code, every in self.FIELDS:
            if name in self.errors:
                return DomainError(
                    code,
                    f"There is no {name} “{str(self.data.get(name, ''))[:50]}”: showing {every}.",
                    field=name,
                )
        return None
