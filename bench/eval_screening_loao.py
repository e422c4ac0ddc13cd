"""Leave one author out: how the screener generalises to briefs by an author it never saw.

    python bench/eval_screening_loao.py [--recipe current|v11] [--shipped] [--errors SOURCE]

Sources: the independent authors' sets (v9, v10, v11 in tests/screening/data, A-D in
src/directcontracts/screening/data/independent). For each source, the classifier is trained
on everything else (data/corpus.jsonl and the composed corpus always) with the recipe's
settings, and the whole screener (packaged rules and thresholds, that fold's classifier)
judges that source's items. Prints per source: share of banned/excluded items not allowed,
ok items blocked, ok items held for review, macro-F1; then the mean and the worst.

Recipes:
- `current`: model v9's recipe (every item weighs 1, temperature 0.8 as model v9's);
- `v11`: the shipped model v11's recipe (train.py's settings: independent items weigh
  INDEPENDENT_WEIGHT, the temperature is fitted on the other authors' out-of-author logits).
`--shipped` scores the packaged model.npz on every source instead (no retraining: not a
clean reading for any source it was trained on).

Fast because the features of every training example are counted once (the analyzer is the
slow part) and each fold only re-weighs them: min_df, idf, sublinear tf and L2
normalisation as TfidfVectorizer computes them on the fold's training examples.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize

from directcontracts.screening import train
from directcontracts.screening.classifier import CODES, Classifier
from directcontracts.screening.engine import (
    assess,
    decide,
    default_rulebook,
    item_parts,
    screen_work,
)
from directcontracts.screening.features import analyze

CURRENT_TEMPERATURE = 0.8  # model v9's, fitted by 4-fold cross-validation on the corpus


class _Fitted:
    """The two attributes train.in_memory_classifier reads from a TfidfVectorizer."""

    def __init__(self, names: np.ndarray, idf: np.ndarray) -> None:
        self.names = names
        self.idf_ = idf

    def get_feature_names_out(self) -> np.ndarray:
        return self.names


def figures(rows: list[dict], verdicts: list) -> dict[str, float]:
    gold = [r["policy"] for r in rows]
    return train.screener_figures(
        gold, [str(v.verdict) for v in verdicts], [v.policy for v in verdicts]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipe", choices=("current", "v11"), default="v11")
    parser.add_argument("--shipped", action="store_true", help="score the packaged model")
    parser.add_argument("--model", type=Path, default=None, help="with --shipped: another file")
    parser.add_argument("--errors", default="", help="list a source's misses (e.g. v10)")
    parser.add_argument("--independent-weight", type=float, default=None)
    parser.add_argument("--review", type=float, default=None, help="override 'review'")
    parser.add_argument("--part", type=float, default=None, help="override 'part'")
    parser.add_argument("--model-review-risk", type=float, default=None)
    parser.add_argument(
        "--grid", action="store_true", help="also print mean/worst for other review thresholds"
    )
    args = parser.parse_args()

    started = time.perf_counter()
    sources = {s: p for s, p in train.INDEPENDENT_SOURCES.items() if p.exists()}
    missing = sorted(set(train.INDEPENDENT_SOURCES) - set(sources))
    if missing:
        print(f"missing sources (skipped): {', '.join(missing)}")
    book = default_rulebook()
    for key, value in (
        ("review", args.review),
        ("part", args.part),
        ("model_review_risk", args.model_review_risk),
    ):
        if value is not None:
            book.thresholds[key] = value  # this process's copy of the packaged rules

    held = {s: train.independent_rows({s: p}) for s, p in sources.items()}
    results: dict[str, dict[str, float]] = {}
    verdicts_of: dict[str, list] = {}
    if args.shipped:
        packaged = Classifier.load(args.model) if args.model else None
        for source, items in held.items():
            verdicts_of[source] = [
                screen_work(
                    title=r["title"],
                    description=r["description"],
                    rulebook=book,
                    classifier=packaged,
                )
                for r in items
            ]
    else:
        if args.recipe == "current":
            train.SETTINGS.update(C=train.C, ok_weight=3.0, independent_weight=1.0)
        elif args.independent_weight is not None:
            train.SETTINGS["independent_weight"] = args.independent_weight
        rows = train.read_jsonl(train.CORPUS_PATH)
        for items in held.values():
            rows += items
        rows += train.generated_rows()
        texts, labels, owners = train.examples_of(rows, np.arange(len(rows)))
        counter = CountVectorizer(analyzer=analyze, dtype=np.float64)
        counts = sp.csr_matrix(counter.fit_transform(texts))
        names = counter.get_feature_names_out()
        y = np.array(labels)
        owner = np.array(owners)
        source_of = np.array([rows[i].get("source", "") for i in owner])
        weight = train.row_weights(rows)[owner]
        print(
            f"{len(rows)} rows, {len(texts)} examples, {counts.shape[1]} features counted "
            f"in {time.perf_counter() - started:.0f} s (recipe {args.recipe}, "
            f"independent weight {train.SETTINGS['independent_weight']})",
            flush=True,
        )
        models = {}
        logits: dict[str, np.ndarray] = {}
        for source, items in held.items():
            mask = source_of != source
            x = counts[mask]
            df = np.bincount(x.indices, minlength=x.shape[1])
            keep = np.flatnonzero(df >= 2)
            x = sp.csr_matrix(x[:, keep])
            n = x.shape[0]
            idf = np.log((1 + n) / (1 + df[keep])) + 1.0
            x.data = 1.0 + np.log(x.data)
            x = normalize(x @ sp.diags(idf), norm="l2")
            model = train._model().fit(x, y[mask], sample_weight=weight[mask])
            fitted = _Fitted(names[keep], idf)
            classifier = train.in_memory_classifier(fitted, model, 1.0)  # type: ignore[arg-type]
            models[source] = classifier
            docs = [train.document(r["title"], r["description"]) for r in items]
            # Out-of-author logits of this source's whole items, for the temperature.
            xs = counter.transform(docs)[:, keep]
            xs.data = 1.0 + np.log(xs.data)
            logits[source] = model.decision_function(normalize(xs @ sp.diags(idf), norm="l2"))
            print(f"  fold without {source}: {time.perf_counter() - started:.0f} s", flush=True)
        gold = {s: np.array([CODES.index(r["policy"]) for r in held[s]]) for s in held}
        assessments: dict[str, list] = {}
        for source, items in held.items():
            if args.recipe == "current":
                temperature = CURRENT_TEMPERATURE
            else:
                # Fitted on the other authors' out-of-author logits only.
                others = [s for s in held if s != source]
                temperature = train.fit_temperature(
                    np.vstack([logits[s] for s in others]),
                    np.concatenate([gold[s] for s in others]),
                )
            classifier: Classifier = models[source]
            classifier.temperature = temperature
            assessments[source] = [
                assess(item_parts(r["title"], r["description"]), book=book, model=classifier)
                for r in items
            ]
            verdicts_of[source] = [
                decide(a, thresholds=book.thresholds) for a in assessments[source]
            ]
            print(f"  {source}: temperature {temperature}", flush=True)
        if args.recipe != "current":
            pooled = train.fit_temperature(
                np.vstack(list(logits.values())), np.concatenate(list(gold.values()))
            )
            print(f"temperature on every source's out-of-author logits: {pooled}")
    for source, items in held.items():
        results[source] = figures(items, verdicts_of[source])
    label = "packaged model" if args.shipped else f"recipe {args.recipe}"
    print(f"\nleave one author out ({label}):")
    print("| source | items | not allowed | ok blocked | ok review | macro-F1 |")
    print("|---|---|---|---|---|---|")
    keys = ("not_allowed", "ok_blocked", "ok_review", "macro_f1")
    for source, f in results.items():
        print(
            f"| {source} | {len(held[source])} | " + " | ".join(f"{f[k]:.3f}" for k in keys) + " |"
        )
    mean = {k: float(np.mean([f[k] for f in results.values()])) for k in keys}
    worst = {
        "not_allowed": min(f["not_allowed"] for f in results.values()),
        "ok_blocked": max(f["ok_blocked"] for f in results.values()),
        "ok_review": max(f["ok_review"] for f in results.values()),
        "macro_f1": min(f["macro_f1"] for f in results.values()),
    }
    print("| mean | | " + " | ".join(f"{mean[k]:.3f}" for k in keys) + " |")
    print("| worst | | " + " | ".join(f"{worst[k]:.3f}" for k in keys) + " |")
    print(f"seconds={time.perf_counter() - started:.0f}")
    if args.grid and not args.shipped:
        for review in (0.1, 0.125, 0.15, 0.2, 0.25):
            for part in (0.5, 0.6):
                for mrr in (0.65,):
                    current = {
                        **book.thresholds,
                        "review": review,
                        "part": part,
                        "model_review_risk": mrr,
                    }
                    per = [
                        figures(held[s], [decide(a, thresholds=current) for a in assessments[s]])
                        for s in held
                    ]
                    m = {k: float(np.mean([f[k] for f in per])) for k in keys}
                    print(
                        f"review={review} part={part} model_review_risk={mrr}: mean "
                        + " ".join(f"{k}={m[k]:.3f}" for k in keys)
                        + f" | worst not_allowed={min(f['not_allowed'] for f in per):.3f} "
                        f"ok_review={max(f['ok_review'] for f in per):.3f} "
                        f"ok_blocked={max(f['ok_blocked'] for f in per):.3f}"
                    )
    if args.errors in verdicts_of:
        for row, v in zip(held[args.errors], verdicts_of[args.errors], strict=True):
            wrong = v.policy != row["policy"] or (row["policy"] != "ok") == (v.verdict == "allow")
            if wrong:
                print(
                    f"  {row['id']} gold={row['policy']} got={v.verdict}/{v.policy} "
                    f"score={v.score:.2f} {row['title']!r} rules={v.rules}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
