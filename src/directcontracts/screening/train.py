"""Train the screening classifier from the project's corpus: `python -m directcontracts.screening.train`.

Steps:
1. Read the corpus: `data/corpus.jsonl` (hand-written items) and the items
   corpus/compose.py composes from hand-written fragments (in memory, deterministic),
   labelled with the seven policy codes; since model v18 also contract-thread messages
   (corpus/threads.py and the message tuning sets, `message_rows`), read as the message
   check's classifier reads them.
2. Every item is split into parts as the screener splits it (clauses.py) and its features
   are the sum of its parts' features. Training also sees single parts: the sentence that
   makes an item harmful (labelled with the item's code) and sentences that are fine on
   their own (labelled `ok`), so the model can judge one part of a brief.
3. K-fold cross-validation by item (an item's parts stay in its fold): the classifier's
   macro-F1, a temperature fitted on the out-of-fold logits (minimum log-loss) so the
   probabilities the screener thresholds are calibrated, and the whole screener (rules +
   each fold's model) on the items it never saw, with the figures bench/eval_screening.py
   prints. `--thresholds` prints those figures for a grid of block/review thresholds:
   that is how the packaged thresholds were chosen. Cross-validation is not evidence of
   generalisation (the held-out set is: `make eval-screening-heldout`).
4. Fit on everything and write `data/model.npz` (arrays only, no pickle). With
   `--messages-model`, the contract-message check's own model instead,
   `data/message_model.npz`: the same corpus with thread messages weighed `--message-boost`
   times more (round 11).

Deterministic (fixed seed, sorted vocabulary): the same corpus gives the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from directcontracts.screening.classifier import CODES, MESSAGE_MODEL_PATH, MODEL_PATH, Classifier
from directcontracts.screening.corpus.compose import generated_rows
from directcontracts.screening.corpus.threads import thread_rows
from directcontracts.screening.engine import (
    Assessment,
    Decision,
    Verdict,
    assess,
    decide,
    default_rulebook,
    for_classifier,
    item_parts,
)
from directcontracts.screening.features import PART_SEPARATOR, analyze

DATA = Path(__file__).resolve().parent / "data"
CORPUS_PATH = DATA / "corpus.jsonl"
# Briefs written by independent authors who never saw the screener (issue 13): authors A-D
# (model v11) and E, F, G, I (model v12: Spanish and Portuguese; French, German and
# romanised Hindi; English in many voices; eleven languages) wrote training sets (copied
# here with their build.py); v9-v13 were held-out sets by five more authors, read already,
# kept where they are and trained on (v9-v11 since model v11, v12 since model v12, v13
# since model v13, v14 since model v14). Model v14 (round 9) adds J (Polish, Turkish,
# Italian, Dutch, Indonesian; 99 briefs, cut short at its deadline) and K (Spanish,
# Portuguese, French, German, romanised Hindi), both weighted to harm. Model v15 (round
# 10) adds M (buried requests, half in twelve languages other than English); model v16
# (round 12) adds N (harm stated plainly or without trigger words, half in Romanian,
# Swedish, Czech, Greek, Vietnamese, Tagalog, Swahili, Russian, Arabic, Hungarian,
# Ukrainian and Malay) and O (60 hard negatives in English and the same languages).
# Model v17 (round 13) brings N and O back (round 12 was reverted), adds the held-out sets
# v15-v18 (each measured once in rounds 9-12, so no longer a clean test) and authors P
# (buried and trigger-free harm beside long legitimate briefs) and Q (languages few authors
# wrote in: Cyrillic, Greek, Arabic, Hebrew, CJK, Vietnamese, Hungarian...) and R (497
# hard negatives, half in other languages: the training corpus keeps 40 % of them).
INDEPENDENT = DATA / "independent"
REPO_ROOT = Path(__file__).resolve().parents[3]
HELDOUT_DIR = REPO_ROOT / "tests" / "screening" / "data"
INDEPENDENT_SOURCES = {
    "v9": HELDOUT_DIR / "heldout_v9.jsonl",
    "v10": HELDOUT_DIR / "heldout_v10.jsonl",
    "v11": HELDOUT_DIR / "heldout_v11.jsonl",
    "v12": HELDOUT_DIR / "heldout_v12.jsonl",
    "v13": HELDOUT_DIR / "heldout_v13.jsonl",
    "v14": HELDOUT_DIR / "heldout_v14.jsonl",
    "v15": HELDOUT_DIR / "heldout_v15.jsonl",
    "v16": HELDOUT_DIR / "heldout_v16.jsonl",
    "v17": HELDOUT_DIR / "heldout_v17.jsonl",
    "v18": HELDOUT_DIR / "heldout_v18.jsonl",
    "A": INDEPENDENT / "A" / "items.jsonl",
    "B": INDEPENDENT / "B" / "items.jsonl",
    "C": INDEPENDENT / "C" / "items.jsonl",
    "D": INDEPENDENT / "D" / "items.jsonl",
    "E": INDEPENDENT / "E" / "items.jsonl",
    "F": INDEPENDENT / "F" / "items.jsonl",
    "G": INDEPENDENT / "G" / "items.jsonl",
    "I": INDEPENDENT / "I" / "items.jsonl",
    "J": INDEPENDENT / "J" / "items.jsonl",
    "K": INDEPENDENT / "K" / "items.jsonl",
    "M": INDEPENDENT / "M" / "items.jsonl",
    "N": INDEPENDENT / "N" / "items.jsonl",
    "O": INDEPENDENT / "O" / "items.jsonl",
    "P": INDEPENDENT / "P" / "items.jsonl",
    "Q": INDEPENDENT / "Q" / "items.jsonl",
    "R": INDEPENDENT / "R" / "items.jsonl",
}
# Model v18 (thread messages in training): the classifier had only seen work briefs, so
# plain contract-thread talk ("could you approve milestone 2?", "happy new year!") read as
# harm. It now also reads ordinary thread messages as `ok` and thread violations as their
# codes: the messages composed by `corpus/threads.py` (source `threads`; its held part is
# never trained on) and the message tuning sets below. Not the independent measures
# messages_heldout_v7/v8, nor messages_heldout.jsonl (kept as a measure it never saw).
MESSAGE_SOURCES = {
    "messages_dev": HELDOUT_DIR / "messages_dev.jsonl",
    "messages_dev_v3": HELDOUT_DIR / "messages_dev_v3.jsonl",
    "messages_dev_v4": HELDOUT_DIR / "messages_dev_v4.jsonl",
    "messages_dev_v5": HELDOUT_DIR / "messages_dev_v5.jsonl",
    "messages_dev_v6": HELDOUT_DIR / "messages_dev_v6.jsonl",
    "messages_heldout_v2": HELDOUT_DIR / "messages_heldout_v2.jsonl",
    "messages_heldout_v3": HELDOUT_DIR / "messages_heldout_v3.jsonl",
    "messages_heldout_v4": HELDOUT_DIR / "messages_heldout_v4.jsonl",
    "messages_heldout_v5": HELDOUT_DIR / "messages_heldout_v5.jsonl",
    "messages_heldout_v6": HELDOUT_DIR / "messages_heldout_v6.jsonl",
}
# Never trained on: the independent measures of message screening.
MESSAGE_MEASURES = (
    "messages_heldout_v7.jsonl",
    "messages_heldout_v8.jsonl",
    "messages_heldout_v10.jsonl",
    "messages_heldout_v11.jsonl",
)
# How much one message weighs against one composed brief: the sets written whole by people
# (tuning sets) as an independent author's brief, the composed ones as a composed brief.
MESSAGE_WEIGHT = {"threads": 1.0}
MESSAGE_SET_WEIGHT = 2.0
# The message model (`--messages-model`, `data/message_model.npz`): the same corpus with every
# thread message's weight multiplied by this, so the model the message check reads weighs
# conversation more than the brief model can afford to (round 10: more messages in the shared
# model let harmful briefs through). The brief model keeps 1.
MESSAGE_BOOST = 4.0
MESSAGE_MODEL_VERSION = 1
SEED = 20260302
C = 4.0
# Legitimate work weighs more: blocking it is the worst mistake (issue 13). C 4 and ok 3
# (v5) against C 2 and ok 2 (v2-v4): on the cross-validated hand-written items 0.84 of
# not-allowed work caught against 0.82, for the same 2 % of legitimate work held.
CLASS_WEIGHT = {i: (3.0 if code == "ok" else 1.0) for i, code in enumerate(CODES)}
PARTS_PER_ITEM = 2
# What a run may change from the command line (--c, --ok-weight) to compare settings.
# Model v11: how much one independently written item weighs against one item of
# data/corpus.jsonl or the composed corpus, chosen leaving one author out
# (bench/eval_screening_loao.py; 1, 2, 3, 4 and 6 tried: 3 caught the most harmful work).
INDEPENDENT_WEIGHT = 3.0
MODEL_VERSION = 18
# Model v11: the temperature fitted on the out-of-author logits of every independent source
# (each scored by the model trained without its author; eval_screening_loao.py prints it),
# not on cross-validated composed items, which share templates across folds.
# Model v12: 0.8, fitted the same way on ten sources (v9-v12, A, C-G); model v13: 0.8 again
# on twelve (v13 and I added); models v14 and v15 keep 0.8 without refitting it.
OUT_OF_AUTHOR_TEMPERATURE = 0.8
SETTINGS = {
    "C": C,
    "ok_weight": CLASS_WEIGHT[0],
    "independent_weight": INDEPENDENT_WEIGHT,
    "message_set_weight": MESSAGE_SET_WEIGHT,
    "message_boost": 1.0,
}


def read_jsonl(path: Path) -> list[dict]:
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def independent_rows(sources: dict[str, Path] | None = None) -> list[dict]:
    """Every independently written item, with its author's name in `source`."""
    rows = []
    for source, path in (sources or INDEPENDENT_SOURCES).items():
        if not path.exists():  # a checkout without tests/ (an installed package)
            continue
        for row in read_jsonl(path):
            rows.append({**row, "source": source})
    return rows


def message_rows(sources: dict[str, Path] | None = None) -> list[dict]:
    """Contract-thread messages, with their set's name in `message_source`: the composed
    ones (`threads`, training part only) and the message tuning sets."""
    rows = [{**row, "message_source": "threads"} for row in thread_rows()]
    for source, path in (sources or MESSAGE_SOURCES).items():
        if path.name in MESSAGE_MEASURES:
            raise ValueError(f"{path.name} is an independent measure, never trained on")
        if not path.exists():  # a checkout without tests/ (an installed package)
            continue
        for row in read_jsonl(path):
            rows.append({**row, "title": row.get("title") or "", "message_source": source})
    return rows


def load_rows(
    path: Path = CORPUS_PATH, *, independent: bool = True, messages: bool = True
) -> list[dict]:
    """The hand-written items, the independent authors' items, the composed ones, then the
    contract-thread messages."""
    rows = read_jsonl(path)
    if independent:
        rows += independent_rows()
    rows += generated_rows()
    if messages:
        rows += message_rows()
    return rows


def hand_written(row: dict) -> bool:
    """Written by a person as a whole brief (data/corpus.jsonl or an independent author),
    not composed from fragments."""
    return not row.get("kind") or bool(row.get("source"))


def document(title: str, description: str) -> str:
    """What the vectoriser reads: the item's normalised parts, one per line."""
    return PART_SEPARATOR.join(p.normalized for p in item_parts(title, description))


def message_document(text: str) -> str:
    """A thread message as the work check's classifier reads it: its parts without price
    words and plain numbers (`engine.for_classifier`)."""
    return PART_SEPARATOR.join(for_classifier(p.normalized) for p in item_parts("", text))


def examples_of(rows: list[dict], indices: np.ndarray) -> tuple[list[str], list[int], list[int]]:
    """Whole items plus single parts (the harmful sentence, a few benign ones), with the row
    each example comes from (for its weight)."""
    rng = random.Random(SEED)  # noqa: S311 (reproducible sampling, not security)
    texts: list[str] = []
    labels: list[int] = []
    owners: list[int] = []
    for i in indices:
        start = len(texts)
        row = rows[i]
        code = CODES.index(row["policy"])
        if row.get("message_source"):
            _message_examples(rng, row, code, texts, labels)
            owners.extend([int(i)] * (len(texts) - start))
            continue
        texts.append(document(row["title"], row["description"]))
        labels.append(code)
        harm = document("", row["harm"]) if row.get("harm") else ""
        if harm:
            texts.append(harm)
            labels.append(code)
        benign = list(row.get("benign", ()))
        if hand_written(row) and row["policy"] == "ok":
            benign = [row["title"]]  # hand-written ok items: the title alone is fine too
        for sentence in rng.sample(benign, min(PARTS_PER_ITEM, len(benign))):
            texts.append(document("", sentence))
            labels.append(0)
        owners.extend([int(i)] * (len(texts) - start))
    return texts, labels, owners


def _message_examples(
    rng: random.Random, row: dict, code: int, texts: list[str], labels: list[int]
) -> None:
    """A message whole, its harmful sentence when known, and up to PARTS_PER_ITEM ordinary
    sentences (an ordinary message's own sentences are ordinary too)."""
    text = f"{row['title']}\n{row['description']}".strip()
    whole = message_document(text)
    texts.append(whole)
    labels.append(code)
    if row.get("harm"):
        texts.append(message_document(row["harm"]))
        labels.append(code)
    if "benign" in row:
        benign = list(row["benign"])
    elif row["policy"] == "ok":
        benign = [p.raw for p in item_parts("", text)]
        benign = benign if len(benign) > 1 else []
    else:
        benign = []
    benign = [b for b in benign if message_document(b) != whole]
    for sentence in rng.sample(benign, min(PARTS_PER_ITEM, len(benign))):
        texts.append(message_document(sentence))
        labels.append(0)


def row_weights(rows: list[dict]) -> np.ndarray:
    """Each row's sample weight: independent authors' items weigh INDEPENDENT_WEIGHT, thread
    messages MESSAGE_WEIGHT (their source's) or MESSAGE_SET_WEIGHT (a set written whole)."""
    weight = SETTINGS["independent_weight"]

    def of(row: dict) -> float:
        if row.get("message_source"):
            base = MESSAGE_WEIGHT.get(row["message_source"], SETTINGS["message_set_weight"])
            return base * SETTINGS["message_boost"]
        return weight if row.get("source") else 1.0

    return np.array([of(r) for r in rows])


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=analyze, sublinear_tf=True, min_df=2, dtype=np.float64)


def _model() -> LogisticRegression:
    weights = {i: (SETTINGS["ok_weight"] if code == "ok" else 1.0) for i, code in enumerate(CODES)}
    return LogisticRegression(
        C=SETTINGS["C"], max_iter=3000, class_weight=weights, random_state=SEED
    )


def _softmax(logits: np.ndarray, temperature: float) -> np.ndarray:
    scaled = logits / temperature
    scaled -= scaled.max(axis=1, keepdims=True)
    exp = np.exp(scaled)
    return exp / exp.sum(axis=1, keepdims=True)


def fit(rows: list[dict], indices: np.ndarray) -> tuple[TfidfVectorizer, LogisticRegression]:
    texts, labels, owners = examples_of(rows, indices)
    vectorizer = _vectorizer()
    x = vectorizer.fit_transform(texts)
    weights = row_weights(rows)[np.array(owners)]
    return vectorizer, _model().fit(x, np.array(labels), sample_weight=weights)


def folds_of(rows: list[dict], k: int) -> list[np.ndarray]:
    """Item indices per fold, stratified by code."""
    rng = random.Random(SEED)  # noqa: S311 (reproducible sampling, not security)
    by_code: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_code.setdefault(row["policy"], []).append(i)
    folds: list[list[int]] = [[] for _ in range(k)]
    for code in sorted(by_code):
        members = by_code[code]
        rng.shuffle(members)
        for j, i in enumerate(members):
            folds[j % k].append(i)
    return [np.array(sorted(f)) for f in folds]


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
    keep = np.abs(model.coef_).max(axis=0) >= 2e-3
    return {
        "vocabulary": np.array(names[keep], dtype=str),
        "idf": vectorizer.idf_[keep].astype(np.float32),
        # Half precision (model v11): three significant digits change no decision and keep
        # the file below model v9's size with twice the training text.
        "coef": model.coef_.T[keep].astype(np.float16),
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


def screener_figures(gold: list[str], verdicts: list[str], codes: list[str]) -> dict[str, float]:
    bad = [v for v, g in zip(verdicts, gold, strict=True) if g != "ok"]
    ok = [v for v, g in zip(verdicts, gold, strict=True) if g == "ok"]
    return {
        "not_allowed": round(sum(v != "allow" for v in bad) / max(1, len(bad)), 4),
        "ok_blocked": round(sum(v == "block" for v in ok) / max(1, len(ok)), 4),
        "ok_review": round(sum(v == "review" for v in ok) / max(1, len(ok)), 4),
        "macro_f1": round(float(f1_score(gold, codes, labels=list(CODES), average="macro")), 4),
    }


def cross_validate(
    rows: list[dict], k: int, *, thresholds: bool, errors: bool
) -> dict[str, object]:
    folds = folds_of(rows, k)
    fitted = []
    doc_logits = np.zeros((len(rows), len(CODES)))
    for fold in folds:
        train_idx = np.array(sorted(set(range(len(rows))) - set(fold.tolist())))
        vectorizer, model = fit(rows, train_idx)
        docs = [document(rows[i]["title"], rows[i]["description"]) for i in fold]
        doc_logits[fold] = model.decision_function(vectorizer.transform(docs))
        fitted.append((fold, vectorizer, model))
        print(f"  fold of {len(fold)} items done", flush=True)
    labels = np.array([CODES.index(r["policy"]) for r in rows])
    temperature = fit_temperature(doc_logits, labels)
    classifier_f1 = round(float(f1_score(labels, doc_logits.argmax(axis=1), average="macro")), 4)
    print(f"cross-validated classifier: macro_f1={classifier_f1} temperature={temperature}")

    grid = (
        [
            (b, r, p, s)
            for b in (0.93,)
            for r in (0.25, 0.3, 0.35, 0.4)
            for p in (0.6, 0.75)
            for s in (0.45, 0.55, 0.65, 1.01)
        ]
        if thresholds
        else []
    )
    book = default_rulebook()
    gold = [r["policy"] for r in rows]
    # The rules and each fold's classifier assess every item it never saw, once; each
    # threshold setting then decides on the same assessments.
    assessments: list[Assessment | None] = [None] * len(rows)
    for fold, vectorizer, model in fitted:
        classifier = in_memory_classifier(vectorizer, model, temperature)
        for i in fold:
            parts = item_parts(rows[i]["title"], rows[i]["description"])
            assessments[i] = assess(parts, book=book, model=classifier) if parts else None
    results: dict[tuple[float, float, float, float] | None, tuple[list[str], list[str]]] = {}
    for setting in [None, *grid]:
        current = dict(book.thresholds)
        if setting is not None:
            current.update(
                block_model=setting[0], review=setting[1], part=setting[2], review_risk=setting[3]
            )
        decided = [
            decide(a, thresholds=current) if a else Verdict(Decision.REVIEW, "ok", 0.5)
            for a in assessments
        ]
        verdicts, codes = [str(v.verdict) for v in decided], [v.policy for v in decided]
        results[setting] = (verdicts, codes)
        figures = screener_figures(gold, verdicts, codes)
        # The hand-written items are the better proxy for unseen text: composed items
        # share templates across folds.
        hand = [i for i, r in enumerate(rows) if hand_written(r)]
        written = screener_figures(
            [gold[i] for i in hand], [verdicts[i] for i in hand], [codes[i] for i in hand]
        )
        label = (
            "packaged thresholds"
            if setting is None
            else f"block_model={setting[0]} review={setting[1]} part={setting[2]} "
            f"review_risk={setting[3]}"
        )
        print(
            f"cross-validated screener ({label}): "
            + " ".join(f"{k}={v}" for k, v in figures.items())
            + " | hand-written items only: "
            + " ".join(f"{k}={v}" for k, v in written.items())
        )
    verdicts, codes = results[None]
    if errors:
        for row, verdict, code in zip(rows, verdicts, codes, strict=True):
            wrong = code != row["policy"] or (row["policy"] != "ok") == (verdict == "allow")
            if wrong:
                print(
                    f"  {row['id']} gold={row['policy']} got={verdict}/{code} {row['title']!r}: "
                    f"{row['description'][:100]!r}"
                )
    return {
        "classifier_macro_f1": classifier_f1,
        "temperature": temperature,
        "screener": screener_figures(gold, verdicts, codes),
    }


def export(
    rows: list[dict],
    temperature: float,
    path: Path,
    scores: dict,
    *,
    purpose: dict[str, object] | None = None,
) -> None:
    vectorizer, model = fit(rows, np.arange(len(rows)))
    meta = {
        **(purpose or {}),
        "corpus_items": len(rows),
        "C": SETTINGS["C"],
        "ok_weight": SETTINGS["ok_weight"],
        "independent_weight": SETTINGS["independent_weight"],
        "independent_sources": sorted({r["source"] for r in rows if r.get("source")}),
        "message_sources": sorted({r["message_source"] for r in rows if r.get("message_source")}),
        "message_weight": {**MESSAGE_WEIGHT, "sets": SETTINGS["message_set_weight"]},
        "message_boost": SETTINGS["message_boost"],
        "model_version": MODEL_VERSION,
        "seed": SEED,
        "cv": scores,
    }
    arrays = _arrays(vectorizer, model)
    arrays["temperature"] = np.array(temperature)
    arrays["meta"] = np.array(json.dumps(meta, sort_keys=True))
    np.savez_compressed(path, allow_pickle=False, **arrays)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    parser.add_argument(
        "--temperature",
        type=float,
        default=OUT_OF_AUTHOR_TEMPERATURE,
        help="the exported model's (default: fitted on out-of-author logits)",
    )
    parser.add_argument("--thresholds", action="store_true", help="print a threshold grid")
    parser.add_argument("--errors", action="store_true", help="list the items it gets wrong")
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--ok-weight", type=float, default=CLASS_WEIGHT[0], help="weight of ok")
    parser.add_argument(
        "--message-set-weight",
        type=float,
        default=MESSAGE_SET_WEIGHT,
        help="weight of a message of a tuning set",
    )
    parser.add_argument(
        "--messages-model",
        action="store_true",
        help=f"write the message check's model ({MESSAGE_MODEL_PATH.name}), messages weighed up",
    )
    parser.add_argument(
        "--message-boost",
        type=float,
        default=MESSAGE_BOOST,
        help="with --messages-model: every thread message's weight is multiplied by this",
    )
    args = parser.parse_args(argv)
    purpose: dict[str, object] | None = None
    if args.messages_model:
        SETTINGS["message_boost"] = args.message_boost
        purpose = {"purpose": "messages", "message_model_version": MESSAGE_MODEL_VERSION}
        if args.output == MODEL_PATH:
            args.output = MESSAGE_MODEL_PATH
    SETTINGS["message_set_weight"] = args.message_set_weight
    SETTINGS["C"] = args.c
    SETTINGS["ok_weight"] = args.ok_weight

    rows = load_rows()
    counts = {code: sum(r["policy"] == code for r in rows) for code in CODES}
    print(f"corpus: {len(rows)} items, " + ", ".join(f"{c}={n}" for c, n in counts.items()))
    scores: dict[str, object] = {}
    if not args.no_cv:
        # Cross-validated figures (and their temperature) for comparison only: composed items
        # share templates across folds; the exported temperature is the out-of-author one.
        scores = cross_validate(rows, args.folds, thresholds=args.thresholds, errors=args.errors)
        scores["cv_temperature"] = scores.pop("temperature")
    scores["temperature"] = args.temperature
    export(rows, args.temperature, args.output, scores, purpose=purpose)
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
