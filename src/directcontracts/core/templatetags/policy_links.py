"""`{{ text|policy_links }}`: a refusal's "Read what is never allowed: /categories/..." as a
link a person can follow, the rest of the text escaped.

The screener's explanation is one plain sentence (the API returns it as it is); on a page
the address at its end is better as a link than as text to copy.
"""

from __future__ import annotations

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from directcontracts.screening.engine import POLICY_URL

register = template.Library()

_LINKED_PHRASES = ("Read what is never allowed", "Read the work policy")


@register.filter
def policy_links(text: object) -> SafeString:
    """Escape `text`, then turn each "<phrase>: <policy address>" into a link."""
    html = str(escape(str(text)))
    for phrase in _LINKED_PHRASES:
        plain = str(escape(f"{phrase}: {POLICY_URL}"))
        html = html.replace(plain, str(format_html('<a href="{}">{}</a>.', POLICY_URL, phrase)))
    return mark_safe(html)  # noqa: S308 - escaped above; only our own anchors added
