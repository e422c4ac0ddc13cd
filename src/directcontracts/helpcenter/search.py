"""Search across published articles, ranked like a help center, with the hits highlighted.

The same on SQLite and PostgreSQL:

1. The query's words are folded (case, accents) and stemmed (`searchtext`: "Refunds" is
   "refund"); common words ("how", "do", "I") are left out unless nothing else is left.
2. The database finds the candidates: published articles whose stored `search_text` has a
   word starting with any query word (one query, bounded).
3. They are ranked, in Python over the stored words: the articles with every word first,
   then those with the most words; among those, the ones with the words side by side (the
   phrase) first, then by where the words are (title above summary above body).
4. A query word no article has as a whole word matches as a prefix ("escr" finds "escrow").
   A word no article has at all, even as a prefix, is a typo: it is read as the nearest word
   the articles do have (`spelling`: "escrw" is "escrow"; "twofactor" is "two factor"), and
   the page says what it searched.
5. Only the page shown is read in full (one query), so a search makes the same number of
   queries whatever it finds.

The query is bounded (length and number of words) and highlighting is done by a linear scan
of the escaped text's words: no regex on what people type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from directcontracts.core.errors import DomainError
from directcontracts.helpcenter import spelling
from directcontracts.helpcenter.errors import HelpErrorCode
from directcontracts.helpcenter.models import Article
from directcontracts.helpcenter.searchtext import STOP_WORDS, fold, stem, words
from directcontracts.helpcenter.text import control_character_message

MAX_QUERY_CHARS = 200
MAX_TERMS = 10
MAX_RESULTS = 50
# The most candidates ranked for one query (a help center has hundreds of articles, not
# hundreds of thousands; this bounds the work a query of common words can cause).
MAX_CANDIDATES = 1000
SNIPPET_CHARS = 220
MIN_PREFIX = 3
# How much a word counts where it is found.
TITLE, SUMMARY, BODY = 8.0, 3.0, 1.0
PREFIX_FACTOR = 0.5


@dataclass(frozen=True)
class SearchHit:
    article: Article
    title_html: SafeString
    snippet_html: SafeString
    rank: float


@dataclass(frozen=True)
class SearchPage:
    total: int  # every article found (at most MAX_CANDIDATES are ranked)
    hits: list[SearchHit]
    corrected_query: str = ""


@dataclass(frozen=True)
class Ranked:
    """The ids of the articles found, best first, and what is needed to show them."""

    ids: list[int] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)
    prefixes: frozenset[str] = frozenset()
    # How many of the ids (the first ones) have every word of the query.
    with_every_word: int = 0
    scores: dict[int, float] = field(default_factory=dict)
    # The query as searched when some of its words were typos ("escrow refund" for
    # "escrw refnd"); "" when it was searched as typed.
    corrected_query: str = ""


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


def stems_of(terms: list[str]) -> list[str]:
    """The query's distinct stems, without the common words (unless only those are left)."""
    found: list[str] = []
    for term in terms:
        word = stem(fold(term))
        if word and word not in found:
            found.append(word)
    meaningful = [w for w in found if w not in STOP_WORDS]
    return meaningful or found


def _matches(word: str, stems: list[str], prefixes: frozenset[str]) -> bool:
    return word in stems or any(word.startswith(p) for p in prefixes)


def highlight(text: str, terms: list[str], *, prefixes: frozenset[str] = frozenset()) -> SafeString:
    """Escape `text` and wrap every word that matches a term (same stem, or starting with
    one of `prefixes`) in <mark>."""
    return _highlight_stems(text, stems_of(terms), prefixes)


def _highlight_stems(text: str, stems: list[str], prefixes: frozenset[str]) -> SafeString:
    out: list[str] = []
    pos = 0
    for start, end, word in words(text):
        if _matches(word, stems, prefixes):
            out.append(escape(text[pos:start]))
            out.append(f"<mark>{escape(text[start:end])}</mark>")
            pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece escaped


def _first_hit(text: str, stems: list[str], prefixes: frozenset[str]) -> int:
    return next((start for start, _, w in words(text) if _matches(w, stems, prefixes)), 0)


def _snippet(text: str, first: int) -> str:
    """About SNIPPET_CHARS of `text` around the first hit, cut between words (never inside
    one) and marked with an ellipsis where text was left out."""
    if len(text) <= SNIPPET_CHARS:
        return text
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


def search_articles(query: str, *, limit: int = MAX_RESULTS) -> list[SearchHit]:
    """The best `limit` hits (the API's answer)."""
    ranked = rank_articles(query)
    limit = max(1, min(limit, MAX_RESULTS))
    return hits_for(ranked, ranked.ids[:limit])


def search_page(query: str, *, limit: int = MAX_RESULTS, offset: int = 0) -> SearchPage:
    """One page of the hits (`limit` from `offset`, best first) and how many articles the
    query found in all: the API's answer, paged like its other lists."""
    ranked = rank_articles(query)
    limit = max(1, min(limit, MAX_RESULTS))
    offset = max(0, offset)
    return SearchPage(
        total=len(ranked.ids),
        hits=hits_for(ranked, ranked.ids[offset : offset + limit]),
        corrected_query=ranked.corrected_query,
    )


def rank_articles(query: str) -> Ranked:
    """Every article found for `query`, best first (ids only: see `hits_for`)."""
    terms = terms_of(normalise_query(query))
    stems = stems_of(terms)
    if not stems:
        return Ranked()
    candidates = _candidates(stems)
    corrections = _typo_corrections(terms, stems, candidates)
    if corrections:
        # A correction may be two words ("twofactor" -> "two factor").
        terms = terms_of(" ".join(corrections.get(t, t) for t in terms))
        stems = stems_of(terms)
        candidates = _candidates(stems)
    # A word no candidate has whole is taken as the start of a word ("escr" -> "escrow").
    prefixes = frozenset(
        s
        for s in stems
        if len(s) >= MIN_PREFIX and not any(f" {s} " in text for _, _, text in candidates)
    )
    scored = [(_score(text, stems, prefixes), title, pk) for pk, title, text in candidates]
    scored = [row for row in scored if row[0][0] > 0]
    scored.sort(key=lambda row: (-row[0][0], -row[0][1], -row[0][2], fold(row[1]), row[2]))
    return Ranked(
        ids=[pk for _, _, pk in scored],
        stems=stems,
        prefixes=prefixes,
        with_every_word=sum(1 for row in scored if row[0][0] == len(stems)),
        scores={pk: score[2] for score, _, pk in scored},
        corrected_query=" ".join(terms) if corrections else "",
    )


def _typo_corrections(
    terms: list[str], stems: list[str], candidates: list[tuple[int, str, str]]
) -> dict[str, str]:
    """{typed word: the article words meant} for the query's words that no article has, even
    as the start of a word: two words run together ("twofactor" -> "two factor"), else the
    nearest word. Reads the dictionary only when there is such a word."""
    unknown = {s for s in stems if not any(f" {s}" in text for _, _, text in candidates)}
    if not unknown:
        return {}
    known = spelling.dictionary()
    corrections = {}
    for term in terms:
        if stem(fold(term)) in unknown:
            halves = spelling.split_joined(fold(term), known)
            meant = " ".join(halves) if halves else spelling.nearest(fold(term), known)
            if meant is not None:
                corrections[term] = meant
    return corrections


def _candidates(stems: list[str]) -> list[tuple[int, str, str]]:
    any_word = Q()
    for word in stems:
        any_word |= Q(search_text__contains=f" {word}")
    return list(
        Article.objects.published()
        .filter(any_word)
        .order_by("pk")
        .values_list("pk", "title", "search_text")[:MAX_CANDIDATES]
    )


def _score(text: str, stems: list[str], prefixes: frozenset[str]) -> tuple[int, int, float]:
    """(how many of the words it has, 1 if it has them side by side, where they are)."""
    title, summary, body = (text.split("\n") + ["", "", ""])[:3]
    fields = ((title, TITLE), (summary, SUMMARY), (body, BODY))
    found = 0
    weight = 0.0
    for word in stems:
        whole = f" {word} "
        hit = False
        for line, value in fields:
            count = line.count(whole)
            factor = 1.0
            if not count and word in prefixes:
                count = line.count(f" {word}")
                factor = PREFIX_FACTOR
            if count:
                hit = True
                # A word said many times in a body counts, but not without end.
                weight += value * factor * (1 + min(count, 5)) / 2
        found += hit
    phrase = len(stems) > 1 and any(f" {' '.join(stems)} " in line for line, _ in fields)
    return found, int(phrase), weight


def hits_for(ranked: Ranked, ids: list[int]) -> list[SearchHit]:
    """The articles of `ids` (one page of `ranked`), read in one query, in ranked order."""
    if not ids:
        return []
    by_id = Article.objects.published().select_related("section__category").in_bulk(ids)
    hits = []
    for pk in ids:
        article = by_id.get(pk)
        if article is None:  # unpublished since it was ranked
            continue
        first = _first_hit(article.body_text, ranked.stems, ranked.prefixes)
        hits.append(
            SearchHit(
                article=article,
                title_html=_highlight_stems(article.title, ranked.stems, ranked.prefixes),
                snippet_html=_highlight_stems(
                    _snippet(article.body_text, first), ranked.stems, ranked.prefixes
                ),
                rank=ranked.scores.get(pk, 0.0),
            )
        )
    return hits
