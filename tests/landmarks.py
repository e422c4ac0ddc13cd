"""Landmarks of a rendered page by role and accessible name, as a screen reader lists them.

Two landmarks with the same role and name cannot be told apart (axe's `landmark-unique`):
a table's scrolling region named like the section around it is the usual case.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

IMPLICIT_ROLES = {"nav": "navigation", "main": "main", "aside": "complementary"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip


class _Landmarks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str | None] = []  # the id of each open element, for labelledby texts
        self.texts: dict[str, list[str]] = {}
        self.found: list[tuple[str, str | None, str | None]] = []  # role, label, labelledby

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        role = given.get("role") or IMPLICIT_ROLES.get(tag)
        named = given.get("aria-label") or given.get("aria-labelledby")
        if tag == "section" and named and not role:
            role = "region"  # a section is a landmark only when it is named
        if role in {"region", "navigation", "main", "complementary", "search", "form"}:
            self.found.append((role, given.get("aria-label"), given.get("aria-labelledby")))
        if tag not in VOID:
            self.open.append(given.get("id"))
            if given.get("id"):
                self.texts[given["id"] or ""] = []

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID and self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for element_id in self.open:
            if element_id:
                self.texts[element_id].append(data)


def landmarks(html: str) -> list[tuple[str, str]]:
    parser = _Landmarks()
    parser.feed(html)
    named = []
    for role, label, labelledby in parser.found:
        if labelledby:
            label = " ".join("".join(parser.texts.get(part, [])) for part in labelledby.split())
        named.append((role, " ".join((label or "").split())))
    return named


def duplicate_landmarks(html: str) -> list[tuple[str, str]]:
    return [pair for pair, count in Counter(landmarks(html)).items() if count > 1]
