"""Search across published articles, with the query highlighted in the results.

On PostgreSQL: full-text search (weighted title A, summary B, body C; English stemming),
ranked by `ts_rank`, with `ts_headline` for the body snippet; a query with no whole-word
hit is tried again as prefixes ("escr" finds "escrow"). Elsewhere (SQLite): every word
must appear (substring, case-insensitive), ranked by where it appears.

The query is bounded (length and number of words) and highlighting is done by plain
string search over escaped text: linear time, no regex on what people type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.db import connection
from django.db.models import Q, QuerySet
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from directcontracts.core.errors import DomainError
from directcontracts.helpcenter.errors import HelpErrorCode
from directcontracts.helpcenter.models import Article
from directcontracts.helpcenter.text import control_character_message

MAX_QUERY_CHARS = 200
MAX_TERMS = 10
MAX_RESULTS = 50
SNIPPET_CHARS = 220
# Private-use characters mark hits inside PostgreSQL's headline; they can't occur in
# article text we render, and are swapped for <mark> after escaping.
_START, _STOP = "\ue000", "\ue001"
CONFIG = "english"


@dataclass(frozen=True)
class SearchHit:
    article: Article
    title_html: SafeString
    snippet_html: SafeString
    rank: float


def normalise_query(query: str) -> str:
    text = " ".join(query.split())
    if len(text) > MAX_QUERY_CHARS:
        raise DomainError(
            HelpErrorCode.QUERY_TOO_LONG,
            f"Search for at most {MAX_QUERY_CHARS} characters.",
        )
    problem = control_character_message(text, multiline=False)
    if problem:
        raise DomainError(HelpErrorCode.TEXT_INVALID, problem)
    return text


def terms_of(query: str) -> list[str]:
    """Distinct words, letters and digits only (punctuation splits words), at most MAX_TERMS."""
    cleaned = "".join(ch if ch.isalnum() else " " for ch in query.casefold())
    terms: list[str] = []
    for word in cleaned.split():
        if word not in terms:
            terms.append(word[:50])
    return terms[:MAX_TERMS]


def highlight(text: str, terms: list[str]) -> SafeString:
    """Escape `text` and wrap every occurrence of a term in <mark>."""
    folded = text.casefold()
    if len(folded) != len(text):  # a rare case fold that changes length: don't guess offsets
        return mark_safe(escape(text))  # noqa: S308 - escaped
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = folded.find(term)
        while start != -1:
            spans.append((start, start + len(term)))
            start = folded.find(term, start + len(term))
    spans.sort()
    out: list[str] = []
    pos = 0
    for start, end in spans:
        if start < pos:
            start = pos
        if start >= end:
            continue
        out.append(escape(text[pos:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece escaped


def _snippet(text: str, terms: list[str]) -> str:
    """About SNIPPET_CHARS of `text` around the first hit, cut between words (never inside
    one) and marked with an ellipsis where text was left out."""
    if len(text) <= SNIPPET_CHARS:
        return text
    folded = text.casefold()
    hits = [i for i in (folded.find(t) for t in terms) if i != -1]
    first = min(hits) if hits else 0
    start = max(0, first - SNIPPET_CHARS // 3)
    if start and not text[start - 1].isspace():
        # Begin at the next word, or at the start of the hit's own word.
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else text.rfind(" ", 0, start) + 1
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text) and not text[end].isspace():
        space = text.rfind(" ", start, end)
        if space > first:
            end = space
    piece = text[start:end].strip()
    if end < len(text):
        piece = piece.rstrip(".,;:\u2014\u2013- ") + "\u2026"
    return ("\u2026" if start else "") + piece


def _marks(headline: str) -> SafeString:
    escaped = str(escape(headline))
    return mark_safe(escaped.replace(_START, "<mark>").replace(_STOP, "</mark>"))  # noqa: S308


def search_articles(query: str, *, limit: int = MAX_RESULTS) -> list[SearchHit]:
    text = normalise_query(query)
    terms = terms_of(text)
    if not terms:
        return []
    limit = max(1, min(limit, MAX_RESULTS))
    if connection.vendor == "postgresql":
        return _search_postgres(text, terms, limit)
    return _search_simple(terms, limit)


def _published() -> QuerySet[Article]:
    return Article.objects.published().select_related("section__category")


def _search_postgres(text: str, terms: list[str], limit: int) -> list[SearchHit]:
    vector = (
        SearchVector("title", weight="A", config=CONFIG)
        + SearchVector("summary", weight="B", config=CONFIG)
        + SearchVector("body_text", weight="C", config=CONFIG)
    )
    hits = _run_postgres(
        vector, SearchQuery(text, search_type="websearch", config=CONFIG), terms, limit
    )
    if hits:
        return hits
    # No whole-word hit: try the words as prefixes, built only from letters and digits.
    prefix = " & ".join(f"{term}:*" for term in terms)
    return _run_postgres(
        vector, SearchQuery(prefix, search_type="raw", config=CONFIG), terms, limit
    )


def _run_postgres(vector: Any, query: SearchQuery, terms: list[str], limit: int) -> list[SearchHit]:
    rows = (
        _published()
        .annotate(
            document=vector,
            rank=SearchRank(vector, query),
            headline=SearchHeadline(
                "body_text",
                query,
                config=CONFIG,
                start_sel=_START,
                stop_sel=_STOP,
                max_words=40,
                min_words=20,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        .filter(document=query)
        .order_by("-rank", "title")[:limit]
    )
    return [
        SearchHit(
            article=row,
            title_html=highlight(row.title, terms),
            snippet_html=_marks(row.headline),
            rank=float(row.rank),
        )
        for row in rows
    ]


def _score(article: Article, terms: list[str]) -> float:
    title, summary, body = (
        article.title.casefold(),
        article.summary.casefold(),
        article.body_text.casefold(),
    )
    return sum(3 * (t in title) + 2 * (t in summary) + min(body.count(t), 10) / 10 for t in terms)


def _search_simple(terms: list[str], limit: int) -> list[SearchHit]:
    def matches(term: str) -> Q:
        return Q(title__icontains=term) | Q(summary__icontains=term) | Q(body_text__icontains=term)

    every = Q()
    for term in terms:
        every &= matches(term)
    articles = list(_published().filter(every)[:500])
    if not articles:
        any_term = Q()
        for term in terms:
            any_term |= matches(term)
        articles = list(_published().filter(any_term)[:500])
    scored = sorted(articles, key=lambda a: (-_score(a, terms), a.title))[:limit]
    return [
        SearchHit(
            article=a,
            title_html=highlight(a.title, terms),
            snippet_html=highlight(_snippet(a.body_text, terms), terms),
            rank=_score(a, terms),
        )
        for a in scored
    ]
