"""Hostile input cannot stall the screener (issue 11, High 3).

Every pattern the screener runs on user text must take time linear in its length. Each
hostile 10,000-character shape below is screened in a child process (work, message and
normaliser) under one generous time guard: linear code finishes all of them in a few
seconds even on a loaded machine, while a backtracking pattern needs minutes to hours
for a single one. The child prints each shape's name before screening it, so a failure
names the shape that hung.
"""

import os
import subprocess
import sys
import textwrap

LIMIT = 10_000
# Far above what linear code needs (well under a second per shape), far below what
# the catastrophic pattern needed (27 s for 2,000 spaced letters, about an hour for 10,000).
GUARD_SECONDS = 90

HOSTILE_SHAPES = {
    "spaced letters": "a " * (LIMIT // 2),
    "spaced letters then a symbol": " ".join("a" * (LIMIT // 2 - 1)) + "!",
    "spaced letters then a letter pair": " ".join("a" * (LIMIT // 2 - 2)) + "aa",
    "dotted letters": "a." * (LIMIT // 2),
    "letters with double separators": "a -" * (LIMIT // 3),
    "underscores as letters and separators": "a_ " * (LIMIT // 3),
    "mixed separators": "s.e-x*" * (LIMIT // 6),
    "long run of one letter": "a" * LIMIT,
    "long run of one letter then a digit": "a" * (LIMIT - 1) + "1",
    "long run of one digit": "7" * LIMIT,
    "leet-looking word": "a1" * (LIMIT // 2),
    "letters and leet symbols": "a$" * (LIMIT // 2),
    "repeated separators": "a" + " " * (LIMIT - 2) + "b",
    "repeated dots": "." * LIMIT,
    "mixed scripts": "аa" * (LIMIT // 2),  # Cyrillic and Latin a
    "greek and latin": "οo " * (LIMIT // 3),
    "zero-width characters between letters": "a\u200b" * (LIMIT // 2),
    "zero-width characters and spaces": "a\u200b \u200c" * (LIMIT // 4),
    "emoji": "💊 " * (LIMIT // 2),
    "euro signs in words": "a€" * (LIMIT // 2),
    "alternation words": "dot at " * (LIMIT // 7),
    "obfuscated e-mail prefix": "a." * (LIMIT // 2 - 3) + " at",
    "e-mail prefix with many dots": "x at " + "dot " * (LIMIT // 4 - 2),
    "digits with separators": "1 - " * (LIMIT // 4),
    "digits in groups": "123456    " * (LIMIT // 10),
    "number words": "five " * (LIMIT // 5),
    "pay words": "pay " * (LIMIT // 4),
    "words of a rule": "fake " * (LIMIT // 5),
    "rule words without the pair": "sell cocaine " * (LIMIT // 13),
    "random printable": "".join(chr(33 + (i * 7919) % 94) for i in range(LIMIT)),
    "random letters and spaces": "".join("ab cd.e-f_g"[(i * 31) % 11] for i in range(LIMIT)),
}

CHILD = textwrap.dedent(
    """
    import json, sys
    from directcontracts.screening import engine, messages, normalize
    shapes = json.loads(sys.stdin.read())
    for name, text in shapes.items():
        print(name, flush=True)
        normalize.normalize(text)
        engine.screen_work(title="", description=text)
        engine.screen_work(title=text[:200], description=text)
        messages.screen_message_text(text)
    print("done", flush=True)
    """
)


def test_hostile_inputs_are_all_10000_characters():
    assert all(LIMIT - 10 <= len(text) <= LIMIT for text in HOSTILE_SHAPES.values())


def test_hostile_inputs_are_screened_in_linear_time():
    import json

    env = dict(os.environ, DATABASE_URL="sqlite:///:memory:")
    try:
        result = subprocess.run(
            [sys.executable, "-c", CHILD],
            input=json.dumps(HOSTILE_SHAPES),
            capture_output=True,
            text=True,
            timeout=GUARD_SECONDS,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        started = out.strip().splitlines()
        raise AssertionError(
            f"screening did not finish within {GUARD_SECONDS} s; stuck on: "
            f"{started[-1] if started else '(nothing started)'}"
        ) from None
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "done"
