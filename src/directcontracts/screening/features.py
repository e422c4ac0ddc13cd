"""Features the classifier reads, shared by training and scoring so both see the same thing.

Word unigrams and bigrams catch phrases ("fake reviews", "house cleaning"); character
3-5-grams inside word boundaries catch inflections, other languages and what is left of
an obfuscated word after normalisation. Everything is computed on `normalize()` output.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

CHAR_NGRAMS = (3, 4, 5)


@lru_cache(maxsize=65536)
def char_ngrams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    size = len(padded)
    return tuple(
        f"c:{padded[i : i + n]}" for n in CHAR_NGRAMS if n <= size for i in range(size - n + 1)
    )


def word_features(words: list[str]) -> list[str]:
    features = [f"w:{w}" for w in words]
    features += [f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    return features


PART_SEPARATOR = "\n"


def analyze_part(normalized: str) -> list[str]:
    words = normalized.split()
    features = word_features(words)
    for word in set(words):
        features += char_ngrams(word)
    return features


def analyze(document: str) -> list[str]:
    """Features of a whole brief: the sum of its parts' features (parts joined by a
    newline, each already normalised), so the whole and its parts share one space."""
    features: list[str] = []
    for part in document.split(PART_SEPARATOR):
        features += analyze_part(part)
    return features


def counts(normalized: str) -> Counter[str]:
    return Counter(analyze(normalized))
