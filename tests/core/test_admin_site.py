"""The back office's forms refuse control characters like every other form."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import RequestFactory

from directcontracts.core.validation import NoControlCharactersValidator
from tests.accounts.factories import StaffFactory

pytestmark = pytest.mark.django_db


def _text_fields(form_class):
    from django import forms

    return {
        name: field
        for name, field in form_class.base_fields.items()
        if isinstance(field, forms.CharField)
    }


def test_every_admin_form_text_field_refuses_control_characters():
    superuser = StaffFactory(email="root@example.com", is_superuser=True)
    request = RequestFactory().get("/admin/")
    request.user = superuser
    unguarded = []
    for model, model_admin in admin.site._registry.items():
        forms_to_check = [("", model_admin.get_form(request))]
        forms_to_check += [
            (f"{inline.__class__.__name__}.", inline.get_formset(request).form)
            for inline in model_admin.get_inline_instances(request)
        ]
        for prefix, form_class in forms_to_check:
            for name, field in _text_fields(form_class).items():
                if field.disabled or name.startswith("password"):
                    continue
                if not any(isinstance(v, NoControlCharactersValidator) for v in field.validators):
                    unguarded.append(f"{model.__name__}: {prefix}{name}")
    assert unguarded == []
