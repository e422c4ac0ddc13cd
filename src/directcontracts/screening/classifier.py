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
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from directcontracts.screening.features import counts

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
    contributions: np.ndarray
    classifier: Classifier

    def top_words(self, code: str, limit: int = 3) -> list[str]:
        """The words that pushed the score towards `code` the most (computed on demand)."""
        k = self.classifier.classes.index(code)
        words: list[str] = []
        for i in np.argsort(-self.contributions[:, k])[: limit * 4]:
            if self.contributions[i, k] <= 0 or len(words) == limit:
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

    def predict(self, normalized: str) -> Prediction:
        found = [
            (self.vocabulary[f], n) for f, n in counts(normalized).items() if f in self.vocabulary
        ]
        if found:
            columns = np.fromiter((c for c, _ in found), dtype=np.int64, count=len(found))
            tf = np.fromiter(
                (1.0 + math.log(n) for _, n in found), dtype=np.float64, count=len(found)
            )
            weights = tf * self.idf[columns]
            weights /= np.linalg.norm(weights)
            contributions = self.coef[columns] * weights[:, None]
            logits = contributions.sum(axis=0) + self.intercept
        else:
            columns = np.empty(0, dtype=np.int64)
            contributions = np.empty((0, len(self.classes)))
            logits = self.intercept.copy()
        scaled = logits / self.temperature
        scaled -= scaled.max()
        exp = np.exp(scaled)
        probs = exp / exp.sum()
        return Prediction(
            probabilities={c: float(p) for c, p in zip(self.classes, probs, strict=True)},
            columns=columns,
            contributions=contributions,
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
