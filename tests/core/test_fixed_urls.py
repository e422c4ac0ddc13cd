"""`{% fixed_url %}` gives what `{% url %}` gives, for the URLconf and script prefix in use."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.test import override_settings
from django.urls import reverse, set_script_prefix

NAMES = ["home", "contracts:list", "accounts:sign_out", "helpcenter:security", "status"]


def _render(source: str) -> str:
    return Template("{% load fixed_urls %}" + source).render(Context({}))


@pytest.mark.parametrize("name", NAMES)
def test_a_fixed_url_is_the_url_tags_address(name: str) -> None:
    expected = Template(f"{{% url '{name}' %}}").render(Context({}))
    assert _render(f"{{% fixed_url '{name}' %}}") == expected == reverse(name)


def test_a_fixed_url_follows_the_script_prefix() -> None:
    plain = _render("{% fixed_url 'contracts:list' %}")
    set_script_prefix("/under/")
    try:
        assert _render("{% fixed_url 'contracts:list' %}") == "/under" + plain
    finally:
        set_script_prefix("/")
    assert _render("{% fixed_url 'contracts:list' %}") == plain


def test_a_fixed_url_follows_a_changed_urlconf() -> None:
    _render("{% fixed_url 'status' %}")  # kept for the site's URLconf
    with override_settings(ROOT_URLCONF="tests.core.fixed_urls_conf"):
        assert _render("{% fixed_url 'status' %}") == "/elsewhere/status/"
    assert _render("{% fixed_url 'status' %}") == reverse("status")
