"""Short codes to read out or type: 14 characters of Crockford's base32 (70 bits).

The alphabet has no I, L, O or U, so nothing looks like anything else; what people type is
forgiving (lower case, spaces, dashes, O for 0, I or L for 1). Shown as DC-7K3Q-9XWM-P2HD-4R.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 14
PREFIX = "DC"
_TYPED = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def display(code: str) -> str:
    groups = [code[i : i + 4] for i in range(0, len(code), 4)]
    return "-".join([PREFIX, *groups])


def normalise(typed: str) -> str | None:
    """The code in what someone typed after "DC", or None when it cannot be one."""
    letters = "".join(ch for ch in typed.upper() if ch not in " -_.").translate(_TYPED)
    if len(letters) != LENGTH or any(ch not in ALPHABET for ch in letters):
        return None
    return letters
