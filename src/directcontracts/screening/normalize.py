"""Normalisation that undoes the usual ways of hiding a word from a filter.

Screening compares rules and the classifier against one canonical form of the text:
lower-case ASCII words separated by single spaces. Getting there undoes, in order:

1. Unicode compatibility forms (NFKC): full-width, mathematical bold, circled letters.
2. Invisible characters (zero-width spaces and joiners, soft hyphens, variation selectors).
3. Emoji stand-ins (a pill for drugs, an aubergine for sex ...), mapped to plain words.
4. Homoglyphs: Cyrillic or Greek letters mixed into a Latin word ("сocaine").
5. Accents and other scripts (anyascii), so "avaliações" and "avaliacoes" meet.
6. Spaced or dotted letters ("s e x", "c.o.c.a.i.n.e", "f-a-k-e").
7. Leetspeak inside words that mix letters with digits or symbols ("h4ck", "c0ca1ne").

This module imports nothing from Django: the command-line screener and the benchmarks use
it before any settings or database exist.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from anyascii import anyascii

# Characters that render as nothing, or as a plain space, and are used to split words.
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
        "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
        "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufe0e\ufe0f\ufeff\u20e3",
    ),
    None,
)

# Emoji people use in place of a word a filter would catch. Anything not listed is
# dropped to its anyascii name (":peach:") which the classifier can still learn from.
EMOJI_WORDS: dict[str, str] = {
    "💊": " pills ",
    "💉": " injection ",
    "🌿": " weed ",
    "🍁": " weed ",
    "🥦": " weed ",
    "❄": " snow ",
    "⛄": " snow ",
    "🍄": " mushrooms ",
    "🔫": " gun ",
    "💣": " bomb ",
    "🔞": " adult explicit ",
    "🍆": " sexual ",
    "🍑": " sexual ",
    "💦": " sexual ",
    "👅": " sexual ",
    "🍒": " sexual ",
    "💋": " kiss ",
    "💵": " money ",
    "💰": " money ",
    "💸": " money ",
    "🤑": " money ",
    "💳": " card ",
    "🏦": " bank ",
    "📞": " phone ",
    "☎": " phone ",
    "📱": " phone ",
    "📲": " phone ",
    "📧": " email ",
    "✉": " email ",
    "📩": " email ",
    "⭐": " star ",
    "🌟": " star ",
}
_EMOJI_TABLE = str.maketrans(EMOJI_WORDS)

# Latin look-alikes among Cyrillic and Greek letters (after NFKC and lower-casing).
CONFUSABLES: dict[str, str] = {
    "а": "a", "в": "b", "с": "c", "ԁ": "d", "е": "e", "ё": "e", "һ": "h", "і": "i",
    "ї": "i", "ј": "j", "к": "k", "ӏ": "l", "м": "m", "н": "h", "о": "o", "р": "p",
    "ԛ": "q", "ѕ": "s", "т": "t", "у": "y", "ԝ": "w", "х": "x", "ү": "y", "ɡ": "g",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ѵ": "v", "ԍ": "g", "ɑ": "a",
    "ı": "i", "ȷ": "j", "ℓ": "l",
}  # fmt: skip
_CONFUSABLE_TABLE = str.maketrans(CONFUSABLES)
_LATIN = re.compile(r"[a-z]")
_LOOKALIKE_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")

# Leetspeak, applied only inside a word that also has letters.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "8": "b", "@": "a", "$": "s", "!": "i", "|": "l", "€": "e", "+": "t"})  # fmt: skip
# Ordinary alphanumeric words that are not leetspeak.
_KEEP_ALNUM = frozenset(
    "2d 3d 4d 4k 8k b2b b2c c2c d2c p2p e2e h264 h265 mp3 mp4 m4a s3 ec2 web2 web3 iso27001 "
    "soc2 covid19 gpt4 gpt3 ps4 ps5 1080p 720p 360 24h 24x7 5g 4g 3g iphone15 x86 arm64 "
    "utf8 base64 sha256 md5 i18n l10n a11y k8s ipv4 ipv6 es6 vue3 php8 python3 ios17 h1 h2 "
    "h3 covid 401k 1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th".split()
)
_LEET_CHARS = frozenset("0123456789@$!|+")

# Every pattern below is a single character class repeated (or a fixed string): no
# nested or adjacent overlapping quantifiers, so matching is linear in the input. Runs of
# spaced letters and leet words are recognised by scanning these runs by hand, never by
# a pattern that could backtrack (issue 11: the old spaced-letters pattern was cubic).
_RUNS = re.compile(r"[a-z0-9@$]+|[ ._\-*/\\]+|[^a-z0-9@$ ._\-*/\\]+")
# A run of letters, digits and leet symbols that has a non-letter in it: the letters
# before the first non-letter are taken possessively, so a run with none fails at once.
_LEET_RUN = re.compile(r"(?<![a-z0-9@$!|+])[a-z]*+[0-9@$!|+][a-z0-9@$!|+]*+")
# Three single characters with short separators between them, somewhere: only then is
# the hand scan for spaced letters worth running (bounded pattern, linear).
_SPACED_HINT = re.compile(
    r"(?<![a-z0-9@$])[a-z0-9@$][ ._\-*/\\]{1,2}[a-z0-9@$][ ._\-*/\\]{1,2}[a-z0-9@$](?![a-z0-9@$])"
)
_EURO_IN_WORD = re.compile(r"(?<=[a-z])€(?=[a-z0-9!@$])|(?<=[a-z0-9!@$])€(?=[a-z])")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_UNIT_SUFFIXES = frozenset(
    "st nd rd th k m x h d s px pt mm cm kg gb mb tb hz ms".split()
)  # fmt: skip
# Single characters separated by one or two of these: "s e x", "c.o.c.a.i.n.e".
_SEPARATOR_CHARS = frozenset(" ._-*/\\")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$")
MIN_SPACED_LETTERS = 3


def _fix_homoglyphs(word: str) -> str:
    """Map look-alike letters only in words that mix scripts, or are made only of them.

    A Russian or Greek word stays itself (anyascii transliterates it later); a Latin word
    with a Cyrillic "с" in it becomes the Latin word it pretends not to be.
    """
    if not _LOOKALIKE_SCRIPT.search(word):
        return word
    if _LATIN.search(word) or all(ch in CONFUSABLES or not ch.isalpha() for ch in word):
        return word.translate(_CONFUSABLE_TABLE)
    return word


def join_spaced_letters(text: str) -> str:
    """Join runs of at least three single characters separated by one or two separators.

    One pass over the maximal runs of word characters, separators and anything else:
    a spaced run is single-character word runs alternating with short separator runs.
    """
    if not _SPACED_HINT.search(text):
        return text
    runs = [m.group(0) for m in _RUNS.finditer(text)]
    out: list[str] = []
    i = 0
    while i < len(runs):
        letters = _spaced_run_length(runs, i)
        if letters >= MIN_SPACED_LETTERS:
            end = i + 2 * letters - 1
            out.append(" " + " ".join(_spaced_words(runs[i:end:2], runs[i + 1 : end : 2])) + " ")
            i = end
        else:
            out.append(runs[i])
            i += 1
    return "".join(out)


def _spaced_words(letters: list[str], separators: list[str]) -> list[str]:
    """The words of a spaced run: a separator unlike the run's usual one ends a word.

    "h.a.c.k f.b" is "hack fb" and "s e x  c h a t" is "sex chat"; a run spaced one
    way throughout ("c.o.c.a.i.n.e") stays one word.
    """
    usual = Counter(separators).most_common(1)[0][0] if separators else ""
    words = [letters[0]]
    for letter, separator in zip(letters[1:], separators, strict=True):
        if separator == usual:
            words[-1] += letter
        else:
            words.append(letter)
    return words


def _spaced_run_length(runs: list[str], start: int) -> int:
    """How many single characters, each followed by a short separator, start at `start`."""
    count = 0
    i = start
    while i < len(runs) and _is_single_character(runs[i]):
        count += 1
        following = runs[i + 1] if i + 1 < len(runs) else ""
        if not (1 <= len(following) <= 2 and following[0] in _SEPARATOR_CHARS):
            break
        i += 2
    return count


def _is_single_character(run: str) -> bool:
    return len(run) == 1 and run in _WORD_CHARS


def _is_ordinal_or_unit(word: str) -> bool:
    """ "1st", "24h", "1080px": digits followed by a short suffix."""
    suffix = word.lstrip("0123456789")
    return suffix != word and suffix in _UNIT_SUFFIXES


def _deleet(match: re.Match[str]) -> str:
    """Undo leetspeak in a run that mixes letters with digits or symbols ("h4ck")."""
    word = match.group(0)
    has_letter = any("a" <= ch <= "z" for ch in word)
    has_leet = any(ch in _LEET_CHARS for ch in word)
    if not (has_letter and has_leet) or word in _KEEP_ALNUM or _is_ordinal_or_unit(word):
        return word
    return word.translate(_LEET)


# Steps 3 and 5 may each lengthen a text at most this many times (plus a little) before
# stand-ins past their first few and symbols spelled by name are read as spaces. anyascii spells an emoji by its name (":hand_with_index_finger_and_
# thumb_crossed:", 42 characters), so 10,000 emoji were 420,000 characters for every pattern
# after it (a message took 30 times as long as one of words). Text people write expands far
# less (at most 1.6 times in the corpus and every held-out set), so this changes none of it.
MAX_EXPANSION = 4


def fold(text: str) -> str:
    """Steps 1-5: one lower-case ASCII string, punctuation and digits kept."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    standing_in = text.translate(_EMOJI_TABLE)
    if len(standing_in) > MAX_EXPANSION * len(text) + 100:
        standing_in = _few_stand_ins(text)
    text = standing_in.lower()
    if _LOOKALIKE_SCRIPT.search(text):
        text = " ".join(_fix_homoglyphs(word) for word in text.split(" "))
    if not text.isascii():
        # A euro sign inside a word is a leet "e"; anyascii would spell it "EUR".
        text = _EURO_IN_WORD.sub("e", text)
        spelled = anyascii(text).lower()
        if len(spelled) > MAX_EXPANSION * len(text) + 100:
            spelled = anyascii("".join(map(_unnamed, text))).lower()
        text = spelled
    return text


# Past the bound, each stand-in emoji is read as its word this many times, then as a space:
# a rule needs the word once, and 10,000 of "adult explicit" are no more telling than ten.
STAND_IN_REPEATS = 10


def _few_stand_ins(text: str) -> str:
    seen: Counter[str] = Counter()
    out = []
    for char in text:
        word = EMOJI_WORDS.get(char)
        if word is None:
            out.append(char)
        else:
            seen[char] += 1
            out.append(word if seen[char] <= STAND_IN_REPEATS else " ")
    return "".join(out)


def _unnamed(char: str) -> str:
    """A symbol anyascii would spell by name (":name:") as a space; anything else as is."""
    if char.isascii():
        return char
    spelled = anyascii(char)
    return " " if len(spelled) > 2 and spelled[0] == ":" == spelled[-1] else char


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """The canonical form screening rules and the classifier read (steps 1-7)."""
    text = join_spaced_letters(fold(text))
    text = _LEET_RUN.sub(_deleet, text)
    return _NON_WORD.sub(" ", text).strip()
