"""The writer the message-set builders share (build_messages_dev_v8.py and later).

A builder keeps its messages as text, one `CODE|SENDER|text` line per message under a
`# field` heading, and hands it here with the ids' prefix and the file to write. CODE: ok,
F fraudulent, I illegal, M misleading, S sexual, P on-site work, O off-the-shelf; SENDER: c
client, f freelancer. Each row gets the id `PREFIX-field-NNN` (numbered per field), the
field as `kind`, and the fields `bench/eval_messages.py` reads.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

CODES = {
    "ok": "ok",
    "F": "banned.fraudulent",
    "I": "banned.illegal",
    "M": "banned.misleading",
    "S": "banned.sexual",
    "P": "excluded.physical",
    "O": "excluded.off_the_shelf",
}
SENDERS = {"c": "client", "f": "freelancer"}


def rows(raw: str, id_prefix: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    field = ""
    counts: dict[str, int] = {}
    for line in raw.strip().splitlines():
        if line.startswith("# "):
            field = re.sub(r"\W+", "_", line[2:].strip())
            continue
        code, sender, text = line.split("|", 2)
        counts[field] = counts.get(field, 0) + 1
        out.append(
            {
                "id": f"{id_prefix}-{field}-{counts[field]:03d}",
                "title": "",
                "description": text,
                "policy": CODES[code],
                "kind": field,
                "sender": SENDERS[sender],
            }
        )
    return out


def write_set(raw: str, id_prefix: str, path: Path) -> None:
    lines = [json.dumps(row, ensure_ascii=False) for row in rows(raw, id_prefix)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
