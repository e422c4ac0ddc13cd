from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms import BaseFormSet, formset_factory

from directcontracts.accounts.forms import country_field
from directcontracts.contracts.deliverables import max_file_size_words
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.money import to_minor
from directcontracts.contracts.services import (
    MilestoneInput,
    check_due_date,
    check_milestone_amount,
    check_milestone_title,
    check_title,
)
from directcontracts.core.countries import clean_country
from directcontracts.core.errors import DomainError
from directcontracts.core.validation import TextGuardMixin


class ContractForm(TextGuardMixin, forms.Form):
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

    def clean_title(self) -> str:
        title: str = self.cleaned_data["title"]
        try:
            check_title(title)
        except DomainError as refused:
            raise forms.ValidationError(refused.message) from None
        return title


MILESTONE_AMOUNT_CHARS = 20


class MilestoneForm(TextGuardMixin, forms.Form):
    title = forms.CharField(max_length=200, label="Milestone")
    amount = forms.CharField(
        max_length=MILESTONE_AMOUNT_CHARS,
        label="Amount",
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
    )
    due_date = forms.DateField(
        required=False, label="Due date", widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean_title(self) -> str:
        title: str = self.cleaned_data["title"]
        try:
            check_milestone_title(title)
        except DomainError as refused:
            raise forms.ValidationError(refused.message) from None
        return title

    def clean_due_date(self) -> date | None:
        return _due_date_at_its_field(self.cleaned_data.get("due_date"))


def _due_date_at_its_field(due_date: date | None) -> date | None:
    """The service's due-date rule, said at the form's field (the service checks again)."""
    try:
        check_due_date(due_date)
    except DomainError as refused:
        raise forms.ValidationError(refused.message, code=refused.code) from None
    return due_date


class BaseMilestoneFormSet(BaseFormSet):
    # Django's own wording ("Please submit at least 1 form.") names its machinery, not the page.
    default_error_messages = {"too_few_forms": "Add at least one milestone."}

    def get_form_kwargs(self, index: int | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = super().get_form_kwargs(index)
        # A new row left empty is no milestone, the first as much as the others: an empty form
        # then says "Add at least one milestone." once, instead of that beside milestone 1's
        # "This field is required." for its name and again for its amount.
        if index is not None and index >= self.initial_form_count():
            kwargs["empty_permitted"] = True
        return kwargs


MilestoneFormSet = formset_factory(
    MilestoneForm,
    formset=BaseMilestoneFormSet,
    extra=2,
    min_num=1,
    validate_min=True,
    max_num=50,
    validate_max=True,
)


def milestone_inputs(formset: Any, currency: str) -> list[MilestoneInput]:
    """Turns the milestone rows into service input; amount errors go back on their field
    (the service checks the bounds again: the form only says which row is out of them).
    Every typed amount is read, even in a row with another error, so all show at once;
    only rows without errors become input."""
    inputs: list[MilestoneInput] = []
    for form in formset.forms:
        if "amount" not in (getattr(form, "cleaned_data", None) or {}):
            continue
        try:
            amount_minor = to_minor(form.cleaned_data["amount"], currency)
        except ValueError as exc:
            form.add_error("amount", str(exc))
            continue
        try:
            check_milestone_amount(amount_minor, currency)
        except DomainError as error:
            form.add_error("amount", ValidationError(error.message, code=error.code))
            continue
        if form.errors:
            continue
        inputs.append(
            MilestoneInput(
                title=form.cleaned_data["title"],
                amount_minor=amount_minor,
                due_date=form.cleaned_data.get("due_date"),
            )
        )
    return inputs


class ContractSearchForm(TextGuardMixin, forms.Form):
    q = forms.CharField(max_length=100, required=False, label="Search")


class CodeForm(TextGuardMixin, forms.Form):
    code = forms.CharField(
        max_length=12,
        label="6-digit code",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


class AcceptForm(TextGuardMixin, forms.Form):
    name = forms.CharField(max_length=150, label="Your name")
    company = forms.CharField(max_length=150, required=False)
    country = country_field()
    password = forms.CharField(
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="For your client account: at least 10 characters.",
    )
    agree = forms.BooleanField(
        label="I accept the contract terms and the escrow terms above",
        error_messages={"required": "Tick the box to accept the terms, or decline below."},
    )

    def __init__(self, *args: Any, new_account: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not new_account:
            # A returning client accepts signed in to their account: no password here.
            del self.fields["password"]

    def clean_country(self) -> str:
        try:
            return clean_country(self.cleaned_data["country"])
        except DomainError as refused:
            raise forms.ValidationError(refused.message) from None


class DeclineForm(TextGuardMixin, forms.Form):
    reason = forms.CharField(
        max_length=2000, widget=forms.Textarea(attrs={"rows": 3}), label="Why do you decline?"
    )


# --- Milestones and money ------------------------------------------------------------------


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class AmountField(forms.CharField):
    """An amount typed in major units ("250.00"), turned into minor units by the view."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(**kwargs)


class PaymentMethodForm(TextGuardMixin, forms.Form):
    kind = forms.ChoiceField(
        choices=[("card", "Card"), ("bank_debit", "Bank debit")], label="Pay by"
    )
    number = forms.CharField(
        max_length=30,
        label="Card or account number",
        help_text="Sandbox: card 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined; "
        "bank account 000123456789 settles.",
        widget=forms.TextInput(attrs={"autocomplete": "cc-number", "inputmode": "numeric"}),
    )
    holder_name = forms.CharField(max_length=150, label="Name on the card or account")


# Both fields are hidden: their messages say what to do on the page, not which input failed.
_CHOOSE_A_METHOD = {
    "required": "Choose one of your payment methods.",
    "invalid": "Choose one of your payment methods.",
    "min_value": "Choose one of your payment methods.",
}
_RELOAD_TO_PAY = {
    "required": "This payment form is incomplete: reload the page and pay again.",
    "max_length": "This payment form is incomplete: reload the page and pay again.",
}


class FundForm(TextGuardMixin, forms.Form):
    payment_method = forms.IntegerField(
        widget=forms.HiddenInput, min_value=1, error_messages=_CHOOSE_A_METHOD
    )
    attempt = forms.CharField(
        max_length=64, widget=forms.HiddenInput, error_messages=_RELOAD_TO_PAY
    )


class SubmitWorkForm(TextGuardMixin, forms.Form):
    message = forms.CharField(
        max_length=5_000, widget=forms.Textarea(attrs={"rows": 4}), label="Message to the client"
    )
    # Not `files`: that name is the form's own mapping of uploaded files.
    attachments = MultipleFileField(required=False, label="Files")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The limits from the settings, said before the upload rather than after a refusal.
        self.fields["attachments"].help_text = (
            f"Up to {settings.DELIVERABLE_MAX_FILES} files of up to {max_file_size_words()} "
            "each; images, PDF, text, office documents, zip."
        )


class ApproveForm(TextGuardMixin, forms.Form):
    payment_method = forms.IntegerField(required=False, min_value=1)
    # Set by the confirmation page: without it, approving shows what will be released.
    confirmed = forms.BooleanField(required=False)
    amount = AmountField(
        required=False,
        label="Amount to release",
        help_text="Leave empty to release the full amount in escrow.",
    )


class ChangesForm(TextGuardMixin, forms.Form):
    message = forms.CharField(
        max_length=5_000, widget=forms.Textarea(attrs={"rows": 3}), label="What should change?"
    )


class ExtendForm(TextGuardMixin, forms.Form):
    days = forms.TypedChoiceField(
        choices=[(d, f"{d} day{'s' if d > 1 else ''}") for d in range(1, 8)],
        coerce=int,
        label="Extend by",
    )


class RefundForm(TextGuardMixin, forms.Form):
    amount = AmountField(
        required=False,
        label="Amount to refund",
        help_text="Leave empty to refund everything in escrow.",
    )
    reason = forms.CharField(
        max_length=2_000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class RefundRequestForm(TextGuardMixin, forms.Form):
    amount = AmountField(
        required=False, label="Amount", help_text="Leave empty to ask for everything in escrow."
    )
    reason = forms.CharField(max_length=2_000, widget=forms.Textarea(attrs={"rows": 2}))


class ProposalForm(TextGuardMixin, forms.Form):
    kind = forms.ChoiceField(
        choices=[
            ("add_milestone", "Add a milestone"),
            ("change_amount", "Change an amount"),
            ("change_due_date", "Change a due date"),
        ],
        label="Change",
    )
    milestone = forms.TypedChoiceField(
        coerce=int, required=False, empty_value=None, label="Milestone", choices=()
    )
    title = forms.CharField(max_length=200, required=False, label="New milestone title")
    amount = AmountField(required=False, label="Amount")
    due_date = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Due date"
    )
    note = forms.CharField(
        max_length=2_000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, milestones: list[tuple[int, str]] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        field = self.fields["milestone"]
        assert isinstance(field, forms.TypedChoiceField)  # noqa: S101 - declared above
        field.choices = [("", "—"), *(milestones or [])]

    def clean_due_date(self) -> date | None:
        return _due_date_at_its_field(self.cleaned_data.get("due_date"))


class RefundAnswerForm(TextGuardMixin, forms.Form):
    note = forms.CharField(
        max_length=2_000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


END_NOT_CONFIRMED = "Tick this box to end the contract."


class EndForm(TextGuardMixin, forms.Form):
    """Ending is final, so it takes an explicit confirmation at its own box (one click ended
    the contract before). Not `required=True`: the refusal carries its own code."""

    reason = forms.CharField(
        max_length=2_000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Why (optional)",
        help_text="The other party sees it with the notice that the contract has ended.",
    )
    confirm = forms.BooleanField(
        required=False,
        label="I understand that ending cannot be undone",
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Its own ids on the contract page, which holds other forms' fields too.
        kwargs.setdefault("auto_id", "end-%s")
        super().__init__(*args, **kwargs)

    def clean_confirm(self) -> bool:
        if not self.cleaned_data.get("confirm"):
            raise ValidationError(END_NOT_CONFIRMED, code=ContractErrorCode.END_NOT_CONFIRMED)
        return True


class FeedbackForm(TextGuardMixin, forms.Form):
    # Nothing preselected: a press of the button without a choice recorded 5 stars.
    rating = forms.TypedChoiceField(
        choices=[
            ("", "Choose a rating"),
            *((n, f"{n} star{'s' if n > 1 else ''}") for n in range(5, 0, -1)),
        ],
        coerce=int,
        error_messages={"required": "Choose a rating from 1 to 5 stars."},
    )
    comment = forms.CharField(
        max_length=2_000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class PayoutMethodForm(TextGuardMixin, forms.Form):
    # Its initial values (the freelancer's name, a currency) are the same on each view of
    # the earnings page: its markup is kept under them (core/templatetags/fields.py).
    markup_kept_with_initial = True

    account_number = forms.CharField(
        max_length=30,
        help_text="Sandbox: 000123456789 is paid, 000111111116 fails, "
        "000333333335 is paid, then returned by the bank.",
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    holder_name = forms.CharField(max_length=150, label="Account holder")
    currency = forms.ChoiceField(choices=[(c, c) for c in settings.SUPPORTED_CURRENCIES])


_RELOAD_TO_WITHDRAW = {
    "required": "This payout form is incomplete: reload the page and try again.",
    "max_length": "This payout form is incomplete: reload the page and try again.",
}
_ADD_A_BANK_ACCOUNT = "Add a bank account below before you withdraw."


class WithdrawForm(TextGuardMixin, forms.Form):
    payout_method = forms.TypedChoiceField(coerce=int, choices=(), label="Pay out to")
    amount = AmountField(label="Amount")
    attempt = forms.CharField(
        max_length=64, widget=forms.HiddenInput, error_messages=_RELOAD_TO_WITHDRAW
    )

    def __init__(self, *args: Any, methods: list[tuple[int, str]] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        field = self.fields["payout_method"]
        assert isinstance(field, forms.TypedChoiceField)  # noqa: S101 - declared above
        field.choices = methods or []
        if not methods:  # the page shows no form then: say what is missing instead
            field.error_messages = {
                "required": _ADD_A_BANK_ACCOUNT,
                "invalid_choice": _ADD_A_BANK_ACCOUNT,
            }


class MessageForm(TextGuardMixin, forms.Form):
    body = forms.CharField(
        max_length=10_000, widget=forms.Textarea(attrs={"rows": 3}), label="Message"
    )
    attachments = MultipleFileField(required=False, label="Attach files")
