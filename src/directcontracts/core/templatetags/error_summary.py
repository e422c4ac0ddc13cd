"""`{% error_summary form formset %}`: a box at the top of a form listing every field in error,
each a link to its field (where the message is shown next to it), so a refusal far down a long
form is seen on arrival. Renders nothing when nothing is in error."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms, template

register = template.Library()


@dataclass(frozen=True)
class Problem:
    href: str
    text: str
    code: str


def _field_problems(form: forms.BaseForm, row_name: str = "", number: int = 0) -> list[Problem]:
    """`Label: message`; in a formset's row, `Milestone 2 amount: message` (and
    `Milestone 2: message` for the field labelled like the rows, a milestone's name)."""
    problems = []
    for field in form:
        label = str(field.label)
        if not row_name:
            name = label
        elif label == row_name:
            name = f"{row_name} {number}"
        else:
            name = f"{row_name} {number} {label[:1].lower()}{label[1:]}"
        # A hidden field has nothing to go to (its value came from the page, not the person).
        href = "" if field.is_hidden else f"#{field.id_for_label}"
        for error in field.errors.as_data():
            for message in error.messages:
                problems.append(Problem(href, f"{name}: {message}", error.code or ""))
    return problems


def _formset_problems(formset: forms.BaseFormSet, row_name: str) -> list[Problem]:
    problems = []
    first_field = next(iter(formset.forms[0]), None) if formset.forms else None
    anchor = f"#{first_field.id_for_label}" if first_field is not None else ""
    for error in formset.non_form_errors().as_data():
        for message in error.messages:
            problems.append(Problem(anchor, message, error.code or ""))
    for number, form in enumerate(formset.forms, start=1):
        problems += _field_problems(form, row_name, number)
    return problems


@register.inclusion_tag("core/_error_summary.html")
def error_summary(*forms_and_formsets: Any, row_name: str = "Row") -> dict[str, Any]:
    problems: list[Problem] = []
    for item in forms_and_formsets:
        if isinstance(item, forms.BaseFormSet):
            problems += _formset_problems(item, row_name)
        elif isinstance(item, forms.BaseForm):
            problems += _field_problems(item)
    return {"problems": problems}
