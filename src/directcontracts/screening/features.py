"""Features the classifier reads, shared by training and scoring so both see the same thing.

Word unigrams and bigrams catch phrases ("fake reviews", "house cleaning"); character
3-5-grams inside word boundaries catch inflections, other languages and what is left of
an obfuscated word after normalisation. Everything is computed on `normalize()` output.
"""

from __future__ import annotations

from collections import Counter

CHAR_NGRAMS = (3, 4, 5)


def analyze(normalized: str) -> list[str]:
    words = normalized.split()
    features = [f"w:{w}" for w in words]
    features += [f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    for word in set(words):
        padded = f" {word} "
        size = len(padded)
        for n in CHAR_NGRAMS:
            if n > size:
                break
            features += [f"c:{padded[i : i + n]}" for i in range(size - n + 1)]
    return features


def counts(normalized: str) -> Counter[str]:
    return Counter(analyze(normalized))
