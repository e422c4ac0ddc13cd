"""A notice's body on a page: its words, with the addresses the platform put in it as links.

Bodies are plain text because the same words go by email, where an address must be
written out ("Open it on the contract page: https://…/contracts/12/"). On a page a bare
address is no help (it is not a link, and a screen reader spells it out), so each one
becomes a link whose words are the label before it: "Open it on the contract page" links
to /contracts/12/. One pass over the text (no backtracking patterns on what people wrote).

Only addresses the platform built are linked: the notice's own `url` and the further
`links` its caller declared (`notices.notify`), each validated as a plain path of this site
when the notice was made. A body also carries words a party wrote (a message, a note, a
reason, a name or a title), and any other address in it, of this site or another, a
`javascript:` one or a bare path such as /accounts/sign-out/, stays escaped text, on pages
and in every email (docs/security.md, "Party words outside the thread, round two").

Notices written before their links had words may hold a bare path ("... can appeal within
180 days at /trust/appeals/TS-12/."): when it is the notice's own, it is linked too, its
words the label before ": " or else the path itself, as it was written.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from directcontracts.notifications.notices import is_site_path

register = template.Library()

DEFAULT_WORDS = "Open it here"  # the email's words for a link without a label
MAX_LABEL = 100
MAX_PATH = 300
TRAILING = '.,;:!?)»”’"'
SENTENCE_ENDS = (". ", "! ", "? ")


def _label_start(prefix: str) -> int:
    """Where the label ending `prefix` begins: after the last sentence end, else at 0."""
    return max((prefix.rfind(end) + len(end) if end in prefix else 0) for end in SENTENCE_ENDS)


def _label(prefix: str, default: str = DEFAULT_WORDS) -> tuple[int, str]:
    """The link's words for an address after `prefix`, and where they start in it: the label
    before ": " (from the last sentence end), else `default` after the whole prefix."""
    if prefix.endswith(": "):
        start = _label_start(prefix[:-2])
        label = prefix[start:-2].strip()
        if 0 < len(label) <= MAX_LABEL:
            return start, label
    return len(prefix), default


def _word_end(line: str, start: int) -> int:
    """Where the word (an address, up to the next whitespace) starting at `start` ends."""
    end = start
    while end < len(line) and not line[end].isspace():
        end += 1
    return end


def _bare_path_start(line: str, start: int) -> int:
    """The next "/" at or after `start` that begins a word (or follows "("); -1: none."""
    for index in range(start, len(line)):
        if line[index] == "/" and (
            index == 0 or line[index - 1].isspace() or line[index - 1] == "("
        ):
            return index
    return -1


def linked_paths(notice: object) -> frozenset[str]:
    """The paths a notice may link: its own `url` and the `links` its caller wrote into its
    body. Anything else (a plain string, an older notice's other paths) links nothing."""
    url = getattr(notice, "url", "") or ""
    links = getattr(notice, "links", None) or []
    return frozenset(
        path
        for path in (url, *links)
        if isinstance(path, str) and 1 < len(path) <= MAX_PATH and is_site_path(path)
    )


@dataclass(frozen=True)
class _Link:
    """An `allowed` address found in a line: the text before it since the last one
    (`prefix`), where the address is, its path, and whether it was written in full."""

    prefix: str
    found: int
    end: int  # where the address ends (trailing punctuation left out)
    path: str
    full: bool


def _links(line: str, site: str, allowed: frozenset[str]) -> Iterator[_Link | int]:
    """Each `allowed` address in `line`, in order; any other address yields only where its
    word ends (kept as text). The one scan both the HTML and the link finder use."""
    position = 0
    # The next full address of this site and the next bare path, each looked for again only
    # once the text before it is passed: every character is scanned a bounded number of times.
    next_site = line.find(site)
    next_bare = _bare_path_start(line, 0)
    while True:
        if 0 <= next_site < position:
            next_site = line.find(site, position)
        if 0 <= next_bare < position:
            next_bare = _bare_path_start(line, position)
        if next_site < 0 and next_bare < 0:
            return
        full = next_site >= 0 and (next_bare < 0 or next_site < next_bare)
        found = next_site if full else next_bare
        end = _word_end(line, found)
        address = line[found:end].rstrip(TRAILING)
        path = "/" + address[len(site) :] if full else address
        if path not in allowed:
            # Not an address the platform put here ("//host", another page of this site a
            # party wrote, a bare path): kept as text
            yield end
            position = end
            continue
        yield _Link(line[position:found], found, found + len(address), path, full)
        position = found + len(address)


def _label_of(link: _Link) -> tuple[int, str]:
    return _label(link.prefix) if link.full else _label(link.prefix, default=link.path)


def _line(
    line: str, site: str, allowed: frozenset[str], *, href_base: str = "", style: str = ""
) -> str:
    """The line as HTML, each address whose path is `allowed` a link (to `href_base` + the
    path, with `style` in an email)."""
    out: list[str] = []
    position = 0
    for link in _links(line, site, allowed):
        if isinstance(link, int):
            out.append(escape(line[position:link]))
            position = link
            continue
        start, label = _label_of(link)
        out.append(escape(link.prefix[:start]))
        href = href_base + link.path
        if style:
            out.append(format_html('<a href="{}" style="{}">{}</a>', href, style, label))
        else:
            out.append(format_html('<a href="{}">{}</a>', href, label))
        position = link.end
    out.append(escape(line[position:]))
    return "".join(out)


def body_html(text: str, allowed: frozenset[str], *, href_base: str = "", style: str = "") -> str:
    """`text` as HTML: lines kept (like `linebreaksbr`), the `allowed` paths as worded links."""
    site = settings.BASE_URL.rstrip("/") + "/"
    lines = (
        _line(line, site, allowed, href_base=href_base, style=style)
        for line in str(text).splitlines()
    )
    return "<br>".join(lines)


@register.filter
def notice_body(notice: object) -> SafeString:
    """A notice's body as HTML for a page: its own addresses as worded links, by path."""
    text = getattr(notice, "body", "")
    return mark_safe(body_html(text, linked_paths(notice)))  # noqa: S308 - escaped in _line


EMAIL_LINK_STYLE = "color:#0b5cad;"


@register.filter
def notice_body_email(notice: object) -> SafeString:
    """A notice's body as HTML for an email: as on a page, each link to the full address (a
    mail client can't open a path), so the address is the link and is not written beside it."""
    text = getattr(notice, "body", "")
    html = body_html(
        text,
        linked_paths(notice),
        href_base=settings.BASE_URL.rstrip("/"),
        style=EMAIL_LINK_STYLE,
    )
    return mark_safe(html)  # noqa: S308 - every piece is escaped in _line


def paths_linked_in_words(text: str, allowed: frozenset[str]) -> set[str]:
    """The `allowed` paths that `text` links with words of its own ("Open it on the contract
    page: https://…/contracts/7/" gives "/contracts/7/"; not "Open it here" nor the path):
    found by the scan alone, no HTML made."""
    site = settings.BASE_URL.rstrip("/") + "/"
    return {
        link.path
        for line in str(text).splitlines()
        for link in _links(line, site, allowed)
        if isinstance(link, _Link) and _label_of(link)[0] < len(link.prefix)
    }


@register.filter
def links_its_url_in_words(notice: object) -> bool:
    """Whether the notice's body links the notice's own address with words of its own: then
    that link is the notice's one link, and pages and emails add no generic one ("Open it
    here", the linked heading, the link text) to the same place."""
    url = getattr(notice, "url", "")
    body = getattr(notice, "body", "")
    return bool(url and body) and url in paths_linked_in_words(body, linked_paths(notice))


def _full_line(line: str, site: str, allowed: frozenset[str]) -> str:
    out: list[str] = []
    position = 0
    while (found := _bare_path_start(line, position)) >= 0:
        end = _word_end(line, found)
        path = line[found:end].rstrip(TRAILING)
        out.append(line[position:found])
        out.append(site + path if path in allowed else path)
        position = found + len(path)  # at least the "/": the scan moves on
    out.append(line[position:])
    return "".join(out)


@register.filter
def full_addresses(notice: object) -> str:
    """A notice's body for a text email: the notice's own bare paths written out in full (an
    older notice's "/trust/appeals/TS-12/" becomes "https://…/trust/appeals/TS-12/"), since a
    mail client can't open a path; any other bare path (a party's /accounts/sign-out/) stays
    as written, so no mail client makes it a link to this site. Plain text: the template
    escapes it as usual."""
    site = settings.BASE_URL.rstrip("/")
    allowed = linked_paths(notice)
    text = str(getattr(notice, "body", ""))
    return "\n".join(_full_line(line, site, allowed) for line in text.split("\n"))
