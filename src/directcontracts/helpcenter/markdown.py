"""Articles are Markdown, rendered to HTML that can't carry script.

Two layers, either of which would do alone:

1. markdown-it-py with raw HTML off: `<script>` or `<img onerror=...>` typed into an
   article becomes visible text, never markup. Its parser is linear in its input.
2. nh3 (the Ammonia sanitiser) then keeps only an allow-list of tags and attributes and
   the URL schemes http, https and mailto (plus relative links), so a `javascript:` link
   or an event handler can't get through even if the renderer changed.
"""

from __future__ import annotations

import html
import re

import nh3
from markdown_it import MarkdownIt

MAX_BODY_CHARS = 50_000

# Bump whenever `render_markdown` or `plain_text` would give other output for some body (a rule
# here, an upgrade of markdown-it-py or nh3): after `migrate`, every article stored by an older
# renderer is rendered again (services.rerender_stale_articles). tests/helpcenter pins the
# output of a sample so a change without a bump fails.
RENDERER_VERSION = 1

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "em", "h2", "h3", "h4", "hr", "li", "ol",
    "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_renderer = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def render_markdown(body: str) -> str:
    """Safe HTML for an article body (headings start at h2: the page's h1 is the title)."""
    raw = _renderer.render(body[:MAX_BODY_CHARS])
    raw = raw.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return nh3.clean(
        raw,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


# Marks the end of a heading in the rendered text (a private-use character, removed from
# what authors type), so a heading does not run into the paragraph after it.
_HEADING_END_MARK = "\ue002"
# A heading's end, or a paragraph that is only bold words (a "Do" / "Don't" line acting as a
# heading over the list after it).
_HEADING_END = re.compile(r"</h[1-6]>|<p><strong>[^<]*</strong></p>")
_ENDS_A_SENTENCE = (".", "!", "?", ":")


def plain_text(body: str) -> str:
    """The words of an article without markup: what search reads and highlights. A heading
    (or a paragraph of bold words only) is set off from the text after it ("Refunds — The
    freelancer…") unless it ends with its own stop."""
    rendered = _renderer.render(body[:MAX_BODY_CHARS].replace(_HEADING_END_MARK, ""))
    rendered = _HEADING_END.sub(lambda end: end.group(0) + _HEADING_END_MARK, rendered)
    text = html.unescape(nh3.clean(rendered, tags=set()))
    pieces = [" ".join(piece.split()) for piece in text.split(_HEADING_END_MARK)]
    out = ""
    for piece in pieces:
        if not piece:
            continue
        if not out:
            out = piece
        elif out.endswith(_ENDS_A_SENTENCE):
            out = f"{out} {piece}"
        else:
            out = f"{out} \u2014 {piece}"
    return out
