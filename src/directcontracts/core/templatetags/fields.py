"""`{% field_groups form %}`: a form's fields, each as `<div class="field">{{ field.as_field_group
}}</div>`, the markup of the loop it replaces.

Django renders a field through three to six templates (label, widget, attributes, one per
select option): on the contract page the proposal and message forms were about a tenth of
the page (issue 19). An empty form's markup depends on nothing but its definition, so it is
kept, in this process, under a key made of everything it is built from: the form's class,
prefix, ids and flags, the language, and each field's class, label, help text, flags, widget
class and attributes and choices (the proposal form's milestone choices are this contract's
titles). Only a form with no data and no initial value is kept: a bound form (its values,
its errors) or one with initial values (a random attempt key, a name) is rendered each time,
and so is any form whose fields have choices read from the database.

A form class whose initial values repeat from one request to the next (the earnings page's
bank account form starts with the freelancer's name and a currency) says so with
`markup_kept_with_initial = True`: its initial values are then part of the key (one entry per
distinct set of values). A form whose initial values change on every request (a random
attempt key) must not say it: each of its renders would be an entry never read again.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from django import forms, template
from django.utils import translation
from django.utils.functional import Promise
from django.utils.html import format_html_join
from django.utils.safestring import SafeString

register = template.Library()

KEPT_FORMS = 256  # distinct empty forms kept (a proposal form per contract's milestone titles)
_kept: OrderedDict[tuple[Any, ...], SafeString] = OrderedDict()


class _NotPlain(Exception):
    """A value the key cannot hold faithfully: render, do not keep."""


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Promise):
        return str(value)  # a lazy translation, in the active language (also in the key)
    if isinstance(value, list | tuple):
        return tuple(_plain(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((str(k), _plain(v)) for k, v in value.items()))
    raise _NotPlain(type(value).__name__)


def _field_key(name: str, field: forms.Field) -> tuple[Any, ...]:
    if field.initial is not None or field.show_hidden_initial:
        raise _NotPlain("initial")
    choices: Any = ()
    if hasattr(field, "choices"):
        if not isinstance(field.choices, list):  # a queryset's choices: read each time
            raise _NotPlain("choices")
        choices = _plain(field.choices)
    widget = field.widget
    return (
        name,
        type(field),
        _plain(field.label),
        _plain(field.help_text),
        field.required,
        field.disabled,
        field.localize,
        _plain(field.label_suffix),
        type(widget),
        _plain(widget.attrs),
        _plain(getattr(widget, "input_type", None)),
        _plain(getattr(widget, "allow_multiple_selected", None)),
        choices,
        _plain(field.widget_attrs(widget)),
    )


def _key(form: forms.BaseForm) -> tuple[Any, ...] | None:
    """Everything an empty form's markup is made of, or None when it must be rendered."""
    if form.is_bound or type(form.renderer) is not _default_renderer_class():
        return None
    if form.initial and not getattr(form, "markup_kept_with_initial", False):
        return None
    try:
        return (
            type(form),
            form.prefix,
            _plain(form.auto_id),
            _plain(form.label_suffix),
            form.use_required_attribute,
            form.empty_permitted,
            _plain(getattr(form, "required_css_class", None)),
            _plain(getattr(form, "error_css_class", None)),
            translation.get_language(),
            _plain(form.initial),
            tuple(_field_key(name, field) for name, field in form.fields.items()),
        )
    except _NotPlain:
        return None


def _default_renderer_class() -> type:
    from django.forms.renderers import get_default_renderer

    return type(get_default_renderer())


def _render(form: forms.BaseForm) -> SafeString:
    return format_html_join(
        "", '<div class="field">{}</div>', ((field.as_field_group(),) for field in form)
    )


@register.simple_tag
def field_groups(form: forms.BaseForm) -> SafeString:
    key = _key(form)
    if key is None:
        return _render(form)
    html = _kept.get(key)
    if html is None:
        html = _kept[key] = _render(form)
        while len(_kept) > KEPT_FORMS:
            _kept.popitem(last=False)
    return html
