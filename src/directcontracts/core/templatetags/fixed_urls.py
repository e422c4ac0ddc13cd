"""`{% fixed_url 'name' %}`: `{% url 'name' %}` for a route without arguments, reversed once.

The site's header and footer (`base.html`) link to fifteen such routes on every page, and
Django's `reverse` walks the resolver for each of them each time (issue 19, eleventh round).
A route without arguments has one address for a given URLconf and script prefix, so it is
kept under exactly those: the same for every viewer, nothing about a person in it.
"""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()


@register.simple_tag
def fixed_url(name: str) -> str:
    return _reversed(name, get_script_prefix(), get_urlconf() or settings.ROOT_URLCONF)


@lru_cache(maxsize=512)
def _reversed(name: str, prefix: str, urlconf: str) -> str:
    """`prefix` is in the key because `reverse` reads it itself."""
    return reverse(name, urlconf=urlconf)


@receiver(setting_changed)
def _forget_on_new_urls(*, setting: str, **kwargs: object) -> None:
    # Tests swap ROOT_URLCONF or FORCE_SCRIPT_NAME; Django empties its own URL caches then.
    if setting in {"ROOT_URLCONF", "FORCE_SCRIPT_NAME"}:
        _reversed.cache_clear()
