"""The Trust & Safety queue's filters: the one place they are checked (the selector takes
what this gives it), as support's `QueueFilterForm` does for its queue."""

from __future__ import annotations

from django import forms

from directcontracts.core.filters import ChoiceFiltersForm
from directcontracts.trust import selectors
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import Priority


class QueueFilterForm(ChoiceFiltersForm):
    """`status`, `priority` and `source` of the queue's address."""

    status = forms.ChoiceField(choices=list(selectors.CASE_STATUSES.items()), required=False)
    priority = forms.ChoiceField(choices=Priority.choices, required=False)
    source = forms.ChoiceField(choices=list(selectors.SOURCE_LABELS.items()), required=False)

    FIELDS = (
        ("status", TrustErrorCode.QUEUE_STATUS_INVALID, "every status"),
        ("priority", TrustErrorCode.QUEUE_PRIORITY_INVALID, "every priority"),
        ("source", TrustErrorCode.QUEUE_SOURCE_INVALID, "every source"),
    )
