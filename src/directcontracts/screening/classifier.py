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
# The contract-message check's own model (`train.py --messages-model`): the same features and
# classes, trained with thread messages weighed up, so that messages can be tuned without
# moving the work briefs' model. Without the file messages are read by the brief model.
MESSAGE_MODEL_PATH = Path(__file__).resolve().parent / "data" / "message_model.npz"
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
        wordy = self.classifier.is_word_feature[self.columns]
        columns, weights = self.columns[wordy], self.weights[wordy]
        contributions = self.classifier.coef[columns, k] * weights
        words: list[str] = []
        for i in np.argsort(-contributions)[: limit * 4]:
            if contributions[i] <= 0 or len(words) == limit:
                break
            kind, _, text = self.classifier.feature_names[columns[i]].partition(":")
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
        # Scoring folds idf into the coefficients (see predict_parts).
        self.idf_coef = idf[:, None] * coef
        self.idf_squared = idf * idf
        self.is_word_feature = np.array([not name.startswith("c:") for name in self.feature_names])
        self._columns_cache: dict[str, tuple[int, ...]] = {}
        self._known_cache: dict[str, tuple[int, int]] = {}

    @property
    def message_thresholds(self) -> dict[str, float]:
        """Thresholds the message check uses over the rulebook's with this model (written in
        its file's meta by `train.py --messages-model`); none for the brief model."""
        thresholds = self.meta.get("message_thresholds")
        if not isinstance(thresholds, dict):
            return {}
        return {str(name): float(value) for name, value in thresholds.items()}

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
            grams = char_ngrams(word)
            cached = tuple(vocabulary[f] for f in grams if f in vocabulary)
            if len(self._columns_cache) < 100_000:
                self._columns_cache[word] = cached
                self._known_cache[word] = (len(cached), len(grams))
        return cached

    def _tally(self, normalized: str) -> Counter[int]:
        """Column counts of one part: the same features as features.analyze_part()."""
        words = normalized.split()
        found = [c for c in map(self.vocabulary.get, word_features(words)) if c is not None]
        columns = self._columns_cache
        for word in set(words):
            cached = columns.get(word)
            found.extend(cached if cached is not None else self._word_columns(word))
        return Counter(found)

    def predict(self, normalized: str) -> Prediction:
        return self.predict_parts([normalized])[0]

    def predict_parts(
        self, parts: list[str], *, min_norm: float = 0.0
    ) -> tuple[Prediction, list[dict[str, float]]]:
        """The whole brief's prediction (features summed over its parts) and each part's
        probabilities, computed together: one row per part plus one for the whole.

        TF-IDF as scikit-learn computes it (1 + log count, times idf, L2-normalised) folded
        into the coefficients: logits = (tf @ idf*coef) / sqrt(tf^2 @ idf^2) + intercept.

        `min_norm` calibrates short texts: L2 normalisation gives "looks fine to me" the
        weight of a whole brief, so a few function-word n-grams decide it. A row whose
        norm is below `min_norm` is divided by `min_norm` instead, as if padded with
        neutral words to that much text: its logits shrink towards the intercept (the
        prior, which is "ok"). 0 is scikit-learn's reading (work briefs).
        """
        whole, part_probs, _, _ = self.predict_parts_calibrated(parts, min_norm=min_norm)
        return whole, part_probs

    def predict_parts_calibrated(
        self, parts: list[str], *, min_norm: float
    ) -> tuple[Prediction, list[dict[str, float]], dict[str, float], list[dict[str, float]]]:
        """`predict_parts` unscaled (its prediction and part probabilities), then the whole's
        and each part's probabilities read with `min_norm`, from one pass over the text."""
        tallies = [self._tally(part) for part in parts]
        sizes = [len(t) for t in tallies]
        if not any(sizes):
            prior = self._softmax(self.intercept.tolist())
            empty = Prediction(prior, np.empty(0, dtype=np.int64), np.empty(0), self)
            return empty, [prior for _ in parts], prior, [prior for _ in parts]
        keys = np.concatenate(
            [
                np.fromiter(t.keys(), dtype=np.int64, count=n)
                for t, n in zip(tallies, sizes, strict=True)
            ]
        )
        counts = np.concatenate(
            [
                np.fromiter(t.values(), dtype=np.float64, count=n)
                for t, n in zip(tallies, sizes, strict=True)
            ]
        )
        rows = 1 if len(parts) == 1 else len(parts) + 1
        if rows == 1:
            columns = keys
            tf = (1.0 + np.log(counts))[None, :]
        else:
            columns, position = np.unique(keys, return_inverse=True)
            tf = np.zeros((rows, len(columns)))
            tf[np.repeat(np.arange(1, rows), sizes), position] = 1.0 + np.log(counts)
            tf[0] = 1.0 + np.log(np.bincount(position, weights=counts, minlength=len(columns)))
        # A part with no known feature has a zero row: it scores as the prior, not NaN.
        norms = np.maximum(np.sqrt((tf * tf) @ self.idf_squared[columns]), 1e-12)
        dots = tf @ self.idf_coef[columns]
        probabilities = [
            self._softmax(r) for r in (dots / norms[:, None] + self.intercept).tolist()
        ]
        if min_norm > norms.min():
            floored = np.maximum(norms, min_norm)[:, None]
            scaled = [self._softmax(r) for r in (dots / floored + self.intercept).tolist()]
        else:
            scaled = probabilities
        weights = tf[0] * self.idf[columns] / norms[0]
        whole_prediction = Prediction(probabilities[0], columns, weights, self)
        if rows == 1:
            return whole_prediction, probabilities, scaled[0], scaled
        return whole_prediction, probabilities[1:], scaled[0], scaled[1:]

    def _softmax(self, logits: list[float]) -> dict[str, float]:
        # Seven numbers: plain Python is faster than numpy here.
        scaled = [value / self.temperature for value in logits]
        top = max(scaled)
        exp = [math.exp(value - top) for value in scaled]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def known_share(self, normalized: str) -> float:
        """Share of the text's character n-grams the model knows: low for keyboard mashing
        and random characters, high for words in the languages it was trained on."""
        known = seen = 0
        for word in normalized.split():
            if word not in self._known_cache:
                self._word_columns(word)
            k, n = self._known_cache.get(word, (0, 1))
            known += k
            seen += n
        return known / seen if seen else 0.0


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


_message_lock = threading.Lock()  # not _lock: the fallback takes that one
_loaded_for_messages: Classifier | None = None


def load_message_classifier(path: Path = MESSAGE_MODEL_PATH) -> Classifier:
    """The message model at `path`, or the brief model when there is no such file."""
    if not path.exists():
        return get_classifier()
    return Classifier.load(path)


def get_message_classifier() -> Classifier:
    """The classifier the contract-message check reads (`engine.screen_message_work`): the
    packaged message model, loaded once per process, else the brief model."""
    global _loaded_for_messages
    if _loaded_for_messages is None:
        with _message_lock:
            if _loaded_for_messages is None:
                _loaded_for_messages = load_message_classifier()
    return _loaded_for_messages
