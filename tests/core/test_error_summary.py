"""The error summary links each visible field in error, and names a hidden one without a link."""

from __future__ import annotations

from django import forms

from directcontracts.core.templatetags.error_summary import error_summary


class _Form(forms.Form):
    subject = forms.CharField()
    article = forms.IntegerField(widget=forms.HiddenInput)


def _problems() -> list:
    form = _Form(data={"subject": "", "article": "not a number"})
    form.is_valid()
    return error_summary(form)["problems"]


def test_a_visible_field_in_error_is_linked_to_its_input():
    subject = next(p for p in _problems() if p.text.startswith("Subject"))
    assert subject.href == "#id_subject"


def test_a_hidden_field_in_error_is_named_without_a_link_to_nowhere():
    article = next(p for p in _problems() if p.text.startswith("Article"))
    assert article.href == ""
