"""Compose the training corpus from the hand-written fragments: `python -m
directcontracts.screening.corpus.compose` writes it to `var/screening/corpus_generated.jsonl`
for reading (training composes it in memory: the same fragments and seed give the same
items, so the generated file is never committed).

Every item is built from one hand-written template (fragments_en, fragments_intl) with
its slots filled, padded with detail sentences, and written in one of several voices:
plain, terse, rambling, non-native English, typos, odd casing, and character tricks
(spaced letters, leetspeak, look-alike letters, invisible characters, emoji). The tricks
are applied to legitimate items too, so that the model cannot learn "odd spelling means
harm". Kinds of item:

- `ok`: ordinary legitimate work; `hard_negative`: legitimate work close to a banned or
  excluded area (detection, moderation, professional, educational, fiction, test data,
  digital work about physical things) -- at least 40 % of the corpus;
- `direct`: harmful or excluded work said plainly; `buried`: a legitimate brief with a
  harmful request appended ("One more thing: ..."); `no_trigger`: harmful intent with
  none of the usual words.

Items carry `harm` (the sentence that makes them not allowed) and `benign` (sentences
that are fine on their own), which train.py uses to teach the model single parts.
Deterministic: the same fragments and seed give the same file.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from directcontracts.screening.corpus import fragments_en as en
from directcontracts.screening.corpus import fragments_more as more
from directcontracts.screening.corpus import fragments_v5 as v5
from directcontracts.screening.corpus import fragments_v6 as v6
from directcontracts.screening.corpus import fragments_v7 as v7
from directcontracts.screening.corpus import slots
from directcontracts.screening.corpus.fragments_intl import LANGUAGES

SEED = 20261202
OUT = Path("var") / "screening" / "corpus_generated.jsonl"

COUNTS = {
    "ok": 2100,
    "hard_negative": 4200,
    "direct": 1100,
    "buried": 520,
    "no_trigger": 640,
}
# Round 4 (fragments_v6, screening v8): items composed from the fourth round's fragments
# only, after the earlier rounds (so the earlier items stay as they were).
COUNTS_V6 = {
    "ok": 700,
    "hard_negative": 1000,
    "buried": 200,
    "no_trigger": 250,
}
# Round 5 (fragments_v7, screening v9): items composed from the fifth round's fragments
# only, after the earlier rounds; 52 % hard negatives (with the legitimate twins of the
# harm).
COUNTS_V7 = {
    "ok": 500,
    "hard_negative": 900,
    "buried": 150,
    "no_trigger": 130,
}
FRAME_SHARE_V7 = 0.45
INTL_SHARE_V7 = 0.25
TEXTING_SHARE_V7 = 0.2
# Round 4 wraps more items in a frame, in every language (people write a Spanish brief
# inside an English platform habit: "Paid project! ... DM your rate").
FRAME_SHARE_V6 = 0.4
INTL_SHARE_V6 = 0.3
# Share of items of every kind wrapped in one of fragments_v5.FRAMES.
FRAME_SHARE = 0.25
# Share of items written in another language than English.
INTL_SHARE = 0.25

AREA_CODES = {
    "misleading": "banned.misleading",
    "fraudulent": "banned.fraudulent",
    "illegal": "banned.illegal",
    "sexual": "banned.sexual",
    "physical": "excluded.physical",
    "off_the_shelf": "excluded.off_the_shelf",
}

BENIGN_EXTRA = [
    "please also add a contact form.",
    "make the logo a bit bigger on mobile.",
    "send me the source files at the end.",
    "set up Google Analytics too.",
    "a dark mode would be nice.",
    "can you also write the alt texts?",
    "add our {social} link in the footer.",
    "we might need a second language later.",
    "keep the invoice in euros.",
    "add a cookie banner.",
    "include a short handover call.",
    "write a README for the next developer.",
    "test it on Safari too.",
]
OPENERS = [
    "Hi there!",
    "Hello,",
    "Hey freelancers,",
    "Good morning.",
    "Not sure this is the right place, but here goes.",
    "So I've been looking for someone for a while.",
    "Quick one:",
    "Hi, hope you're well.",
    "Long story short,",
    "Ok so,",
    "Dear freelancer,",
    "Hi all",
]
CLOSERS = [
    "Thanks in advance!",
    "Let me know, cheers.",
    "Looking forward to your proposal.",
    "Thank you!!",
    "Message me with questions.",
    "Cheers",
    "Regards.",
    "Thx",
]
NON_NATIVE = [
    (r"\bI need\b", "I am needing"),
    (r"\bplease\b", "kindly"),
    (r"\bWe need\b", "We are needing"),
    (r"\bI want\b", "I want that you"),
    (r"\bhave\b", "are having"),
    (r"\bsend\b", "revert with"),
]
EMOJI = ["🙏", "🔥", "✅", "🚀", "😊", "👍", "💯", "✨"]
HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "i": "і"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def fill(rng: random.Random, text: str) -> str:
    values = {
        "biz": slots.BIZ,
        "city": slots.CITY,
        "site": slots.REVIEW_SITE,
        "social": slots.SOCIAL,
        "tech": slots.TECH,
        "product": slots.PRODUCT,
        "n": slots.N_SMALL,
        "N": slots.N_BIG,
        "deadline": slots.DEADLINE,
        "budget": slots.BUDGET,
        "person": slots.PERSON,
    }
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(values[m.group(1)]), text)


# --- Voices ----------------------------------------------------------------------------


def typos(rng: random.Random, text: str, rate: float = 0.06) -> str:
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > 3 and word.isalpha() and rng.random() < rate:
            j = rng.randrange(1, len(word) - 1)
            kind = rng.randrange(3)
            if kind == 0:
                word = word[:j] + word[j + 1 :]
            elif kind == 1:
                word = word[:j] + word[j] + word[j:]
            else:
                word = word[: j - 1] + word[j] + word[j - 1] + word[j + 1 :]
            words[i] = word
    return " ".join(words)


def terse(text: str) -> str:
    text = re.sub(r"\b(a|an|the|please|our|my)\s+", "", text, flags=re.IGNORECASE)
    return text.rstrip(".")


def non_native(rng: random.Random, text: str) -> str:
    for pattern, replacement in NON_NATIVE:
        if rng.random() < 0.6:
            text = re.sub(pattern, replacement, text)
    if rng.random() < 0.4:
        text = re.sub(r"\b(the|a) ", "", text, count=2)
    if rng.random() < 0.3:
        text += " Kindly do the needful."
    return text


def casing(rng: random.Random, text: str) -> str:
    choice = rng.randrange(3)
    if choice == 0:
        return text.lower()
    if choice == 1:
        return text.upper()
    return " ".join(w.upper() if rng.random() < 0.2 else w for w in text.split(" "))


def trick(rng: random.Random, text: str) -> str:
    """Hide one longer word the way people hide words from filters."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    kind = rng.randrange(5)
    if kind == 0:
        word = rng.choice([" ", ".", "-", "*"]).join(word)
    elif kind == 1:
        word = "".join(LEET.get(ch, ch) if rng.random() < 0.5 else ch for ch in word)
    elif kind == 2:
        word = "".join(HOMOGLYPHS.get(ch, ch) if rng.random() < 0.5 else ch for ch in word)
    elif kind == 3:
        word = "\u200b".join(word)
    else:
        word = f"{word} {rng.choice(EMOJI)}"
    words[i] = word
    return " ".join(words)


def texting(text: str) -> str:
    """A brief typed like a text message: lower case, no full stops, short forms."""
    words = []
    for word in text.lower().replace(".", "").replace("'", "").split():
        words.append({"you": "u", "please": "pls", "your": "ur", "thanks": "thx"}.get(word, word))
    return " ".join(words)


def checklist(text: str) -> str:
    """A brief written as a to-do list: one clause a line."""
    clauses = [c.strip() for c in re.split(r"[.;]\s+|,\s+", text.rstrip(".")) if c.strip()]
    return "\n".join(f"- {c}" for c in clauses)


def transcript(rng: random.Random, text: str) -> str:
    """A voice memo typed out: lower case, fillers, no full stops."""
    fillers = ["uh", "um", "like", "so yeah", "basically", "you know"]
    words = text.lower().replace(".", "").split(" ")
    out: list[str] = []
    for word in words:
        if rng.random() < 0.12:
            out.append(rng.choice(fillers))
        out.append(word)
    return " ".join(out)


def voice(rng: random.Random, text: str, *, english: bool) -> tuple[str, str]:
    """The text in a randomly chosen voice, and the voice's name."""
    roll = rng.random()
    if english and roll < 0.12:
        return terse(text), "terse"
    if english and roll < 0.24:
        return non_native(rng, text), "non_native"
    if roll < 0.36:
        return typos(rng, text), "typos"
    if roll < 0.42:
        return casing(rng, text), "casing"
    return text, "plain"


# --- Items -----------------------------------------------------------------------------


class Composer:
    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)  # noqa: S311 (reproducible corpus)
        self.items: list[dict] = []

    def language(self) -> tuple[str, dict | None]:
        if self.rng.random() < INTL_SHARE:
            code = self.rng.choice(sorted(LANGUAGES))
            return code, LANGUAGES[code]
        return "en", None

    def context(self, lang: dict | None, count: int) -> list[str]:
        pool = lang["CONTEXT"] if lang else en.CONTEXT
        return [fill(self.rng, s) for s in self.rng.sample(pool, min(count, len(pool)))]

    def emit(
        self,
        *,
        kind: str,
        policy: str,
        lang: str,
        title: str,
        sentences: list[str],
        harm: str = "",
        benign: list[str] | None = None,
        style: str = "plain",
        rambling: bool = False,
        tricked: bool = False,
        round4: bool = False,
    ) -> None:
        rng = self.rng
        if rambling:
            sentences = [rng.choice(OPENERS), *sentences, rng.choice(CLOSERS)]
        description = " ".join(s for s in sentences if s)
        if round4:
            if rng.random() < FRAME_SHARE_V6:
                opening, closing = rng.choice(v6.FRAMES_V6 + v5.FRAMES)
                description = fill(rng, f"{opening}{description}{closing}")
        elif lang == "en" and rng.random() < FRAME_SHARE:
            opening, closing = rng.choice(v5.FRAMES)
            description = fill(rng, f"{opening}{description}{closing}")
        if rng.random() < 0.15:
            description = description.replace(". ", ".\n", rng.randrange(1, 3))
        self.items.append(
            {
                "id": f"g{len(self.items) + 1:05d}",
                "title": title,
                "description": description,
                "policy": policy,
                "kind": kind,
                "lang": lang,
                "style": style + ("+rambling" if rambling else "") + ("+trick" if tricked else ""),
                "harm": harm,
                "benign": benign or [],
            }
        )

    def written(self, text: str, english: bool, trick_rate: float) -> tuple[str, str, bool]:
        text, style = voice(self.rng, text, english=english)
        tricked = self.rng.random() < trick_rate
        if tricked:
            text = trick(self.rng, text)
        return text, style, tricked

    def legit(self, kind: str) -> None:
        rng = self.rng
        lang_code, lang = self.language()
        if kind == "ok":
            title, body = rng.choice(lang["OK"] if lang else en.OK + more.OK_MORE + v5.OK_V5)
        else:
            pool = (
                lang["HARD_NEGATIVE"]
                if lang
                else [
                    (area, t, d)
                    for table in (en.HARD_NEGATIVE, more.HARD_NEGATIVE_MORE, v5.HARD_NEGATIVE_V5)
                    for area, rows in table.items()
                    for t, d in rows
                ]
            )
            _, title, body = rng.choice(pool)
        title, body = fill(rng, title), fill(rng, body)
        body, style, tricked = self.written(body, lang is None, 0.05)
        context = self.context(lang, rng.randrange(0, 4))
        extra = []
        if lang is None and rng.random() < 0.15:
            extra = [rng.choice(en.BURY).format(x=fill(rng, rng.choice(BENIGN_EXTRA)))]
        sentences = [body, *context, *extra]
        self.emit(
            kind=kind,
            policy="ok",
            lang=lang_code,
            title=title,
            sentences=sentences,
            benign=[title, *context, *extra],
            style=style,
            rambling=lang is None and rng.random() < 0.15,
            tricked=tricked,
        )

    def harmful(self, kind: str) -> None:
        rng = self.rng
        lang_code, lang = self.language()
        if kind == "direct":
            table = lang["HARMFUL"] if lang else en.HARMFUL
        elif kind == "no_trigger":
            table = lang["NO_TRIGGER"] if lang else _merged(en.NO_TRIGGER, v5.NO_TRIGGER_V5)
        else:
            table = lang["BURIED_CORE"] if lang else en.BURIED_CORE
        policy = rng.choice(sorted(table))
        if kind == "buried":
            legit_title, legit_body = rng.choice(lang["OK"] if lang else en.OK)
            title, body = fill(rng, legit_title), fill(rng, legit_body)
            core = fill(rng, rng.choice(table[policy]))
            marker = rng.choice(lang["BURY"] if lang else en.BURY)
            harm, style, tricked = self.written(marker.format(x=core), lang is None, 0.12)
            context = self.context(lang, rng.randrange(1, 4))
            self.emit(
                kind=kind,
                policy=policy,
                lang=lang_code,
                title=title,
                sentences=[body, *context, harm],
                harm=harm,
                benign=[title, body, *context],
                style=style,
                rambling=lang is None and rng.random() < 0.2,
                tricked=tricked,
            )
            return
        title, body = rng.choice(table[policy])
        title, body = fill(rng, title), fill(rng, body)
        body, style, tricked = self.written(body, lang is None, 0.15)
        if rng.random() < 0.1:
            title = trick(rng, title)
        context = self.context(lang, rng.randrange(0, 3))
        self.emit(
            kind=kind,
            policy=policy,
            lang=lang_code,
            title=title,
            sentences=[body, *context],
            harm=body,
            benign=context,
            style=style,
            rambling=lang is None and rng.random() < 0.15,
            tricked=tricked,
        )

    # --- Round 4 (fragments_v6) ---------------------------------------------------------

    def language_v6(self) -> tuple[str, dict | None, dict | None]:
        """A language code, its round-4 fragments and its earlier ones (None for English)."""
        if self.rng.random() < INTL_SHARE_V6:
            code = self.rng.choice(sorted(v6.LANGUAGES_V6))
            return code, v6.LANGUAGES_V6[code], LANGUAGES[code]
        return "en", None, None

    def written_v6(self, text: str, english: bool) -> tuple[str, str, bool]:
        roll = self.rng.random()
        if english and roll < 0.1:
            return checklist(text), "checklist", False
        if english and roll < 0.2:
            return transcript(self.rng, text), "transcript", False
        return self.written(text, english, 0.05)

    def legit_v6(self, kind: str) -> None:
        rng = self.rng
        lang_code, lang, earlier = self.language_v6()
        if kind == "ok":
            title, body = rng.choice(lang["OK"] if lang else v6.OK_V6)
        else:
            pool = (
                lang["HARD_NEGATIVE"]
                if lang
                else [(a, t, d) for a, rows in v6.HARD_NEGATIVE_V6.items() for t, d in rows]
            )
            _, title, body = rng.choice(pool)
        title, body = fill(rng, title), fill(rng, body)
        body, style, tricked = self.written_v6(body, lang is None)
        context = self.context(earlier, rng.randrange(0, 3))
        self.emit(
            kind=kind,
            policy="ok",
            lang=lang_code,
            title=title,
            sentences=[body, *context],
            benign=[title, *context],
            style=style,
            rambling=lang is None and rng.random() < 0.15,
            tricked=tricked,
            round4=True,
        )

    def harmful_v6(self, kind: str) -> None:
        rng = self.rng
        lang_code, lang, earlier = self.language_v6()
        if kind == "no_trigger":
            table = lang["NO_TRIGGER"] if lang else v6.NO_TRIGGER_V6
            policy = rng.choice(sorted(table))
            title, body = rng.choice(table[policy])
            title, body = fill(rng, title), fill(rng, body)
            body, style, tricked = self.written_v6(body, lang is None)
            context = self.context(earlier, rng.randrange(0, 3))
            self.emit(
                kind=kind,
                policy=policy,
                lang=lang_code,
                title=title,
                sentences=[body, *context],
                harm=body,
                benign=context,
                style=style,
                rambling=lang is None and rng.random() < 0.15,
                tricked=tricked,
                round4=True,
            )
            return
        table = lang["BURIED_CORE"] if lang else v6.BURIED_CORE_V6
        policy = rng.choice(sorted(table))
        legit_title, legit_body = rng.choice(
            (lang["OK"] + earlier["OK"]) if lang and earlier else v6.OK_V6 + v5.OK_V5
        )
        title, body = fill(rng, legit_title), fill(rng, legit_body)
        core = fill(rng, rng.choice(table[policy]))
        markers = (lang["BURY"] + earlier["BURY"]) if lang and earlier else v6.BURY_V6 + en.BURY
        harm, style, tricked = self.written(rng.choice(markers).format(x=core), lang is None, 0.1)
        context = self.context(earlier, rng.randrange(1, 4))
        self.emit(
            kind=kind,
            policy=policy,
            lang=lang_code,
            title=title,
            sentences=[body, *context, harm],
            harm=harm,
            benign=[title, body, *context],
            style=style,
            rambling=lang is None and rng.random() < 0.2,
            tricked=tricked,
            round4=True,
        )

    # --- Round 5 (fragments_v7) ---------------------------------------------------------

    def framed_v7(self, sentences: list[str]) -> list[str]:
        """A round-5 frame around the brief (the frame is benign context)."""
        if self.rng.random() >= FRAME_SHARE_V7:
            return sentences
        opening, closing = self.rng.choice(v7.FRAMES_V7 + v6.FRAMES_V6)
        return [opening.strip(), *sentences, closing.strip()]

    def legit_v7(self, kind: str) -> None:
        rng = self.rng
        intl = rng.random() < INTL_SHARE_V7
        if kind == "ok":
            lang, title, body = rng.choice(v7.OK_V7_INTL) if intl else ("en", *rng.choice(v7.OK_V7))
        else:
            pool = [("en", t, d) for rows in v7.HARD_NEGATIVE_V7.values() for t, d in rows]
            pool += [("en", t, d) for t, d in v7.TWINS_V7]
            lang, title, body = rng.choice(v7.HARD_NEGATIVE_V7_INTL) if intl else rng.choice(pool)
        title, body = fill(rng, title), fill(rng, body)
        style = "plain"
        if lang == "en" and rng.random() < TEXTING_SHARE_V7:
            body, style = texting(body), "texting"
        else:
            body, style, _ = self.written_v6(body, lang == "en")
        context = self.context(None if lang == "en" else LANGUAGES[lang], rng.randrange(0, 2))
        if lang == "en" and rng.random() < 0.4:
            context.append(rng.choice(v7.NEGATED_CONTEXT_V7))
        sentences = self.framed_v7([body, *context])
        self.emit(
            kind=kind,
            policy="ok",
            lang=lang,
            title=title,
            sentences=sentences,
            benign=[title, *sentences],
            style=style,
        )

    def harmful_v7(self, kind: str) -> None:
        rng = self.rng
        if kind == "no_trigger":
            policy = rng.choice(sorted(v7.NO_TRIGGER_V7))
            title, body = rng.choice(v7.NO_TRIGGER_V7[policy])
            title, body = fill(rng, title), fill(rng, body)
            style = "plain"
            if rng.random() < TEXTING_SHARE_V7:
                body, style = texting(body), "texting"
            context = self.context(None, rng.randrange(0, 2))
            sentences = self.framed_v7([body, *context])
            self.emit(
                kind=kind,
                policy=policy,
                lang="en",
                title=title,
                sentences=sentences,
                harm=body,
                benign=[s for s in sentences if s != body],
                style=style,
            )
            return
        policy = rng.choice(sorted(v7.BURIED_CORE_V7))
        title, body = rng.choice(v7.OK_V7)
        title, body = fill(rng, title), fill(rng, body)
        harm = rng.choice(v7.BURY_V7).format(x=fill(rng, rng.choice(v7.BURIED_CORE_V7[policy])))
        texted = rng.random() < 0.6
        if texted:
            body = texting(body)
        context = [fill(rng, s) for s in rng.sample(en.CONTEXT, rng.randrange(0, 2))]
        if texted:
            context = [texting(c) for c in context]
        # Typed in one breath: no full stop between the brief and the buried request.
        sentences = self.framed_v7([" ".join([body, *context, harm])])
        self.emit(
            kind=kind,
            policy=policy,
            lang="en",
            title=title,
            sentences=sentences,
            harm=harm,
            benign=[title, body, *context],
            style="texting" if texted else "plain",
        )

    def build(self) -> list[dict]:
        plan = [kind for kind, count in COUNTS.items() for _ in range(count)]
        for kind in plan:
            if kind in ("ok", "hard_negative"):
                self.legit(kind)
            else:
                self.harmful(kind)
        for kind in [kind for kind, count in COUNTS_V6.items() for _ in range(count)]:
            if kind in ("ok", "hard_negative"):
                self.legit_v6(kind)
            else:
                self.harmful_v6(kind)
        for kind in [kind for kind, count in COUNTS_V7.items() for _ in range(count)]:
            if kind in ("ok", "hard_negative"):
                self.legit_v7(kind)
            else:
                self.harmful_v7(kind)
        return self.items


def _merged(*tables: dict[str, list]) -> dict[str, list]:
    merged: dict[str, list] = {}
    for table in tables:
        for code, rows in table.items():
            merged.setdefault(code, []).extend(rows)
    return merged


def stats(items: list[dict]) -> str:
    kinds = Counter(i["kind"] for i in items)
    policies = Counter(i["policy"] for i in items)
    langs = Counter(i["lang"] for i in items)
    return (
        f"{len(items)} items; kinds {dict(kinds)}; policies {dict(policies)}; languages "
        f"{dict(langs)}; hard negatives {kinds['hard_negative'] / len(items):.0%}"
    )


def generated_rows() -> list[dict]:
    return Composer().build()


def main() -> int:
    items = generated_rows()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )
    print(f"wrote {OUT}: {stats(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
