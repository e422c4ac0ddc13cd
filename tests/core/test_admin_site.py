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


# --- Search (a list's search box runs a bounded number of words) -----------------------

MANY_WORDS = " ".join(["ab"] * 2000)


def test_an_admin_search_keeps_its_first_ten_words_of_its_first_200_characters():
    from directcontracts.core.admin_site import bounded_search

    assert bounded_search(MANY_WORDS) == " ".join(["ab"] * 10)
    assert bounded_search('"Nora Newclient" bakery') == '"Nora Newclient" bakery'
    assert bounded_search("x" * 5000) == "x" * 200


def test_every_admin_list_with_a_search_box_cuts_a_long_search():
    superuser = StaffFactory(email="root@example.com", is_superuser=True)
    uncut = []
    for model, model_admin in admin.site._registry.items():
        if not model_admin.search_fields:
            continue
        request = RequestFactory().get("/admin/", {"q": MANY_WORDS})
        request.user = superuser
        request._messages = _Messages()
        model_admin.get_search_results(request, model._default_manager.none(), MANY_WORDS)
        if not any("first 10 words" in text for text in request._messages.texts):
            uncut.append(model.__name__)
    assert uncut == []


def test_a_long_admin_search_lists_results_and_says_it_was_cut(client):
    from tests.accounts.helpers import sign_in_staff

    superuser = StaffFactory(email="root@example.com", is_superuser=True)
    sign_in_staff(client, superuser)

    response = client.get("/admin/contracts/contract/", {"q": MANY_WORDS})

    assert response.status_code == 200
    assert b"Only the first 10 words" in response.content


class _Messages:
    """The message store of a request that never reaches the middleware."""

    def __init__(self):
        self.texts = []

    def add(self, level, message, extra_tags=""):
        self.texts.append(str(message))
