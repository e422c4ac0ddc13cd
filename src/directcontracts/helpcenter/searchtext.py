"""The words search compares: accents folded, case folded, English endings taken off.

Both sides go through `stem`: an article's title, summary and body when it is published
(stored as `Article.search_text`, so the database can find candidates on SQLite and
PostgreSQL alike) and the words people type. "Refunds", "refunded" and "refunding" all
become "refund"; "Café" and "cafe" are the same word.

A small suffix stripper, not a full Porter stemmer: plurals, -ed, -ing, -ity, -ely and a
final -e, which is what help articles and their readers vary most ("secure", "securely" and
"security" are "secur"; "verified" and "verify" are "verify"). Changing it changes the
stored words: bump INDEX_VERSION and re-index (a migration like 0007's or 0008's).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

INDEX_VERSION = 2
MAX_WORD = 50

# Words too common to say what an article is about; a query of only these keeps them.
STOP_WORDS = frozenset(
    """a an and are as at be but by can do does for from how i if in into is it its me my
    no not of on or our s so t than that the their them then there these they this to
    was we what when where which who why will with you your""".split()
)


def fold(text: str) -> str:
    """Case folded, accents taken off ("Café" -> "cafe")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def stem(word: str) -> str:
    """`word` (already folded) without its commonest English endings."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"  # "verified", "verifies" -> "verify"
    elif word.endswith(("sses", "xes", "ches", "shes", "zes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "stopped" -> "stop"
            break
    word = _without_adjective_endings(word)
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _without_adjective_endings(word: str) -> str:
    """ "security" -> "secur", "securely" -> "secure": the noun and adverb of an adjective
    find it. Only where at least four letters are left ("city", "likely" keep theirs)."""
    if word.endswith("ity") and len(word) >= 7:
        return word[:-3]
    if word.endswith("ely") and len(word) >= 7:
        return word[:-2]
    return word


def words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stem) of every word in `text`: letters and digits; anything else splits.
    A linear scan, no regular expression."""
    start = -1
    for i, ch in enumerate(text + " "):
        if ch.isalnum():
            if start == -1:
                start = i
        elif start != -1:
            yield start, i, stem(fold(text[start:i])[:MAX_WORD])
            start = -1


def stems(text: str) -> list[str]:
    return [s for _, _, s in words(text)]


def index_text(title: str, summary: str, body_text: str) -> str:
    """What `Article.search_text` holds: one line each for title, summary and body, each
    word's stem with a space before and after it (so `LIKE '% refund%'` finds a word that
    starts with "refund", and `' refund '` the whole word)."""
    return "\n".join(f" {' '.join(stems(part))} " for part in (title, summary, body_text))
