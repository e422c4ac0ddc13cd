"""Get Help forms. The services check everything again; forms give field-level messages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings

from directcontracts.core.filters import ChoiceFiltersForm
from directcontracts.core.validation import TextGuardMixin
from directcontracts.helpcenter.text import validate_multiline, validate_single_line
from directcontracts.support.errors import SupportErrorCode
from directcontracts.support.models import TICKET_TRANSITIONS, Priority, Status, Topic
from directcontracts.support.tickets import DESCRIPTION_MAX, REPLY_MAX, SUBJECT_MAX


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


def _attachments_field() -> MultipleFileField:
    megabytes = settings.SUPPORT_MAX_ATTACHMENT_BYTES / (1024 * 1024)
    return MultipleFileField(
        required=False,
        label="Attach files (optional)",
        help_text=(
            f"Up to {settings.SUPPORT_MAX_ATTACHMENTS} files of {megabytes:g} MB each: "
            "screenshots (PNG, JPEG, GIF, WebP), PDF or plain text."
        ),
    )


class RequestForm(TextGuardMixin, forms.Form):
    topic = forms.ChoiceField(
        choices=[("", "Choose a topic"), *Topic.choices],
        label="Topic",
        error_messages={"required": "Choose the topic closest to your question."},
    )
    subject = forms.CharField(
        max_length=SUBJECT_MAX,
        label="Subject",
        validators=[validate_single_line],
        error_messages={"required": "Give your request a subject, in a few words."},
    )
    description = forms.CharField(
        error_messages={"required": "Say what went wrong: what you did, and what happened."},
        max_length=DESCRIPTION_MAX,
        min_length=10,
        label="Describe what happened",
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="What you did, what you expected and what happened. Never include passwords or full card numbers.",
        validators=[validate_multiline],
    )
    contract = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, label="Contract concerned (optional)"
    )
    name = forms.CharField(
        max_length=150, required=False, label="Your name", validators=[validate_single_line]
    )
    email = forms.EmailField(
        max_length=254,
        required=False,
        label="Your email address",
        help_text="We send a link to confirm it, then answer you there.",
        error_messages={"required": "Enter your email address, so that we can answer you."},
    )
    article = forms.SlugField(required=False, max_length=100, widget=forms.HiddenInput)
    attachments = _attachments_field()

    def __init__(
        self, *args: Any, user: Any = None, contracts: list[Any] | None = None, **kwargs: Any
    ):
        super().__init__(*args, **kwargs)
        self.signed_in = user is not None
        if self.signed_in:
            del self.fields["name"]
            del self.fields["email"]
            self.fields["contract"].choices = [  # type: ignore[attr-defined]
                ("", "None"),
                *[(c.pk, f"#{c.pk} {c.title}") for c in contracts or []],
            ]
        else:
            del self.fields["contract"]
            self.fields["email"].required = True


class ReplyForm(TextGuardMixin, forms.Form):
    body = forms.CharField(
        max_length=REPLY_MAX,
        label="Your message",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Write your message before sending it."},
        validators=[validate_multiline],
    )
    attachments = _attachments_field()


class StaffReplyForm(TextGuardMixin, forms.Form):
    body = forms.CharField(
        max_length=REPLY_MAX,
        label="Reply to the customer",
        widget=forms.Textarea(attrs={"rows": 8}),
        validators=[validate_multiline],
    )
    status_after = forms.ChoiceField(
        label="Then set the status to",
        choices=[
            (Status.WAITING, Status.WAITING.label),
            (Status.OPEN, Status.OPEN.label),
            (Status.RESOLVED, Status.RESOLVED.label),
        ],
        initial=Status.WAITING,
    )
    canned_reply = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, widget=forms.HiddenInput
    )
    attachments = _attachments_field()

    def __init__(self, *args: Any, canned_ids: list[int] | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["canned_reply"].choices = [("", ""), *[(i, str(i)) for i in canned_ids or []]]  # type: ignore[attr-defined]


class NoteForm(TextGuardMixin, forms.Form):
    body = forms.CharField(
        max_length=REPLY_MAX,
        label="Internal note (only the support team sees it)",
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=[validate_multiline],
    )

    def __init__(self, *args: Any, **kwargs: Any):
        # Its own ids: on the ticket page it sits beside the reply form, whose text box is
        # id_body too, and a label must point at its own box.
        kwargs.setdefault("auto_id", "id_note_%s")
        super().__init__(*args, **kwargs)


class StatusForm(TextGuardMixin, forms.Form):
    status = forms.ChoiceField(choices=Status.choices, label="Status")
    reason = forms.CharField(
        max_length=500, required=False, label="Reason (optional)", validators=[validate_single_line]
    )

    def __init__(self, *args: Any, current: str = "", **kwargs: Any):
        """`current`: the ticket's status, for the form drawn on its page, which offers only
        that status and those it may move to (a posted form keeps every status, so a move
        that is not allowed is refused by the service with its own code and words)."""
        super().__init__(*args, **kwargs)
        if current:
            allowed = TICKET_TRANSITIONS.get(current, set())
            field = self.fields["status"]
            assert isinstance(field, forms.ChoiceField)  # noqa: S101 - declared above
            field.choices = [
                (value, label)
                for value, label in Status.choices
                if value == current or value in allowed
            ]


def _reason_field(label: str) -> forms.CharField:
    return forms.CharField(
        max_length=500, required=False, label=label, validators=[validate_single_line]
    )


class PriorityForm(TextGuardMixin, forms.Form):
    priority = forms.ChoiceField(choices=Priority.choices, label="Priority")
    reason = _reason_field("Reason (needed to lower the priority)")

    def __init__(self, *args: Any, **kwargs: Any):
        # Its own ids: the status form beside it has a reason box too.
        kwargs.setdefault("auto_id", "id_priority_%s")
        super().__init__(*args, **kwargs)


class AssignForm(TextGuardMixin, forms.Form):
    assignee = forms.TypedChoiceField(
        coerce=int, empty_value=None, required=False, label="Assign to"
    )
    reason = _reason_field("Reason (needed to take a request from a colleague)")

    def __init__(self, *args: Any, team: list[Any] | None = None, **kwargs: Any):
        kwargs.setdefault("auto_id", "id_assign_%s")
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [  # type: ignore[attr-defined]
            ("", "Nobody"),
            *[(u.pk, u.full_name or u.email) for u in team or []],
        ]


class EscalateForm(TextGuardMixin, forms.Form):
    summary = forms.CharField(
        max_length=500,
        label="What Trust & Safety should look at",
        widget=forms.Textarea(attrs={"rows": 3}),
        validators=[validate_multiline],
    )


class QueueFilterForm(ChoiceFiltersForm):
    """The queue's topic and priority filters (the selector takes what this gives it)."""

    topic = forms.ChoiceField(choices=Topic.choices, required=False)
    priority = forms.ChoiceField(choices=Priority.choices, required=False)

    FIELDS = (
        ("topic", SupportErrorCode.TOPIC_INVALID, "every topic"),
        ("priority", SupportErrorCode.PRIORITY_INVALID, "every priority"),
    )


class BulkForm(TextGuardMixin, forms.Form):
    """The queue's bulk action: the tickets ticked (or every one on the page), what to do,
    and the one thing that action needs. The services check each ticket again."""

    tickets = forms.MultipleChoiceField(required=False)
    select_all = forms.BooleanField(required=False)
    page_tickets = forms.MultipleChoiceField(required=False)
    action = forms.ChoiceField(label="With the selected tickets")
    assignee = forms.TypedChoiceField(
        coerce=int, empty_value=None, required=False, label="Assign to"
    )
    priority = forms.ChoiceField(choices=[("", "—"), *Priority.choices], required=False)
    canned_reply = forms.TypedChoiceField(
        coerce=int, empty_value=None, required=False, label="Canned reply"
    )
    reason = _reason_field("Reason (optional; needed to take from a colleague or lower)")

    def __init__(
        self,
        *args: Any,
        team: list[Any] | None = None,
        canned: list[Any] | None = None,
        **kwargs: Any,
    ):
        kwargs.setdefault("auto_id", "id_bulk_%s")
        super().__init__(*args, **kwargs)
        from directcontracts.support.bulk import ACTIONS, MAX_TICKETS

        self.max_tickets = MAX_TICKETS
        self.fields["action"].choices = list(ACTIONS.items())  # type: ignore[attr-defined]
        self.fields["assignee"].choices = [  # type: ignore[attr-defined]
            ("", "—"),
            *[(u.pk, u.full_name or u.email) for u in team or []],
        ]
        self.fields["canned_reply"].choices = [  # type: ignore[attr-defined]
            ("", "—"),
            *[(c.pk, c.title) for c in canned or []],
        ]

    def _references(self, name: str) -> list[str]:
        return [r[:40] for r in self.data.getlist(name)] if hasattr(self.data, "getlist") else []

    def full_clean(self) -> None:
        # The references are free text checked by the service (unknown ones are refused
        # one by one), so the choices are what was posted, bounded.
        for name in ("tickets", "page_tickets"):
            refs = self._references(name)[: 2 * (getattr(self, "max_tickets", 100))]
            self.fields[name].choices = [(r, r) for r in refs]  # type: ignore[attr-defined]
        super().full_clean()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        chosen = data.get("page_tickets") if data.get("select_all") else data.get("tickets")
        if not chosen:
            raise forms.ValidationError(
                "Tick at least one ticket.", code=SupportErrorCode.NO_TICKETS
            )
        if len(chosen) > self.max_tickets:
            raise forms.ValidationError(
                f"Choose at most {self.max_tickets} tickets at once.",
                code=SupportErrorCode.TOO_MANY_TICKETS,
            )
        data["chosen"] = list(chosen)
        needs = {"assign": "assignee", "priority": "priority", "close": "canned_reply"}
        needed = needs.get(data.get("action", ""))
        if needed and not data.get(needed):
            self.add_error(needed, "Choose one for this action.")
        return data
