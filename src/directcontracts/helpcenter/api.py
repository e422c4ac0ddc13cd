"""Help Center over HTTP: read articles, search, and vote, with or without an account.

Visitors may vote too, so these operations take an API token, a signed-in session (with
the CSRF token on a vote) or nobody; a visitor is known by the same first-party cookie as
on the web page, and is rate limited by address.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema
from ninja.utils import check_csrf

from directcontracts.accounts.services import authenticate_api_token
from directcontracts.core.errors import CoreErrorCode, DomainError
from directcontracts.core.pagination import MAX_OFFSET
from directcontracts.core.validation import MultiLineStr, SingleLineStr
from directcontracts.helpcenter import search as help_search
from directcontracts.helpcenter import selectors, services
from directcontracts.helpcenter.models import Article
from directcontracts.helpcenter.services import voter_for
from directcontracts.helpcenter.voters import (
    VISITOR_COOKIE,
    client_address,
    remember_visitor,
    request_voter,
)

router = Router(tags=["help center"])

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class RelatedOut(Schema):
    slug: str
    title: str
    url: str


class ArticleOut(Schema):
    slug: str
    title: str
    summary: str
    audience: str
    category: str
    section: str
    body_markdown: str
    body_html: str = Field(description="Rendered and sanitised: no raw HTML, no script.")
    updated_at: datetime
    version: int
    url: str
    related: list[RelatedOut]
    helpful: int = Field(description="How many found it helpful (this round of votes).")
    total: int = Field(description="How many answered.")
    your_vote: bool | None = Field(description="The caller's answer, if any.")


class VoteIn(Schema):
    helpful: bool = Field(description="true for Yes, false for No.")
    missing: MultiLineStr = Field(
        default="", max_length=1000, description="With a No: what was missing (optional)."
    )


class CountsOut(Schema):
    helpful: int
    total: int
    your_vote: bool


class HitOut(Schema):
    slug: str
    title: str
    summary: str
    url: str
    title_html: str
    snippet_html: str = Field(description="Escaped text with the query's words in <mark>.")


class SearchOut(Schema):
    query: str
    corrected_query: str = Field(
        default="",
        description='The query as searched when some words were typos ("escrow" for "escrw"); '
        '"" when it was searched as typed.',
    )
    count: int = Field(description="How many articles match in all (not just this page).")
    limit: int = Field(description="The page size asked for.")
    offset: int = Field(description="How many matches come before this page.")
    results: list[HitOut] = Field(description="This page of the matches, best first.")


class SearchQueryIn(Schema):
    q: SingleLineStr = Field(min_length=1, max_length=help_search.MAX_QUERY_CHARS)
    limit: int = Field(default=20, ge=1, le=help_search.MAX_RESULTS)
    offset: int = Field(default=0, ge=0, le=MAX_OFFSET)


def _caller(request: HttpRequest) -> Any:
    """The signed-in person (token or session) or None for a visitor."""
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        user = authenticate_api_token(header.removeprefix("Bearer ").strip()[:200])
        if user is None:
            raise DomainError(
                CoreErrorCode.NOT_AUTHENTICATED, "This API token is not valid.", status=401
            )
        return user
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    if request.method not in _SAFE_METHODS and check_csrf(request) is not None:
        raise DomainError(
            CoreErrorCode.PERMISSION_DENIED,
            "Requests signed in with the web session need the CSRF token "
            "(the X-CSRFToken header); scripts should use an API token instead.",
            status=403,
        )
    return user


def _voter_key(request: HttpRequest, user: Any) -> str | None:
    if user is not None:
        return voter_for(user=user, visitor_token="", address=None).key
    token = request.COOKIES.get(VISITOR_COOKIE, "")
    if not token:
        return None
    return voter_for(user=None, visitor_token=token, address=None).key


def _article_out(article: Article, your_key: str | None) -> ArticleOut:
    counts = selectors.counts_for(article)
    vote = selectors.vote_of(article, your_key) if your_key else None
    return ArticleOut(
        slug=article.slug,
        title=article.title,
        summary=article.summary,
        audience=article.audience,
        category=article.section.category.name,
        section=article.section.name,
        body_markdown=article.body,
        body_html=article.body_html,
        updated_at=article.updated_at,
        version=article.version,
        url=article.get_absolute_url(),
        related=[
            RelatedOut(slug=r.slug, title=r.title, url=r.get_absolute_url())
            for r in selectors.related_articles(article)
        ],
        helpful=counts["helpful"],
        total=counts["total"],
        your_vote=None if vote is None else vote.helpful,
    )


@router.get(
    "/help/articles/{slug}", response=ArticleOut, auth=None, summary="A Help Center article"
)
def get_article(request: HttpRequest, slug: SingleLineStr) -> ArticleOut:
    user = _caller(request)
    return _article_out(selectors.get_published_article(slug), _voter_key(request, user))


@router.post(
    "/help/articles/{slug}/votes",
    response=CountsOut,
    auth=None,
    summary="Was this article helpful? (voting again changes your vote)",
)
def vote(
    request: HttpRequest, response: HttpResponse, slug: SingleLineStr, payload: VoteIn
) -> CountsOut:
    user = _caller(request)
    article = selectors.get_published_article(slug)
    voter, token = request_voter(request)
    if user is not None:
        voter = voter_for(user=user, visitor_token="", address=client_address(request))
    counts = services.cast_vote(article=article, voter=voter, helpful=payload.helpful)
    if not payload.helpful and payload.missing.strip():
        services.explain_no_vote(article=article, voter=voter, missing=payload.missing)
    if voter.is_visitor:
        remember_visitor(response, token)
    return CountsOut(helpful=counts["helpful"], total=counts["total"], your_vote=payload.helpful)


@router.get("/help/search", response=SearchOut, auth=None, summary="Search the Help Center")
def search(request: HttpRequest, params: Query[SearchQueryIn]) -> SearchOut:
    page = help_search.search_page(params.q, limit=params.limit, offset=params.offset)
    return SearchOut(
        query=params.q,
        corrected_query=page.corrected_query,
        count=page.total,
        limit=params.limit,
        offset=params.offset,
        results=[
            HitOut(
                slug=h.article.slug,
                title=h.article.title,
                summary=h.article.summary,
                url=h.article.get_absolute_url(),
                title_html=str(h.title_html),
                snippet_html=str(h.snippet_html),
            )
            for h in page.hits
        ],
    )
