"""Split a brief into the parts the screener judges one by one: sentences and clauses.

A harmful request buried at the end of a long, legitimate brief ("One more thing: ...")
must be judged on its own, and a harmless mention of something harmful ("a tool that
flags fake reviews") in its own sentence, not against the rest of the brief.

Boundaries: line breaks, bullets, `!`, `?`, `;`, a colon after a word that announces an
afterthought ("one more thing:", "also:", "PS:"), a bare "ps" or "btw" inside a sentence, and a full stop followed by a space
(unless it ends a single character, as in "s. e. x."). One hand-written pass over the
text: linear in its length, whatever the input. The number of parts is capped so that
a brief of a thousand one-word lines costs what a long paragraph does.
"""

from __future__ import annotations

import re

MAX_PARTS = 24
MIN_PART_CHARS = 3
_HARD_BREAKS = frozenset("\n\r!?;\u2022\u00b7\u2023\u25aa\u25cf\u2013\u2014|")
_KEPT_MARKS = frozenset("!?;.:")
_IN_WORD_MARKS = frozenset("!|")
_IN_WORD_NEIGHBOURS = frozenset("€$@")
_SPACE = frozenset(" \t\n\r\u00a0")
# Afterthought words that, before a colon, open a new request.
_MARKERS = frozenset(
    "thing also ps p.s btw addendum extra bonus finally lastly plus additionally "
    "aussi ademas tambien tambem auch zusatzlich ah bhi aur".split()
)


# Afterthought words that open a new request even without a colon, in briefs typed like a
# text message ("need it in 3 weeks ps come round on sunday and help me carry the sofa"):
# decision v9 splits before them when they stand alone inside a part, and before "also"
# after a comma or "and" ("a list of shops for the lawyers, and also build a copy of ...").
_BARE_MARKERS = frozenset("ps p.s p.s. pps btw".split())
# Rules v12: an item number inside a paragraph ("... 3) scraping ... 4) LinkedIn content")
# opens a new request, like a bullet: a list typed on one line is judged item by item.
# "3." counts only after a comma or colon ("..., 3. ..."), not in "version 3. Then".
_ITEM_NUMBER = re.compile(r"\(?\d{1,2}\)")
_ITEM_NUMBER_DOT = re.compile(r"\d{1,2}\.")


# Where a boundary may be (one character class: linear); each is then checked by hand.
_CANDIDATES = re.compile("[" + re.escape("".join(sorted(_HARD_BREAKS))) + ".:]")


def split_parts(text: str) -> list[str]:
    """The parts of `text` in order, stripped; short fragments join their neighbour."""
    parts: list[str] = []
    start = 0
    size = len(text)
    for match in _CANDIDATES.finditer(text):
        i = match.start()
        ch = text[i]
        if (
            (ch in _HARD_BREAKS and not _inside_word(text, i, size))
            or (ch == "." and _ends_sentence(text, i, size))
            or (ch == ":" and _announces_afterthought(text, start, i))
        ):
            # Sentence marks stay with their sentence; line breaks and bullets are dropped.
            _append(parts, text[start : i + 1] if ch in _KEPT_MARKS else text[start:i])
            start = i + 1
    _append(parts, text[start:])
    return _cap([piece for part in parts for piece in _split_bare_markers(part)])


def _split_bare_markers(part: str) -> list[str]:
    """A part cut before each afterthought word standing alone inside it ("... 3 weeks ps
    come round ...") and before each item number of a list typed on one line ("2) ...");
    each piece keeps at least three words before it."""
    words = part.split(" ")
    pieces: list[str] = []
    start = 0
    for i in range(3, len(words)):
        if i - start >= 3 and (
            words[i].lower().strip(",:") in _BARE_MARKERS
            or (words[i].lower() == "also" and (words[i - 1] == "and" or words[i - 1][-1:] == ","))
            or (_item_number(words[i], words[i - 1]) and i + 1 < len(words))
        ):
            pieces.append(" ".join(words[start:i]))
            start = i
    if not pieces:
        return [part]
    pieces.append(" ".join(words[start:]))
    return [piece for piece in pieces if piece.strip()]


def _item_number(word: str, previous: str) -> bool:
    if _ITEM_NUMBER.fullmatch(word):
        return True
    return _ITEM_NUMBER_DOT.fullmatch(word) is not None and previous[-1:] in (",", ":", ";")


def _inside_word(text: str, i: int, size: int) -> bool:
    """`!` or `|` between two letters or digits is a character trick inside a word
    ("r€v!ews", "he|p"), not the end of a sentence."""
    return (
        text[i] in _IN_WORD_MARKS
        and 0 < i < size - 1
        and (text[i - 1].isalnum() or text[i - 1] in _IN_WORD_NEIGHBOURS)
        and text[i + 1].isalnum()
    )


def _ends_sentence(text: str, i: int, size: int) -> bool:
    if i + 1 < size and text[i + 1] not in _SPACE:
        return False  # "3.5", "c.o.c.a", "example.com"
    # A single character before the dot ("s. e. x.", "A. Smith") does not end a sentence.
    before = text[i - 1] if i > 0 else " "
    before2 = text[i - 2] if i > 1 else " "
    return not (before.isalnum() and not before2.isalnum())


def _announces_afterthought(text: str, start: int, i: int) -> bool:
    lead = text[max(start, i - 24) : i].lower().split()
    return bool(lead) and lead[-1].strip(".,") in _MARKERS


def _append(parts: list[str], piece: str) -> None:
    piece = piece.strip()
    if not piece:
        return
    if parts and len(piece.strip(".!?;:-* ")) < MIN_PART_CHARS:
        parts[-1] = f"{parts[-1]} {piece}"
        return
    parts.append(piece)


def _cap(parts: list[str]) -> list[str]:
    if len(parts) <= MAX_PARTS:
        return parts
    return [*parts[: MAX_PARTS - 1], " ".join(parts[MAX_PARTS - 1 :])]
