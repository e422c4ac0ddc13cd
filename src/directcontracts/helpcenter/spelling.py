"""Typo tolerance for search: a word no article has is read as the nearest word they do have.

"escrw" is "escrow", "refnd" is "refund", "acount" is "account". The dictionary is the words
of the published articles (title, summary and body, folded) and their stems ("verifiy" is
one slip from "verify", the stem of "verifying"), each standing for the article word shown
back (a real word, never a stem like "secur"). It is consulted only when a query has a word
that finds nothing, bounded like the search itself (`MAX_ARTICLES`) and cached until the
published articles change (`forget_dictionary`, called whenever an article is saved or
deleted: finding the cached dictionary costs no query). The distance is Damerau-Levenshtein (a swap of two
neighbours is one edit, as typing makes them: the optimal string alignment of RapidFuzz, in
C, with a cut-off), one pass over the dictionary per word.

Words run together are read apart first: "twofactor" is "two factor", "payoutfailed" is
"payout failed", when both halves are words of the articles (`split_joined`).
"""

from __future__ import annotations

import uuid
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from rapidfuzz import process
from rapidfuzz.distance import OSA

from directcontracts.helpcenter.models import Article
from directcontracts.helpcenter.searchtext import (
    INDEX_VERSION,
    MAX_WORD,
    fold,
    is_derived_noun,
    stem,
)

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


GENERATION_KEY = "help:spelling:generation"


def dictionary() -> Dictionary:
    """Every word of the published articles (folded) and every stem of them, each standing
    for its most used article word. Cached until an article is saved or deleted
    (`forget_dictionary` starts a new generation), so a stream of typos reads no article
    and asks the database nothing once the dictionary is built."""
    key = _dictionary_key()
    known = cache.get(key)
    if known is None:
        known = _build_dictionary()
        cache.set(key, known, settings.PUBLIC_CACHE_SECONDS)
    return known


def _dictionary_key() -> str:
    """The cache key of the current dictionary: a generation kept in the cache, no query."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        # Another process may have started one meanwhile: use whichever is stored.
        cache.add(GENERATION_KEY, generation, None)
        generation = cache.get(GENERATION_KEY, generation)
    return f"help:spelling:v2:{INDEX_VERSION}:{generation}"


def forget_dictionary() -> None:
    """The articles changed: the next typo builds the dictionary again. Now, and again when
    the transaction commits, so a typo read between the two cannot keep the old words."""
    _new_generation()
    transaction.on_commit(_new_generation)


def _new_generation() -> None:
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _build_dictionary() -> Dictionary:
    counts: Counter[str] = Counter()
    rows = Article.objects.published().order_by("pk").values_list("title", "summary", "body_text")
    for row in rows[:MAX_ARTICLES]:
        for part in row:
            counts.update(_plain_words(fold(part)))
    known: Dictionary = {}
    derived = []
    for word, uses in counts.most_common():
        known.setdefault(word, (word, uses))
        if is_derived_noun(word):
            derived.append((word, uses))
        else:
            known.setdefault(stem(word), (word, uses))
    # A stem stands for a noun ("verification" for "verify") only when no plainer form has it.
    for word, uses in derived:
        known.setdefault(stem(word), (word, uses))
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


def split_joined(word: str, known: Dictionary) -> list[str] | None:
    """The article words `word` is made of when two were typed together ("twofactor" ->
    ["two", "factor"]): both halves are words (or stems) of the articles, at least MIN_WORD
    - 1 letters each; of several splits, the most even, then the most used. None when no
    split makes two such words."""
    shortest = MIN_WORD - 1
    if not word.isalpha() or len(word) < 2 * shortest or len(word) > MAX_TYPED:
        return None
    splits = [
        (min(i, len(word) - i), known[word[:i]][1] + known[word[i:]][1], i)
        for i in range(shortest, len(word) - shortest + 1)
        if word[:i] in known and word[i:] in known
    ]
    if not splits:
        return None
    i = max(splits)[2]
    return [known[word[:i]][0], known[word[i:]][0]]
