from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.forms import formset_factory

from directcontracts.contracts.money import to_minor
from directcontracts.contracts.services import MilestoneInput


class ContractForm(forms.Form):
    client_name = forms.CharField(max_length=150, label="Client's name")
    client_email = forms.EmailField(
        max_length=254, label="Client's email", help_text="We email the invitation here."
    )
    title = forms.CharField(max_length=200, label="Contract title")
    description = forms.CharField(
        max_length=10_000, widget=forms.Textarea(attrs={"rows": 5}), label="Scope of work"
    )
    category_slug = forms.ChoiceField(label="Category", choices=())
    currency = forms.ChoiceField(choices=[(c, c) for c in settings.SUPPORTED_CURRENCIES])
    review_period_days = forms.IntegerField(
        min_value=1,
        max_value=60,
        initial=settings.REVIEW_PERIOD_DAYS,
        label="Review period (days)",
        help_text="How long the client has to review each delivery before it is released automatically.",
    )

    def __init__(self, *args: Any, categories: list[tuple[str, str]], **kwargs: Any):
        super().__init__(*args, **kwargs)
        category_field = self.fields["category_slug"]
        assert isinstance(category_field, forms.ChoiceField)  # noqa: S101 - declared above
        category_field.choices = [("", "Choose a category"), *categories]


class MilestoneForm(forms.Form):
    title = forms.CharField(max_length=200, label="Milestone")
    amount = forms.CharField(
        max_length=20, label="Amount", widget=forms.TextInput(attrs={"inputmode": "decimal"})
    )
    due_date = forms.DateField(
        required=False, label="Due date", widget=forms.DateInput(attrs={"type": "date"})
    )


MilestoneFormSet = formset_factory(
    MilestoneForm, extra=2, min_num=1, validate_min=True, max_num=50, validate_max=True
)


def milestone_inputs(formset: Any, currency: str) -> list[MilestoneInput]:
    """Turns the milestone rows into service input; amount errors go back on their field."""
    inputs: list[MilestoneInput] = []
    for form in formset.forms:
        if not form.cleaned_data:
            continue
        try:
            amount_minor = to_minor(form.cleaned_data["amount"], currency)
        except ValueError as exc:
            form.add_error("amount", str(exc))
            continue
        inputs.append(
            MilestoneInput(
                title=form.cleaned_data["title"],
                amount_minor=amount_minor,
                due_date=form.cleaned_data.get("due_date"),
            )
        )
    return inputs


class CodeForm(forms.Form):
    code = forms.CharField(
        max_length=12,
        label="6-digit code",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


class AcceptForm(forms.Form):
    name = forms.CharField(max_length=150, label="Your name")
    company = forms.CharField(max_length=150, required=False)
    country = forms.CharField(
        max_length=2, label="Country (two-letter code)", help_text="Such as US, GB or DE."
    )
    password = forms.CharField(
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="For your client account: at least 10 characters.",
    )
    agree = forms.BooleanField(label="I accept the contract terms and the escrow terms above.")

    def clean_country(self) -> str:
        value = str(self.cleaned_data["country"]).strip().upper()
        if len(value) != 2 or not value.isalpha():
            raise forms.ValidationError("Use the two-letter country code, such as US, GB or DE.")
        return value


class DeclineForm(forms.Form):
    reason = forms.CharField(
        max_length=2000, widget=forms.Textarea(attrs={"rows": 3}), label="Why do you decline?"
    )


class MessageForm(forms.Form):
    body = forms.CharField(
        max_length=10_000, widget=forms.Textarea(attrs={"rows": 3}), label="Message"
    )
