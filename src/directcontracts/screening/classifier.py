"""The trained text classifier: a linear model over TF-IDF features, loaded from one file.

`train.py` fits scikit-learn's TfidfVectorizer + LogisticRegression on the corpus and
exports only what scoring needs (vocabulary, idf weights, coefficients, a temperature
fitted on cross-validated scores so that probabilities are calibrated) into `model.npz`.
Scoring here is plain numpy, so one item costs well under a millisecond and nothing is
unpickled: the file holds arrays only (`allow_pickle=False`).
"""

from __future__ import annotations

import json
import math
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from directcontracts.screening.features import char_ngrams, word_features

MODEL_PATH = Path(__file__).resolve().parent / "data" / "model.npz"
CODES = (
    "ok",
    "excluded.off_the_shelf",
    "excluded.physical",
    "banned.illegal",
    "banned.fraudulent",
    "banned.misleading",
    "banned.sexual",
)


@dataclass(frozen=True)
class Prediction:
    probabilities: dict[str, float]
    columns: np.ndarray
    weights: np.ndarray
    classifier: Classifier

    def top_words(self, code: str, limit: int = 3) -> list[str]:
        """The words that pushed the score towards `code` the most (computed on demand)."""
        k = self.classifier.classes.index(code)
        contributions = self.classifier.coef[self.columns, k] * self.weights
        words: list[str] = []
        for i in np.argsort(-contributions)[: limit * 4]:
            if contributions[i] <= 0 or len(words) == limit:
                break
            kind, _, text = self.classifier.feature_names[self.columns[i]].partition(":")
            if kind in ("w", "b") and text not in words and not _uninformative(text):
                words.append(text)
        return words


class Classifier:
    def __init__(
        self,
        *,
        vocabulary: dict[str, int],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        classes: tuple[str, ...],
        temperature: float,
        meta: dict[str, object],
    ) -> None:
        self.vocabulary = vocabulary
        self.idf = idf
        self.coef = coef
        self.intercept = intercept
        self.classes = classes
        self.temperature = temperature
        self.meta = meta
        self.feature_names = list(vocabulary)
        self._columns_cache: dict[str, tuple[int, ...]] = {}

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Classifier:
        with np.load(path, allow_pickle=False) as data:
            names = [str(n) for n in data["vocabulary"]]
            return cls(
                vocabulary={name: i for i, name in enumerate(names)},
                idf=data["idf"].astype(np.float64),
                coef=data["coef"].astype(np.float64),
                intercept=data["intercept"].astype(np.float64),
                classes=tuple(str(c) for c in data["classes"]),
                temperature=float(data["temperature"]),
                meta=json.loads(str(data["meta"])),
            )

    def _word_columns(self, word: str) -> tuple[int, ...]:
        """Columns of a word's character n-grams, cached: most words recur across items."""
        cached = self._columns_cache.get(word)
        if cached is None:
            vocabulary = self.vocabulary
            cached = tuple(vocabulary[f] for f in char_ngrams(word) if f in vocabulary)
            if len(self._columns_cache) < 100_000:
                self._columns_cache[word] = cached
        return cached

    def predict(self, normalized: str) -> Prediction:
        # The same features as features.analyze(), counted by column.
        words = normalized.split()
        vocabulary = self.vocabulary
        tally: Counter[int] = Counter(
            vocabulary[f] for f in word_features(words) if f in vocabulary
        )
        for word in set(words):
            tally.update(self._word_columns(word))
        columns = np.array(list(tally.keys()), dtype=np.int64)
        if len(columns):
            weights = (np.log(np.array(list(tally.values()), dtype=np.float64)) + 1.0) * self.idf[
                columns
            ]
            weights /= math.sqrt(float(weights @ weights))
            logits = (weights @ self.coef[columns] + self.intercept).tolist()
        else:
            weights = np.empty(0)
            logits = self.intercept.tolist()
        # Seven numbers: plain Python is faster than numpy here.
        scaled = [value / self.temperature for value in logits]
        top = max(scaled)
        exp = [math.exp(value - top) for value in scaled]
        total = sum(exp)
        return Prediction(
            probabilities={c: e / total for c, e in zip(self.classes, exp, strict=True)},
            columns=columns,
            weights=weights,
            classifier=self,
        )


# Words too common to explain anything to a person reading the reason.
STOPWORDS = frozenset(
    "a an and are as at be by for from has have i in is it me my of on or our so that the "
    "this to we with you your de la el en los las para por que con del un una um uma com "
    "da do das dos le les des du et pour avec une der die das und mit fur ein eine il di "
    "per che non".split()
)


def _uninformative(text: str) -> bool:
    return all(word in STOPWORDS or len(word) < 3 for word in text.split())


_lock = threading.Lock()
_loaded: Classifier | None = None


def get_classifier() -> Classifier:
    """The packaged model, loaded once per process."""
    global _loaded
    if _loaded is None:
        with _lock:
            if _loaded is None:
                _loaded = Classifier.load()
    return _loaded
