"""A notice's body on a page: its words, with every address of this site in it a link.

Bodies are plain text because the same words go by email, where an address must be
written out ("Open it on the contract page: https://…/contracts/12/"). On a page a bare
address is no help (it is not a link, and a screen reader spells it out), so each one
becomes a link whose words are the label before it: "Open it on the contract page" links
to /contracts/12/. Only addresses on this site are linked, always by their path; anything
else stays text. One pass over the text (no backtracking patterns on what people wrote).

Notices written before their links had words may hold a bare path of this site ("... can
appeal within 180 days at /trust/appeals/TS-12/."). A path at the start of a word that is a
page of this site (it resolves in the site's URLs) is linked too, its words the label before
": " or else the path itself, as it was written. A path that begins "//" or "/\\" (another
host, to a browser), is not a page here, or is longer than MAX_PATH stays text.
"""

from __future__ import annotations

from django import template
from django.conf import settings
from django.urls import Resolver404, resolve
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


def _is_page_path(path: str) -> bool:
    """A path of this site's pages: a plain path no browser reads as another host
    (`notices.is_site_path`, the rule a notice's own link keeps), of bounded length, that the
    site's URLs resolve."""
    if len(path) < 2 or len(path) > MAX_PATH or not is_site_path(path):
        return False
    try:
        resolve(path.split("?", 1)[0].split("#", 1)[0])
    except Resolver404:
        return False
    return True


def _line(line: str, site: str, worded: set[str] | None = None) -> str:
    """The line as HTML; the path of every link made with words of the text goes in
    `worded` (one whose words are the label before it, not "Open it here" or the path)."""
    out: list[str] = []
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
            break
        full = next_site >= 0 and (next_bare < 0 or next_site < next_bare)
        found = next_site if full else next_bare
        end = _word_end(line, found)
        address = line[found:end].rstrip(TRAILING)
        path = "/" + address[len(site) :] if full else address
        if (full and not is_site_path(path)) or (not full and not _is_page_path(path)):
            # "//host": another site; a bare path that is no page here: keep it as text
            out.append(escape(line[position:end]))
            position = end
            continue
        prefix = line[position:found]
        start, label = _label(prefix) if full else _label(prefix, default=path)
        if worded is not None and start < len(prefix):
            worded.add(path)
        out.append(escape(prefix[:start]))
        out.append(format_html('<a href="{}">{}</a>', path, label))
        position = found + len(address)
    out.append(escape(line[position:]))
    return "".join(out)


@register.filter
def notice_body(text: str) -> SafeString:
    """The body as HTML: lines kept (like `linebreaksbr`), site addresses as worded links."""
    site = settings.BASE_URL.rstrip("/") + "/"
    lines = (_line(line, site) for line in str(text).splitlines())
    return mark_safe("<br>".join(lines))  # noqa: S308 - every piece above is escaped


def paths_linked_in_words(text: str) -> set[str]:
    """The paths of this site that `text` links with words of its own ("Open it on the
    contract page: https://…/contracts/7/" gives "/contracts/7/")."""
    site = settings.BASE_URL.rstrip("/") + "/"
    worded: set[str] = set()
    for line in str(text).splitlines():
        _line(line, site, worded)
    return worded


@register.filter
def links_its_url_in_words(notice: object) -> bool:
    """Whether the notice's body links the notice's own address with words of its own: then
    that link is the notice's one link, and pages and emails add no generic one ("Open it
    here", the linked heading, the link text) to the same place."""
    url = getattr(notice, "url", "")
    body = getattr(notice, "body", "")
    return bool(url and body) and url in paths_linked_in_words(body)


def _full_line(line: str, site: str) -> str:
    out: list[str] = []
    position = 0
    while (found := _bare_path_start(line, position)) >= 0:
        end = _word_end(line, found)
        path = line[found:end].rstrip(TRAILING)
        out.append(line[position:found])
        out.append(site + path if _is_page_path(path) else path)
        position = found + len(path)  # at least the "/": the scan moves on
    out.append(line[position:])
    return "".join(out)


@register.filter
def full_addresses(text: str) -> str:
    """A notice's body for an email: each bare path of this site's pages written out in full
    (an older notice's "/trust/appeals/TS-12/" becomes "https://…/trust/appeals/TS-12/"),
    since a mail client can't open a path. Plain text: the template escapes it as usual."""
    site = settings.BASE_URL.rstrip("/")
    return "\n".join(_full_line(line, site) for line in str(text).split("\n"))
