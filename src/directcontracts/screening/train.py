"""Train the screening classifier from the project's corpus: `python -m directcontracts.screening.train`.

Steps:
1. Read `data/corpus.jsonl` (hand-written, labelled with the seven policy codes).
2. Five-fold stratified cross-validation of TF-IDF (word 1-2-grams and character
   3-5-grams on normalised text) + multinomial logistic regression; print per-code and
   macro-F1 scores.
3. Fit a temperature on the out-of-fold scores (minimum log-loss), so the probabilities
   the screener thresholds are calibrated rather than raw.
4. Measure the whole screener the same way: each fold's model, with the default rules,
   screens the items it was not trained on; print the figures `bench/eval_screening.py`
   prints (share of non-ok items not allowed, ok items blocked and sent to review,
   macro-F1 of the policy code). `--errors` lists the corpus items it gets wrong.
5. Fit on the whole corpus and write `data/model.npz` (arrays only, no pickle).

Everything is deterministic (fixed seed, sorted vocabulary), so the same corpus gives
the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, f1_score
from sklearn.model_selection import StratifiedKFold

from directcontracts.screening.classifier import CODES, MODEL_PATH, Classifier
from directcontracts.screening.engine import screen_work
from directcontracts.screening.features import analyze
from directcontracts.screening.normalize import normalize

CORPUS_PATH = Path(__file__).resolve().parent / "data" / "corpus.jsonl"
SEED = 20260302
C = 12.0


def item_text(title: str, description: str) -> str:
    return normalize(f"{title}. {description}")


def load_rows(path: Path = CORPUS_PATH) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def load_corpus(path: Path = CORPUS_PATH) -> tuple[list[str], np.ndarray]:
    rows = load_rows(path)
    texts = [item_text(row["title"], row["description"]) for row in rows]
    return texts, np.array([CODES.index(row["policy"]) for row in rows])


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=analyze, sublinear_tf=True, min_df=2, dtype=np.float64)


def _model() -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=5000, class_weight="balanced", random_state=SEED)


def _softmax(logits: np.ndarray, temperature: float) -> np.ndarray:
    scaled = logits / temperature
    scaled -= scaled.max(axis=1, keepdims=True)
    exp = np.exp(scaled)
    return exp / exp.sum(axis=1, keepdims=True)


Fold = tuple[np.ndarray, TfidfVectorizer, LogisticRegression]


def cross_validate(texts: list[str], labels: np.ndarray) -> tuple[np.ndarray, list[Fold]]:
    """Out-of-fold logits for every item, and each fold's (test indices, fitted model)."""
    logits = np.zeros((len(texts), len(CODES)))
    folds: list[Fold] = []
    splitter = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    for train_idx, test_idx in splitter.split(texts, labels):
        vectorizer = _vectorizer()
        x_train = vectorizer.fit_transform([texts[i] for i in train_idx])
        model = _model().fit(x_train, labels[train_idx])
        logits[test_idx] = model.decision_function(
            vectorizer.transform([texts[i] for i in test_idx])
        )
        folds.append((test_idx, vectorizer, model))
    return logits, folds


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    best, best_loss = 1.0, float("inf")
    for temperature in np.arange(0.2, 5.01, 0.05):
        probs = _softmax(logits, float(temperature))
        loss = -np.mean(np.log(probs[np.arange(len(labels)), labels] + 1e-12))
        if loss < best_loss:
            best, best_loss = float(temperature), float(loss)
    return round(best, 2)


def _arrays(vectorizer: TfidfVectorizer, model: LogisticRegression) -> dict[str, np.ndarray]:
    """What scoring needs, as the model file stores it."""
    names = vectorizer.get_feature_names_out()
    # Features whose weights are all near zero never change a decision; drop them to keep
    # the file small.
    keep = np.abs(model.coef_).max(axis=0) >= 1e-3
    return {
        "vocabulary": np.array(names[keep], dtype=str),
        "idf": vectorizer.idf_[keep].astype(np.float32),
        "coef": model.coef_.T[keep].astype(np.float32),
        "intercept": model.intercept_.astype(np.float32),
        "classes": np.array([CODES[i] for i in model.classes_], dtype=str),
    }


def in_memory_classifier(
    vectorizer: TfidfVectorizer, model: LogisticRegression, temperature: float
) -> Classifier:
    """The classifier the package would load from a file written from this model."""
    arrays = _arrays(vectorizer, model)
    return Classifier(
        vocabulary={str(name): i for i, name in enumerate(arrays["vocabulary"])},
        idf=arrays["idf"].astype(np.float64),
        coef=arrays["coef"].astype(np.float64),
        intercept=arrays["intercept"].astype(np.float64),
        classes=tuple(str(c) for c in arrays["classes"]),
        temperature=temperature,
        meta={},
    )


def screener_scores(
    rows: list[dict], folds: list[Fold], temperature: float, *, errors: bool = False
) -> dict[str, float]:
    """The whole screener (default rules + each fold's classifier) on its held-out items."""
    predicted: list[str] = [""] * len(rows)
    verdicts: list[str] = [""] * len(rows)
    for test_idx, vectorizer, model in folds:
        classifier = in_memory_classifier(vectorizer, model, temperature)
        for i in test_idx:
            result = screen_work(
                title=rows[i]["title"], description=rows[i]["description"], classifier=classifier
            )
            predicted[i], verdicts[i] = result.policy, str(result.verdict)
    gold = [row["policy"] for row in rows]
    bad = [v for v, g in zip(verdicts, gold, strict=True) if g != "ok"]
    ok = [v for v, g in zip(verdicts, gold, strict=True) if g == "ok"]
    if errors:
        for row, code, verdict in zip(rows, predicted, verdicts, strict=True):
            if code != row["policy"]:
                print(
                    f"  {row['id']} gold={row['policy']} got={verdict}/{code} "
                    f"{row['title']!r}: {row['description'][:80]!r}"
                )
    return {
        "not_allowed": round(sum(v != "allow" for v in bad) / max(1, len(bad)), 4),
        "ok_blocked": round(sum(v == "block" for v in ok) / max(1, len(ok)), 4),
        "ok_review": round(sum(v == "review" for v in ok) / max(1, len(ok)), 4),
        "macro_f1": round(float(f1_score(gold, predicted, labels=list(CODES), average="macro")), 4),
    }


def export(
    texts: list[str], labels: np.ndarray, temperature: float, path: Path, scores: dict
) -> None:
    vectorizer = _vectorizer()
    x = vectorizer.fit_transform(texts)
    model = _model().fit(x, labels)
    meta = {"corpus_items": len(texts), "C": C, "seed": SEED, "cv": scores}
    arrays = _arrays(vectorizer, model)
    arrays["temperature"] = np.array(temperature)
    arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
    np.savez_compressed(path, allow_pickle=False, **arrays)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS_PATH)
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument(
        "--errors", action="store_true", help="list the corpus items the screener gets wrong"
    )
    args = parser.parse_args(argv)

    rows = load_rows(args.corpus)
    texts, labels = load_corpus(args.corpus)
    print(
        f"corpus: {len(texts)} items, "
        + ", ".join(f"{code}={int((labels == i).sum())}" for i, code in enumerate(CODES))
    )
    logits, folds = cross_validate(texts, labels)
    predicted = logits.argmax(axis=1)
    print(
        classification_report(
            labels,
            predicted,
            labels=list(range(len(CODES))),
            target_names=list(CODES),
            digits=3,
            zero_division=0,
        )
    )
    temperature = fit_temperature(logits, labels)
    probs = _softmax(logits, temperature)
    nonok = labels != 0
    flagged = probs[:, 0] < 0.5
    scores: dict[str, object] = {
        "macro_f1": round(float(f1_score(labels, predicted, average="macro")), 4),
        "nonok_recall": round(float(flagged[nonok].mean()), 4),
        "ok_flagged": round(float(flagged[~nonok].mean()), 4),
        "temperature": temperature,
    }
    print("cross-validated: " + " ".join(f"{k}={v}" for k, v in scores.items()))
    screener = screener_scores(rows, folds, temperature, errors=args.errors)
    print(
        "cross-validated screener (default rules + fold model): "
        + " ".join(f"{k}={v}" for k, v in screener.items())
    )
    scores["screener"] = screener
    export(texts, labels, temperature, args.output, scores)
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
