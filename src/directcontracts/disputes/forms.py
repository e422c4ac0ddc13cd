from __future__ import annotations

from typing import Any

from django import forms

from directcontracts.contracts.forms import AmountField
from directcontracts.core.validation import TextGuardMixin


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class EvidenceFilesField(forms.FileField):
    """Several files in one input; the service checks their types, sizes and number."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        if isinstance(data, list | tuple):
            return [super(EvidenceFilesField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)] if data else []


class StatementForm(TextGuardMixin, forms.Form):
    body = forms.CharField(
        max_length=5_000,
        label="Your side",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Describe what went wrong, in your own words."},
        help_text="What happened, in your own words. Both parties and the mediator read it.",
    )
    evidence_files = EvidenceFilesField(label="Evidence files (optional)")
    deliverable_files = forms.MultipleChoiceField(
        required=False, label="Delivered files to point at", widget=forms.CheckboxSelectMultiple
    )
    messages = forms.MultipleChoiceField(
        required=False, label="Messages to point at", widget=forms.CheckboxSelectMultiple
    )

    def __init__(
        self,
        *args: Any,
        deliverable_choices: list[tuple[int, str]] | None = None,
        message_choices: list[tuple[int, str]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        for name, choices in (
            ("deliverable_files", deliverable_choices),
            ("messages", message_choices),
        ):
            field = self.fields[name]
            assert isinstance(field, forms.MultipleChoiceField)  # noqa: S101 - declared above
            field.choices = [(str(pk), label) for pk, label in choices or []]
            if not choices:
                field.widget = forms.MultipleHiddenInput()


class OpenDisputeForm(StatementForm):
    field_order = ["body", "claim", "evidence_files", "deliverable_files", "messages"]

    claim = AmountField(
        required=False,
        label="What you ask for",
        help_text="The amount you think you should get from escrow. Leave empty for all of it.",
    )


class AnswerForm(TextGuardMixin, forms.Form):
    note = forms.CharField(
        max_length=2_000, required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Note"
    )


class WithdrawForm(TextGuardMixin, forms.Form):
    reason = forms.CharField(
        max_length=2_000, required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Why"
    )


class SharesForm(TextGuardMixin, forms.Form):
    to_freelancer = AmountField(label="To the freelancer (before the service fee)")
    to_client = AmountField(label="Back to the client")
    reason = forms.CharField(
        max_length=2_000,
        widget=forms.Textarea(attrs={"rows": 3}),
        label="Reason (both parties read it)",
    )


class StaffNoteForm(TextGuardMixin, forms.Form):
    body = forms.CharField(
        max_length=5_000,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Internal note (staff only)",
    )


class QueueFilterForm(TextGuardMixin, forms.Form):
    state = forms.ChoiceField(required=False, choices=())
    mine = forms.BooleanField(required=False, label="Only disputes I mediate")

    def __init__(self, *args: Any, states: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["state"]
        assert isinstance(field, forms.ChoiceField)  # noqa: S101 - declared above
        field.choices = [("", "Every open state"), *states]
