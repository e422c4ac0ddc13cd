"""Typo tolerance for search: a word no article has is read as the nearest word they do have.

"escrw" is "escrow", "refnd" is "refund", "acount" is "account". The dictionary is the words
of the published articles (title, summary and body, folded) and their stems ("verifiy" is
one slip from "verify", the stem of "verifying"), each standing for the article word shown
back (a real word, never a stem like "secur"). It is consulted only when a query has a word
that finds nothing, bounded like the search itself (`MAX_ARTICLES`) and cached until the
published articles change. The distance is Damerau-Levenshtein (a swap of two
neighbours is one edit, as typing makes them: the optimal string alignment of RapidFuzz, in
C, with a cut-off), one pass over the dictionary per word.
"""

from __future__ import annotations

from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Max, Sum
from rapidfuzz import process
from rapidfuzz.distance import OSA

from directcontracts.helpcenter.models import Article
from directcontracts.helpcenter.searchtext import MAX_WORD, fold, stem

MAX_ARTICLES = 1000
# Shorter words have too many near neighbours ("fee", "few", "for") to guess well.
MIN_WORD = 4
LONG_WORD = 8
# Longer "words" are pasted codes or links, not typed words with a slip.
MAX_TYPED = 30


def allowed_edits(word: str) -> int:
    """How many typing slips a word may carry: none under MIN_WORD letters, one up to seven
    letters, two from LONG_WORD."""
    if len(word) < MIN_WORD:
        return 0
    return 2 if len(word) >= LONG_WORD else 1


# A form to compare typed words with -> (the article word it stands for, how often used).
Dictionary = dict[str, tuple[str, int]]


def dictionary() -> Dictionary:
    """Every word of the published articles (folded) and every stem of them, each standing
    for its most used article word. Cached until an article is published, changed or taken
    down (the key says which articles are published, in which version), so a stream of typos
    does not read every article each time."""
    key = _dictionary_key()
    known = cache.get(key)
    if known is None:
        known = _build_dictionary()
        cache.set(key, known, settings.PUBLIC_CACHE_SECONDS)
    return known


def _dictionary_key() -> str:
    state = Article.objects.published().aggregate(
        n=Count("pk"), last=Max("pk"), versions=Sum("version"), changed=Max("updated_at")
    )
    changed = state["changed"].isoformat() if state["changed"] else "-"
    return f"help:spelling:v1:{state['n']}:{state['last']}:{state['versions']}:{changed}"


def _build_dictionary() -> Dictionary:
    counts: Counter[str] = Counter()
    rows = Article.objects.published().order_by("pk").values_list("title", "summary", "body_text")
    for row in rows[:MAX_ARTICLES]:
        for part in row:
            counts.update(_plain_words(fold(part)))
    known: Dictionary = {}
    for word, uses in counts.most_common():
        for form in (word, stem(word)):
            known.setdefault(form, (word, uses))
    return known


def _plain_words(text: str) -> list[str]:
    cleaned = "".join(ch if ch.isalpha() else " " for ch in text)
    return [w[:MAX_WORD] for w in cleaned.split() if len(w) >= MIN_WORD - 1]


def nearest(word: str, known: Dictionary) -> str | None:
    """The article word meant by `word`: the closest form within its allowed edits (fewest
    edits; then one that has every typed letter in order, as a dropped letter is the commonest
    slip: "withdrawl" is "withdrawal", not "withdrawn"; then the same first letter; then the
    most used). None when nothing is close enough."""
    limit = allowed_edits(word)
    if not limit or not word.isalpha() or len(word) > MAX_TYPED:
        return None
    close = process.extract(word, list(known), scorer=OSA.distance, score_cutoff=limit, limit=None)
    ranked = [
        (distance, int(not _in_order(word, form)), int(form[0] != word[0]), -known[form][1], form)
        for form, distance, _ in close
        if form != word
    ]
    return known[min(ranked)[4]][0] if ranked else None


def _in_order(letters: str, word: str) -> bool:
    """Whether every one of `letters` is in `word`, in that order."""
    rest = iter(word)
    return all(ch in rest for ch in letters)
