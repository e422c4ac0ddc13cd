"""The one place that refuses control characters: Django forms and pydantic schemas."""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from django import forms
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from directcontracts.core.validation import (
    MultiLineStr,
    SingleLineStr,
    TextGuardMixin,
    find_control_character,
)

C0_EXCEPT_WHITESPACE = [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"]
C1 = [chr(c) for c in range(0x7F, 0xA0)]


@pytest.mark.parametrize("char", C0_EXCEPT_WHITESPACE + C1 + ["\ud800", "\udfff"])
def test_every_c0_c1_control_and_lone_surrogate_is_found(char):
    assert find_control_character(f"ab{char}cd", multiline=True) == char


@pytest.mark.parametrize("char", ["\t", "\n", "\r"])
def test_tab_newline_and_cr_are_allowed_only_in_multi_line_text(char):
    assert find_control_character(f"a{char}b", multiline=True) is None
    assert find_control_character(f"a{char}b", multiline=False) == char


# Ordinary text: no controls, no lone surrogates and none of the nine invisible direction
# controls (embeddings, overrides, isolates), which are refused like controls.
DIRECTION_CONTROLS = "".join(chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


@given(
    st.text(
        alphabet=st.characters(
            min_codepoint=0x20,
            exclude_categories=["Cc", "Cs"],
            exclude_characters=DIRECTION_CONTROLS,
        )
    )
)
def test_ordinary_text_in_any_script_passes(text):
    assert find_control_character(text, multiline=False) is None


class _Schema(BaseModel):
    title: SingleLineStr
    body: MultiLineStr = ""


def test_the_pydantic_type_reports_the_control_characters_error_type():
    with pytest.raises(ValidationError) as caught:
        _Schema(title="a\x00b")
    (error,) = caught.value.errors()
    assert error["type"] == "control_characters"
    assert "U+0000" in error["msg"]


def test_the_pydantic_multi_line_type_keeps_newlines():
    assert _Schema(title="t", body="one\ntwo").body == "one\ntwo"


class _Form(TextGuardMixin, forms.Form):
    name = forms.CharField(max_length=50)
    notes = forms.CharField(widget=forms.Textarea, required=False)


def test_a_form_field_with_a_control_character_gets_one_clear_error():
    form = _Form(data={"name": "Ana\x00", "notes": ""})
    assert not form.is_valid()
    assert form.errors.as_data()["name"][0].code == "control_characters"
    assert len(form.errors["name"]) == 1


def test_a_textarea_accepts_newlines_and_tabs_but_not_escape():
    assert _Form(data={"name": "Ana", "notes": "a\n\tb\r\n"}).is_valid()
    assert not _Form(data={"name": "Ana", "notes": "a\x1b[31m"}).is_valid()


def _project_forms() -> list[type[forms.BaseForm]]:
    import directcontracts

    for module in pkgutil.walk_packages(directcontracts.__path__, "directcontracts."):
        if module.name.endswith((".forms", "views")):
            importlib.import_module(module.name)

    found, stack = [], [forms.BaseForm]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        # The back office's forms are guarded by its admin site (core/admin_site.py).
        if cls.__module__.startswith("directcontracts.") and cls.__module__.endswith(
            (".forms", "views")
        ):
            found.append(cls)
    return found


def test_every_project_form_uses_the_guard():
    """New forms must inherit TextGuardMixin (core/validation.py)."""
    unguarded = [
        f"{cls.__module__}.{cls.__name__}"
        for cls in _project_forms()
        if not issubclass(cls, TextGuardMixin) and cls is not TextGuardMixin
    ]
    assert _project_forms()
    assert unguarded == []
