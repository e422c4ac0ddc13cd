"""The Trust & Safety queue's filters: the one place they are checked (the selector takes
what this gives it), as support's `QueueFilterForm` does for its queue."""

from __future__ import annotations

from django import forms

from directcontracts.core.errors import DomainError
from directcontracts.core.validation import TextGuardMixin
from directcontracts.trust import selectors
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import Priority


class QueueFilterForm(TextGuardMixin, forms.Form):
    """`status`, `priority` and `source` of the queue's address. A value not on its list is
    dropped (the queue shows every status, priority or source) and `problem` says so with
    its code; the page answers 400 with it."""

    status = forms.ChoiceField(choices=list(selectors.CASE_STATUSES.items()), required=False)
    priority = forms.ChoiceField(choices=Priority.choices, required=False)
    source = forms.ChoiceField(choices=list(selectors.SOURCE_LABELS.items()), required=False)

    FIELDS = (
        ("status", TrustErrorCode.QUEUE_STATUS_INVALID, "every status"),
        ("priority", TrustErrorCode.QUEUE_PRIORITY_INVALID, "every priority"),
        ("source", TrustErrorCode.QUEUE_SOURCE_INVALID, "every source"),
    )

    def filters(self) -> dict[str, str]:
        """{"status": ..., "priority": ..., "source": ...}: each the chosen value, or ""."""
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
