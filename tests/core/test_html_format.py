"""`core.html.format_html` and `format_html_join` give Django's markup for every kind of value."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import html as django_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy

from directcontracts.core import html


class _Markup:
    def __repr__(self) -> str:
        return "_Markup()"

    def __html__(self) -> str:
        return "<b>already markup</b>"


class _Text(str):
    """A str subclass that is not marked safe: escaped like a str."""


VALUES: list[Any] = [
    "plain",
    "<script>alert('x') & \"y\"</script>",
    mark_safe("<em>safe</em>"),  # noqa: S308 - a fixed string
    gettext_lazy("Funded & <held>"),
    42,
    -1.5,
    None,
    _Markup(),
    _Text("<i>subclass</i>"),
    "",
]


@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_format_html_escapes_each_value_as_django_does(value: Any) -> None:
    fmt = '<a title="{}">{} {}</a>'
    ours = html.format_html(fmt, value, value, "&")
    assert ours == django_html.format_html(fmt, value, value, "&")
    assert isinstance(ours, SafeString)


def test_format_html_escapes_keyword_values_as_django_does() -> None:
    fmt = "<p>{name}: {amount}</p>"
    values = {"name": "<Ann & Bo>", "amount": mark_safe("1&nbsp;000")}  # noqa: S308
    assert html.format_html(fmt, **values) == django_html.format_html(fmt, **values)


def test_format_html_join_gives_djangos_markup_for_sequences_and_mappings() -> None:
    rows = [(value, "<x>") for value in VALUES]
    assert html.format_html_join("<br>", "<li>{} {}</li>", rows) == django_html.format_html_join(
        "<br>", "<li>{} {}</li>", rows
    )
    named = [{"a": value} for value in VALUES]
    assert html.format_html_join(
        mark_safe("<hr>"),  # noqa: S308
        "<li>{a}</li>",
        named,
    ) == django_html.format_html_join(mark_safe("<hr>"), "<li>{a}</li>", named)  # noqa: S308
    assert isinstance(html.format_html_join("", "{}", []), SafeString)
