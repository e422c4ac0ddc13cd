from __future__ import annotations

from django import forms

from directcontracts.core.validation import TextGuardMixin
from directcontracts.notifications import events


def _event_choices() -> list[tuple[str, str]]:
    return [(events.ALL_EVENTS, "All events, including ones added later")] + [
        (name, f"{name} — {description}") for name, description in events.event_types().items()
    ]


class EndpointForm(TextGuardMixin, forms.Form):
    url = forms.CharField(
        max_length=500,
        label="Endpoint URL",
        help_text="An https:// address that accepts POST requests with a JSON body "
        "(http:// only in development).",
        # A text input (styled like the others) rather than type=url: the service decides.
        widget=forms.TextInput(
            attrs={"inputmode": "url", "placeholder": "https://example.com/webhooks/dc"}
        ),
    )
    description = forms.CharField(max_length=200, required=False)
    enabled_events = forms.MultipleChoiceField(
        label="Events to send",
        widget=forms.CheckboxSelectMultiple,
        initial=[events.ALL_EVENTS],
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # Read at request time: apps above this one may register event types in ready().
        self.fields["enabled_events"].choices = _event_choices()  # type: ignore[attr-defined]


class EndpointActiveForm(TextGuardMixin, forms.Form):
    """The endpoint page's Enable / Disable button: exactly "true" or "false"."""

    active = forms.TypedChoiceField(
        choices=[("true", "Enable"), ("false", "Disable")],
        coerce=lambda value: value == "true",
        error_messages={
            "required": "Choose to enable or disable the endpoint.",
            "invalid_choice": "Choose to enable or disable the endpoint.",
        },
    )
