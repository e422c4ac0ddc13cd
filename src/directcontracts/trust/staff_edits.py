"""Staff edits made in the back office (canned replies, Help Center categories, sections
and articles): saved with a reason and an audit entry holding the values before
and after, like every other staff write (`velocity.change_rule`).

Apps above trust use `AuditedAdmin` (its form asks for the reason); the service re-checks
the model permission when it runs."""

from __future__ import annotations

import json
from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from django.http import HttpRequest

from directcontracts.core.locks import lock_row
from directcontracts.core.validation import NoControlCharactersValidator
from directcontracts.trust.models import AuditEntry


def _values(obj: models.Model) -> dict[str, Any]:
    raw = {
        field.attname: field.value_from_object(obj)
        for field in obj._meta.concrete_fields
        if not field.primary_key
    }
    values: dict[str, Any] = json.loads(json.dumps(raw, cls=DjangoJSONEncoder))
    return values


def _label(obj: models.Model) -> str:
    return obj._meta.model_name or type(obj).__name__.lower()


def _check(by: Any, obj: models.Model, verb: str) -> None:
    permission = f"{obj._meta.app_label}.{verb}_{_label(obj)}"
    if not (by.is_active and by.has_perm(permission)):
        raise PermissionDenied(f"Only staff with {permission} may do this.")


def save_with_reason(*, obj: models.Model, by: Any, reason: str) -> models.Model:
    """Add or change `obj` as staff member `by`; the changed values and the reason are audited."""
    from directcontracts.trust.actions import _reason

    adding = obj.pk is None or not type(obj)._default_manager.filter(pk=obj.pk).exists()
    _check(by, obj, "add" if adding else "change")
    text = _reason(reason)
    with transaction.atomic():
        before: dict[str, Any] = {}
        if not adding:
            before = _values(lock_row(type(obj), obj.pk))
        obj.save()
        after = _values(obj)
        changed = [name for name in after if before.get(name) != after[name]] if before else []
        AuditEntry.objects.create(
            case=None,
            actor=by,
            action=f"{_label(obj)}_{'added' if adding else 'changed'}"[:40],
            reason=text,
            data={
                "model": obj._meta.label_lower,
                "id": obj.pk,
                "from": {name: before[name] for name in changed},
                "to": after if adding else {name: after[name] for name in changed},
            },
        )
    return obj


def record_edit(*, by: Any, action: str, reason: str, data: dict[str, Any]) -> None:
    """The writer behind `core.staff_audit.record_staff_edit` (apps below trust)."""
    from directcontracts.trust.actions import _reason

    AuditEntry.objects.create(
        case=None, actor=by, action=action[:40], reason=_reason(reason), data=data
    )


class ReasonForm(forms.ModelForm):
    """A back-office form whose save needs a reason for the audit trail."""

    change_reason = forms.CharField(
        label="Reason for this change",
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        validators=[NoControlCharactersValidator(multiline=True)],
        help_text="Required: the change and its reason go on the audit trail.",
        error_messages={
            "required": "Write the reason for this change: it goes on the audit trail."
        },
    )

    def clean_change_reason(self) -> str:
        from directcontracts.core.errors import DomainError
        from directcontracts.trust.actions import _reason

        try:
            return _reason(self.cleaned_data["change_reason"])
        except DomainError as refused:
            raise forms.ValidationError(refused.message, code=refused.code) from None


class AuditedAdmin(admin.ModelAdmin):
    """Saves go through `save_with_reason`; deleting is not offered here (it would skip the
    reason), staff unpublish or deactivate instead."""

    form = ReasonForm

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        save_with_reason(obj=obj, by=request.user, reason=form.cleaned_data["change_reason"])

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
