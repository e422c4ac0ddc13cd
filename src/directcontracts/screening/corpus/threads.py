"""Contract-thread messages composed from `thread_fragments.py` (model v18).

`python -m directcontracts.screening.corpus.threads [--held FILE]` prints counts, or writes
the held part to FILE (`tests/screening/data/messages_threads_held.jsonl`).

Every fifth template of each family (`HELD_EVERY`) is never composed into training: its
messages are the held part, a measure of new sentences in families the model trained on.
Each training template gives several messages: its slots filled differently, in a voice
(plain, texting, typos, lower case, non-native English), with a greeting or a sign-off, or
after another ordinary sentence of the same sender (a violation so placed is `buried`).
Items carry `harm` (a violation's own sentence) and `benign` (ordinary sentences), as the
composed briefs do. Deterministic: stdlib `random` with a fixed seed.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from directcontracts.screening.corpus import thread_fragments as tf
from directcontracts.screening.corpus.compose import casing, non_native, texting, typos

SEED = 20261206
HELD_EVERY = 5
# Messages per training template (English ordinary, other languages, violations).
PER_OK = 10
PER_OK_INTL = 6
PER_VIOLATION = 9
PER_VIOLATION_INTL = 6
# Messages per held template.
PER_HELD = 3
# Families of ordinary talk that sit next to a harm (money, logins, anger, products the
# client owns): hard negatives.
HARD_FAMILIES = frozenset({"money_process", "credentials_own", "frustration", "own_products"})
SENDERS = {"c": "client", "f": "freelancer"}


def fill(rng: random.Random, text: str) -> str:
    for _ in range(2):  # a slot's value may hold a slot ("Hi {name}")
        text = re.sub(r"\{(\w+)\}", lambda m: rng.choice(tf.SLOTS[m.group(1)]), text)
    return text


def sender_of(rng: random.Random, code: str) -> str:
    return SENDERS.get(code) or rng.choice(["client", "freelancer"])


def voiced(rng: random.Random, text: str, *, english: bool) -> str:
    roll = rng.random()
    if roll < 0.35:
        return text
    if roll < 0.5:
        return texting(text)
    if roll < 0.62:
        return typos(rng, text, rate=0.08)
    if roll < 0.72:
        return text.lower()
    if english and roll < 0.82:
        return non_native(rng, text)
    if roll < 0.9:
        return casing(rng, text) if rng.random() < 0.3 else text.rstrip(".!") + " 🙂"
    return text


def framed(rng: random.Random, text: str) -> str:
    roll = rng.random()
    if roll < 0.25:
        return f"{fill(rng, rng.choice(tf.SLOTS['greet']))}, {text[0].lower()}{text[1:]}"
    if roll < 0.45:
        return f"{fill(rng, rng.choice(tf.SLOTS['greet']))}! {text}"
    if roll < 0.6:
        return f"{text} {rng.choice(tf.SLOTS['sign'])}"
    return text


def _split(templates: list, held: bool) -> list:
    return [t for i, t in enumerate(templates) if (i % HELD_EVERY == HELD_EVERY - 1) == held]


def _companions(held: bool) -> dict[str, list[str]]:
    """Ordinary English sentences per sender, to stand beside another sentence."""
    out: dict[str, list[str]] = {"client": [], "freelancer": []}
    for templates in tf.OK.values():
        for who, text in _split(templates, held):
            for sender in ("client", "freelancer") if who == "*" else (SENDERS[who],):
                out[sender].append(text)
    return out


def _row(n: int, text: str, **fields: object) -> dict:
    return {"id": f"thr-{fields['family']}-{n:05d}", "title": "", "description": text, **fields}


def compose(*, held: bool) -> list[dict]:
    """The training part (`held=False`) or the held part of the thread messages."""
    rng = random.Random(SEED + (1 if held else 0))  # noqa: S311 (reproducible, not security)
    split = "held" if held else "train"
    companions = _companions(held)
    rows: list[dict] = []

    def add(text: str, **fields: object) -> None:
        rows.append(_row(len(rows), text, split=split, **fields))

    for family, templates in tf.OK.items():
        kind = "hard_negative" if family in HARD_FAMILIES else "ok"
        for who, template in _split(templates, held):
            for _ in range(PER_HELD if held else PER_OK):
                sender = sender_of(rng, who)
                first = fill(rng, template)
                benign = [first]
                text = first
                if rng.random() < 0.3 and companions[sender]:
                    other = fill(rng, rng.choice(companions[sender]))
                    benign.append(other)
                    text = f"{other} {first}" if rng.random() < 0.5 else f"{first} {other}"
                text = framed(rng, voiced(rng, text, english=True))
                add(text, policy="ok", kind=kind, lang="en", sender=sender, family=family,
                    benign=benign)  # fmt: skip
    for lang, translated in tf.OK_INTL.items():
        for family, who, template in _split(translated, held):
            kind = "hard_negative" if family in HARD_FAMILIES else "ok"
            for _ in range(PER_HELD - 1 if held else PER_OK_INTL):
                sender = sender_of(rng, who)
                text = fill(rng, template)
                add(voiced(rng, text, english=False), policy="ok", kind=kind, lang=lang,
                    sender=sender, family=family, benign=[text])  # fmt: skip
    for code, templates in tf.VIOLATIONS.items():
        family = code.split(".")[1]
        for who, template in _split(templates, held):
            for _ in range(PER_HELD if held else PER_VIOLATION):
                sender = sender_of(rng, who)
                harm = fill(rng, template)
                beside: list[str] = []
                text = harm
                if rng.random() < 0.45 and companions[sender]:
                    other = fill(rng, rng.choice(companions[sender]))
                    beside = [other]
                    text = f"{other} {harm}" if rng.random() < 0.7 else f"{harm} {other}"
                text = framed(rng, voiced(rng, text, english=True))
                add(text, policy=code, kind="buried" if beside else "direct", lang="en",
                    sender=sender, family=family, harm=harm, benign=beside)  # fmt: skip
    for lang, items in tf.VIOLATIONS_INTL.items():
        for code, who, template in _split(items, held):
            for _ in range(PER_HELD - 1 if held else PER_VIOLATION_INTL):
                sender = sender_of(rng, who)
                harm = fill(rng, template)
                add(voiced(rng, harm, english=False), policy=code, kind="direct", lang=lang,
                    sender=sender, family=code.split(".")[1], harm=harm, benign=[])  # fmt: skip
    return rows


def thread_rows() -> list[dict]:
    """The training part: what `train.py` reads as the source `threads`."""
    return compose(held=False)


def held_rows() -> list[dict]:
    return compose(held=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for name, rows in (("train", thread_rows()), ("held", held_rows())):
        counts = Counter(r["policy"] for r in rows)
        print(f"{name}: {len(rows)} messages, " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    if args[:1] == ["--held"]:
        path = Path(args[1])
        keep = ("id", "title", "description", "policy", "kind", "lang", "sender", "family")
        path.write_text(
            "".join(
                json.dumps({k: r[k] for k in keep}, ensure_ascii=False) + "\n" for r in held_rows()
            ),
            encoding="utf-8",
        )
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
