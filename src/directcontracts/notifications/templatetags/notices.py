"""A notice's body on a page: its words, with every address of this site in it a link.

Bodies are plain text because the same words go by email, where an address must be
written out ("Open it on the contract page: https://…/contracts/12/"). On a page a bare
address is no help (it is not a link, and a screen reader spells it out), so each one
becomes a link whose words are the label before it: "Open it on the contract page" links
to /contracts/12/. Only addresses on this site are linked, always by their path; anything
else stays text. One pass over the text (no backtracking patterns on what people wrote).
"""

from __future__ import annotations

from django import template
from django.conf import settings
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

DEFAULT_WORDS = "Open it here"  # the email's words for a link without a label
MAX_LABEL = 100
TRAILING = '.,;:!?)»”’"'
SENTENCE_ENDS = (". ", "! ", "? ")


def _label_start(prefix: str) -> int:
    """Where the label ending `prefix` begins: after the last sentence end, else at 0."""
    return max((prefix.rfind(end) + len(end) if end in prefix else 0) for end in SENTENCE_ENDS)


def _label(prefix: str) -> tuple[int, str]:
    """The link's words for an address after `prefix`, and where they start in it: the label
    before ": " (from the last sentence end), else DEFAULT_WORDS after the whole prefix."""
    if prefix.endswith(": "):
        start = _label_start(prefix[:-2])
        label = prefix[start:-2].strip()
        if 0 < len(label) <= MAX_LABEL:
            return start, label
    return len(prefix), DEFAULT_WORDS


def _line(line: str, site: str) -> str:
    out: list[str] = []
    position = 0
    while True:
        found = line.find(site, position)
        if found < 0:
            break
        end = found
        while end < len(line) and not line[end].isspace():
            end += 1
        address = line[found:end].rstrip(TRAILING)
        rest = address[len(site) :]
        if rest.startswith(("/", "\\")):  # "//host": another site; keep it as text
            out.append(escape(line[position:end]))
            position = end
            continue
        prefix = line[position:found]
        start, label = _label(prefix)
        out.append(escape(prefix[:start]))
        out.append(format_html('<a href="{}">{}</a>', "/" + rest, label))
        position = found + len(address)
    out.append(escape(line[position:]))
    return "".join(out)


@register.filter
def notice_body(text: str) -> SafeString:
    """The body as HTML: lines kept (like `linebreaksbr`), site addresses as worded links."""
    site = settings.BASE_URL.rstrip("/") + "/"
    lines = (_line(line, site) for line in str(text).splitlines())
    return mark_safe("<br>".join(lines))  # noqa: S308 - every piece above is escaped
