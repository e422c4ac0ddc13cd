"""Wide tables stack on a phone: each row becomes a card of labelled values (site.css).

A table of five columns or more does not fit 390 px; without `stack-table` its last columns
sit off the screen (the disputes queue's deadlines, a webhook's status). Narrow tables
(a day and two counts) and visually hidden ones are left as they are.
"""

import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "directcontracts"
TEMPLATES = sorted(SRC.rglob("templates/**/*.html"))
WIDE = 5


def _tables(path: Path) -> list[str]:
    return re.findall(r"<table\b.*?</table>", path.read_text(), re.S)


def _columns(table: str) -> int:
    head = table.split("</thead>")[0] if "</thead>" in table else ""
    return len(re.findall(r"<th\b", head))


def _opening(table: str) -> str:
    return table.split(">", 1)[0]


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(SRC)))
def test_every_wide_table_stacks_on_a_phone_with_a_label_on_each_value(path):
    for table in _tables(path):
        opening = _opening(table)
        if _columns(table) < WIDE or "visually-hidden" in opening:
            continue
        assert "stack-table" in opening, f"{path.name}: a {_columns(table)}-column table"
        body = table.split("</thead>", 1)[1]
        unlabelled = [cell for cell in re.findall(r"<td\b[^>]*>", body) if "data-label" not in cell]
        assert all("colspan" in cell for cell in unlabelled), f"{path.name}: {unlabelled}"
