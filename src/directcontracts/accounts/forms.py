from typing import Any

from django import forms
from django.conf import settings

from directcontracts.accounts.models import ClientProfile, FreelancerProfile
from directcontracts.core.countries import clean_country, country_choices
from directcontracts.core.errors import DomainError
from directcontracts.core.validation import TextGuardMixin
from directcontracts.notifications.email_groups import FREQUENCY_LABELS, groups_for


class SignUpForm(TextGuardMixin, forms.Form):
    full_name = forms.CharField(max_length=150, label="Your name")
    email = forms.EmailField(max_length=254)
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        max_length=128,
        help_text="At least 10 characters; not a common or breached password.",
    )
    as_freelancer = forms.BooleanField(
        required=False, initial=True, label="I work as a freelancer or agency"
    )
    as_client = forms.BooleanField(required=False, label="I hire freelancers")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("as_freelancer") and not data.get("as_client"):
            # At the first role's box, so the error summary can link to it.
            self.add_error("as_freelancer", "Choose at least one role: freelancer or client.")
        return data


class SignInForm(TextGuardMixin, forms.Form):
    email = forms.EmailField(
        max_length=254, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}), max_length=128
    )


class SecondFactorForm(TextGuardMixin, forms.Form):
    code = forms.CharField(
        max_length=20,
        label="Code from your authenticator app, or a recovery code",
        help_text="6 digits from the app, or a recovery code such as a1b2c3-d4e5f6.",
        # Text, not a number pad: a recovery code has letters and a hyphen, and a phone's
        # number pad could not type it.
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "text",
                "autocapitalize": "none",
                "autocorrect": "off",
                "spellcheck": "false",
            }
        ),
    )


class TotpSetupForm(SecondFactorForm):
    """Confirming the set-up: only the app's code works here (the recovery codes are made
    by this step), so the field does not offer one."""

    code = forms.CharField(
        max_length=20,
        label="6-digit code from your authenticator app",
        help_text="The app shows a new code every 30 seconds.",
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}
        ),
    )


class EmailForm(TextGuardMixin, forms.Form):
    email = forms.EmailField(max_length=254)


class SetPasswordForm(TextGuardMixin, forms.Form):
    new_password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        max_length=128,
        label="New password",
    )


class ChangePasswordForm(TextGuardMixin, forms.Form):
    current_password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}), max_length=128
    )
    new_password = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}), max_length=128
    )


class ApiTokenForm(TextGuardMixin, forms.Form):
    name = forms.CharField(
        max_length=100, label="Token name", help_text="So you recognise it later."
    )
    expires_in_days = forms.TypedChoiceField(
        label="Expires",
        choices=[("30", "In 30 days"), ("90", "In 90 days"), ("365", "In a year"), ("", "Never")],
        coerce=int,
        empty_value=None,
        required=False,
        initial="90",
        help_text="Every token is revoked when your password changes.",
    )


_currency_choices = [(c, c) for c in settings.SUPPORTED_CURRENCIES]


def country_field() -> forms.ChoiceField:
    """A select of real countries; the server checks the choice like any select."""
    return forms.ChoiceField(
        label="Country", choices=[("", "Choose a country"), *country_choices()]
    )


class CountryCodeMixin:
    cleaned_data: dict[str, Any]

    def clean_country(self) -> str:
        try:
            return clean_country(self.cleaned_data["country"])
        except DomainError as refused:
            raise forms.ValidationError(refused.message) from None


class FreelancerProfileForm(TextGuardMixin, CountryCodeMixin, forms.ModelForm[FreelancerProfile]):
    payout_currency = forms.ChoiceField(choices=_currency_choices)
    country = country_field()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Both profile forms share a page: their own ids keep each label on its field.
        kwargs.setdefault("auto_id", "freelancer-%s")
        super().__init__(*args, **kwargs)

    class Meta:
        model = FreelancerProfile
        fields = ["display_name", "country", "payout_currency", "agency_name"]
        # The model's help text ("Set for agency members.") is a note for developers.
        help_texts = {
            "agency_name": "If you work as or for an agency: its name, shown to your clients "
            "beside yours on invitations and contracts."
        }


class ClientProfileForm(TextGuardMixin, CountryCodeMixin, forms.ModelForm[ClientProfile]):
    country = country_field()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "client-%s")
        super().__init__(*args, **kwargs)

    class Meta:
        model = ClientProfile
        fields = ["name", "company", "country"]


class TurnOnRoleForm(TextGuardMixin, forms.Form):
    """The settings page's explicit choice to add a role (its button carries the role)."""

    role = forms.ChoiceField(choices=[("freelancer", "Freelancer"), ("client", "Client")])


class EmailPreferencesForm(TextGuardMixin, forms.Form):
    """Settings → Email: for each group a person may choose, how its notices are emailed,
    one radio button of `frequency-<group key>` ("immediate", "daily" or "off"). Required
    groups are shown as always sent (nothing posted for them). A group not posted keeps its
    setting; a posted group that is not offered, or an unknown word, makes the form invalid."""

    PREFIX = "frequency-"

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.optional_groups = [g for g in groups_for(user) if not g.required]
        for group in self.optional_groups:
            self.fields[self.PREFIX + group.key] = forms.ChoiceField(
                required=False, choices=[(f, FREQUENCY_LABELS[f]) for f in group.frequencies]
            )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        offered = {self.PREFIX + g.key for g in self.optional_groups}
        if any(k.startswith(self.PREFIX) and k not in offered for k in self.data):
            raise forms.ValidationError("That group of emails can't be chosen here.")
        return cleaned

    def choices(self) -> dict[str, str]:
        chosen = {g.key: self.cleaned_data.get(self.PREFIX + g.key) for g in self.optional_groups}
        return {key: value for key, value in chosen.items() if value}


class CloseAccountForm(TextGuardMixin, forms.Form):
    password = forms.CharField(
        label="Your password",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        max_length=128,
    )
    confirm = forms.BooleanField(
        required=False,
        label="I understand that closing my account can't be undone: I will no longer be able "
        "to sign in, and my name and email will be removed.",
    )
