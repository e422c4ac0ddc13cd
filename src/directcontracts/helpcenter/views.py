"""Help Center pages: thin views that parse, call one service or selector, render."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from directcontracts.core.errors import DomainError, NotFound
from directcontracts.helpcenter import selectors, services
from directcontracts.helpcenter.models import Article
from directcontracts.helpcenter.search import MAX_QUERY_CHARS, hits_for, rank_articles
from directcontracts.helpcenter.voters import existing_voter_key, remember_visitor, request_voter

SECURITY_CENTER = "security-center"
SEARCH_PAGE_SIZE = 10


def _article_or_404(slug: str) -> Article:
    try:
        return selectors.get_published_article(slug)
    except NotFound as exc:
        raise Http404(exc.message) from None


def help_index(request: HttpRequest) -> HttpResponse:
    return render(request, "helpcenter/index.html", {"tree": selectors.help_tree()})


def topic(request: HttpRequest, slug: str) -> HttpResponse:
    try:
        category = selectors.get_category(slug)
    except NotFound as exc:
        raise Http404(exc.message) from None
    return render(
        request,
        "helpcenter/topic.html",
        {"category": category, "tree": selectors.help_tree(category)},
    )


def security_center(request: HttpRequest) -> HttpResponse:
    return redirect("helpcenter:topic", slug=SECURITY_CENTER)


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    context: dict[str, Any] = {"q": query[:MAX_QUERY_CHARS], "max_chars": MAX_QUERY_CHARS}
    if not query.strip():
        return render(request, "helpcenter/search.html", context)
    try:
        ranked = rank_articles(query)
    except DomainError as error:
        context["error"] = error
        return render(request, "helpcenter/search.html", context, status=error.status)
    page = Paginator(ranked.ids, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    context.update(
        page=page,
        hits=hits_for(ranked, list(page.object_list)),
        total=len(ranked.ids),
        # When no article has every word, say so: these have some of them.
        partial=bool(ranked.ids) and ranked.with_every_word == 0 and len(ranked.stems) > 1,
        first_rank=page.start_index(),
        corrected_query=ranked.corrected_query,
    )
    if not ranked.ids:
        context["popular"] = selectors.popular_articles()
    return render(request, "helpcenter/search.html", context)


def get_help_url(article: Article, missing: str = "") -> str:
    params = {"article": article.slug}
    if missing:
        params["details"] = missing
    return "/support/new/?" + urlencode(params)


def _article_context(request: HttpRequest, article: Article, **extra: Any) -> dict[str, Any]:
    key = existing_voter_key(request)
    vote = selectors.vote_of(article, key) if key else None
    return {
        "article": article,
        "counts": selectors.counts_for(article),
        "vote": vote,
        "related": selectors.related_articles(article),
        "get_help_url": get_help_url(article, vote.missing if vote else ""),
        **extra,
    }


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = _article_or_404(slug)
    return render(request, "helpcenter/article.html", _article_context(request, article))


@require_POST
def article_vote(request: HttpRequest, slug: str) -> HttpResponse:
    article = _article_or_404(slug)
    answer = request.POST.get("helpful", "")
    if answer not in {"yes", "no"}:
        error = DomainError("validation_error", "Choose Yes or No.")
        context = _article_context(request, article, error=error)
        return render(request, "helpcenter/article.html", context, status=400)
    voter, token = request_voter(request)
    try:
        services.cast_vote(article=article, voter=voter, helpful=answer == "yes")
    except DomainError as error:
        context = _article_context(request, article, error=error)
        return render(request, "helpcenter/article.html", context, status=error.status)
    response = redirect(f"{article.get_absolute_url()}#feedback")
    if voter.is_visitor:
        remember_visitor(response, token)
    return response


@require_POST
def article_feedback(request: HttpRequest, slug: str) -> HttpResponse:
    article = _article_or_404(slug)
    voter, _ = request_voter(request)
    missing = request.POST.get("missing", "")
    try:
        services.explain_no_vote(article=article, voter=voter, missing=missing[:2000])
    except DomainError as error:
        context = _article_context(request, article, error=error, missing_draft=missing[:2000])
        return render(request, "helpcenter/article.html", context, status=error.status)
    return redirect(f"{article.get_absolute_url()}#feedback")


@login_required
@require_GET
def staff_feedback(request: HttpRequest) -> HttpResponse:
    """The No answers, for the staff who look after the articles (404 for anyone else)."""
    if not request.user.has_perm("helpcenter.view_articlevote"):
        raise Http404("Not found.")
    slug = request.GET.get("article", "")[:100]
    page = Paginator(selectors.no_answers(article_slug=slug), 25).get_page(request.GET.get("page"))
    return render(
        request,
        "helpcenter/staff_feedback.html",
        {
            "page": page,
            "article_slug": slug,
            "articles": selectors.feedback_articles(),
            "figures": selectors.helpfulness_figures(),
            "figures_limit": selectors.HELPFULNESS_ROWS,
        },
    )
