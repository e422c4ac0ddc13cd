"""`{{ text|policy_links }}`: a refusal's "Read what is never allowed: /categories/..." as a
link a person can follow, the rest of the text escaped.

The screener's explanation is one plain sentence (the API returns it as it is); on a page
the address at its end is better as a link than as text to copy. The same goes for a
refusal that ends "Go to dispute #3: https://<this site>/disputes/3/" (written out in full
because the sentence also travels by email): the words before ": " become the link to that
address of this site. One pass over the text, no backtracking pattern.
"""

from __future__ import annotations

import re

from django import template
from django.conf import settings
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from directcontracts.core.policy import POLICY_URL

register = template.Library()

_LINKED_PHRASES = ("Read what is never allowed", "Read the work policy")
MAX_LABEL = 100
TRAILING = '.,;:!?)»”’"'
# A support reference ("HLP-7KQ2M9XA") kept on one line, so a phone does not split it at
# its hyphen; not inside an address ("/support/HLP-.../"), where markup cannot go.
_REFERENCE = re.compile(r"(?<![\w/-])(HLP-[0-9A-Z]{8})(?![\w/-])")


def _word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and not text[end].isspace():
        end += 1
    return end


def _site_links(text: str) -> str:
    """Escape `text`, each "<words>: <address of this site>" made a link worded by its words
    (from the last sentence end); an address without words before it is its own label."""
    site = settings.BASE_URL.rstrip("/") + "/"
    out: list[str] = []
    position = 0
    while (found := text.find(site, position)) >= 0:
        address = text[found : _word_end(text, found)].rstrip(TRAILING)
        prefix = text[position:found]
        start, label = len(prefix), address
        if prefix.endswith(": "):
            words_start = prefix.rfind(". ", 0, -2) + 2 if ". " in prefix[:-2] else 0
            words = prefix[words_start:-2].strip()
            if 0 < len(words) <= MAX_LABEL:
                start, label = words_start, words
        out.append(str(escape(prefix[:start])))
        # The whole address as the link: read as this site's, whatever its path holds.
        out.append(str(format_html('<a href="{}">{}</a>', address, label)))
        position = found + len(address)
    out.append(str(escape(text[position:])))
    return "".join(out)


@register.filter
def policy_links(text: object) -> SafeString:
    """Escape `text`, then turn each "<phrase>: <policy address>" into a link."""
    html = _site_links(str(text))
    for phrase in _LINKED_PHRASES:
        plain = str(escape(f"{phrase}: {POLICY_URL}"))
        html = html.replace(plain, str(format_html('<a href="{}">{}</a>.', POLICY_URL, phrase)))
    html = _REFERENCE.sub(r'<span class="nowrap">\1</span>', html)
    return mark_safe(html)  # noqa: S308 - escaped above; only our own markup added
