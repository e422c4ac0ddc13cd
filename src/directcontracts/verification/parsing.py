"""What a person pasted, taken apart: links, tokens and short codes.

Runs in time linear in the text (one pass to split it into words, no backtracking regular
expression) and stops collecting after a fixed number of each kind, whatever is pasted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from directcontracts.verification import codes
from directcontracts.verification.signing import MAX_TOKEN_CHARS, VERSION

MAX_TEXT_CHARS = 20_000
MAX_EACH = 10
_SEPARATORS = set(" \t\r\n\f\v<>\"'()[]{},;|`")
_TRAILING = ".,:;!?)]}>*_"


@dataclass(frozen=True)
class Link:
    text: str
    host: str  # lower case, as a browser would go to it (punycode stays as written)
    shown_host: str  # the same, with punycode decoded, for people to read
    path: str
    token: str | None  # a verification token in its query (`?t=`), if any


@dataclass
class Pasted:
    links: list[Link] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)


def _words(text: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    for ch in text:
        if ch in _SEPARATORS or not ch.isprintable():
            if current:
                words.append("".join(current))
                current = []
        else:
            current.append(ch)
    if current:
        words.append("".join(current))
    return words


def _shown(host: str) -> str:
    """Punycode decoded for people to read, with the raw form beside it (both matter)."""
    try:
        decoded = host.encode("ascii").decode("idna")
    except (UnicodeError, ValueError):
        return host
    return host if decoded == host else f"{decoded} ({host})"


def _looks_like_link(word: str) -> bool:
    lower = word.lower()
    if "://" in lower or lower.startswith("www."):
        return True
    head = lower.split("/", 1)[0]
    return "/" in lower and "." in head and not head.startswith(VERSION)


def _link(word: str) -> Link | None:
    # Browsers read a backslash in a link as a slash; so does this.
    raw = word.replace("\\", "/")
    if "://" not in raw:
        raw = "http://" + raw
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return None
    if not host:
        return None
    found = parse_qs(parts.query).get("t")
    token = found[0] if found else None
    return Link(text=word, host=host, shown_host=_shown(host), path=parts.path or "/", token=token)


def _token_in(word: str) -> str | None:
    start = word.find(VERSION + ".")
    if start < 0:
        return None
    token = word[start:].rstrip(_TRAILING)
    for stop in "&#?/":
        token = token.split(stop, 1)[0]
    return token[:MAX_TOKEN_CHARS] or None


def take_apart(text: str) -> Pasted:
    pasted = Pasted()
    words = _words(text[:MAX_TEXT_CHARS])
    for index, word in enumerate(words):
        if _looks_like_link(word) and len(pasted.links) < MAX_EACH:
            link = _link(word.rstrip(_TRAILING))
            if link is not None:
                pasted.links.append(link)
                continue
        token = _token_in(word)
        if token is not None:
            if len(pasted.tokens) < MAX_EACH:
                pasted.tokens.append(token)
            continue
        if word.upper().startswith(codes.PREFIX) and len(pasted.codes) < MAX_EACH:
            code = _code_from(words, index)
            if code is not None:
                pasted.codes.append(code)
    if not pasted.codes and len(words) <= 5:
        # Only the code's characters, without "DC" in front.
        code = codes.normalise("".join(words))
        if code is not None:
            pasted.codes.append(code)
    return pasted


def _code_from(words: list[str], index: int) -> str | None:
    """A code starting in words[index] ("DC-7K3Q-..." or "DC 7K3Q 9XWM ..."), or None."""
    typed = words[index][len(codes.PREFIX) :]
    for following in words[index + 1 : index + 6]:
        code = codes.normalise(typed)
        if code is not None:
            return code
        typed += following
    return codes.normalise(typed)
