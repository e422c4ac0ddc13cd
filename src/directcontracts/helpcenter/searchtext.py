"""The words search compares: accents folded, case folded, English endings taken off.

Both sides go through `stem`: an article's title, summary and body when it is published
(stored as `Article.search_text`, so the database can find candidates on SQLite and
PostgreSQL alike) and the words people type. "Refunds", "refunded" and "refunding" all
become "refund"; "Café" and "cafe" are the same word.

A small suffix stripper, not a full Porter stemmer: plurals, -ed, -ing, -ity, -ely and a
final -e, which is what help articles and their readers vary most ("secure", "securely" and
"security" are "secur"; "verified" and "verify" are "verify"); version 3 also reads a verb's noun as the verb
("failure" is "fail", "verification" is "verify", "payment" is "pay", see
`_without_noun_endings`) and "cancelled" as "cancel". Changing it changes the
stored words: bump INDEX_VERSION and re-index (a migration like 0007's, 0008's or 0009's).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

INDEX_VERSION = 3
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
    word = _without_noun_endings(word)
    if word.endswith("eed") and len(word) >= 6 and word[-4] != "c":
        word = word[:-1]  # "agreed" -> "agree" ("proceed", "exceed" keep theirs)
    else:
        for ending in ("ing", "ed"):
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                    word = word[:-1]  # "stopped" -> "stop"
                break
    word = _without_adjective_endings(word)
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if word.endswith("ll") and len(word) >= 5:
        word = word[:-1]  # "cancelled" -> "cancel", "install" and "installation" -> "instal"
    return word


def _without_noun_endings(word: str) -> str:
    """The noun of a verb finds the verb (INDEX_VERSION 3): "verification" -> "verify",
    "confirmation" -> "confirm", "protection" -> "protect", "deletion" -> "delet(e)",
    "failure" -> "fail", "closure" -> "clos(e)", "approval" -> "approv(e)", "withdrawal" ->
    "withdraw", "payment" -> "pay", "agreement" -> "agree". Each only where enough of the
    word is left for it to stay a word ("station", "section", "rival", "comment" keep
    theirs), and -ure only after -l or -os ("measure" stays "measur" like "measured")."""
    if word.endswith("ification"):
        return word[:-9] + "ify"
    if word.endswith("ation") and len(word) - 5 >= 5:
        return word[:-5]
    if word.endswith(("ction", "etion")) and len(word) - 3 >= 5:
        return word[:-3]
    if word.endswith(("lure", "osure")) and len(word) - 3 >= 4:
        return word[:-3]
    if word.endswith(("val", "sal", "wal")) and len(word) - 2 >= 5:
        return word[:-2]
    if word.endswith("ment"):
        rest = word[:-4]
        if (rest.endswith("e") and len(rest) >= 4) or (rest.endswith("y") and len(rest) >= 3):
            return rest
    return word


def is_derived_noun(word: str) -> bool:
    """Whether `word` (folded) is a noun `stem` reads as its verb ("verification",
    "payments"): the spelling dictionary lets such a word stand for the stem only when the
    articles have no plain form of it, so "verifiy" is shown as "verifying", not as
    "verification"."""
    single = word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word
    return len(single) > 3 and single.isalpha() and _without_noun_endings(single) != single


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
