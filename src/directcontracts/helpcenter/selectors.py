"""Help Center reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, F, Prefetch, Q, QuerySet

from directcontracts.core.errors import NotFound
from directcontracts.helpcenter.errors import HelpErrorCode
from directcontracts.helpcenter.models import Article, ArticleVote, Category, Section

ARTICLE_NOT_FOUND = "No Help Center article has this address."


def get_published_article(slug: str) -> Article:
    article = (
        Article.objects.published()
        .select_related("section__category")
        .filter(slug=slug[:100])
        .first()
    )
    if article is None:
        raise NotFound(ARTICLE_NOT_FOUND, code=HelpErrorCode.ARTICLE_NOT_FOUND)
    return article


def counts_for(article: Article) -> dict[str, int]:
    return ArticleVote.objects.filter(article=article, round=article.vote_round).counts()


def vote_of(article: Article, voter_key: str) -> ArticleVote | None:
    return ArticleVote.objects.filter(
        article=article, round=article.vote_round, voter_key=voter_key
    ).first()


# When staff picked no related articles, the article page offers this many of its section.
SECTION_NEIGHBOURS = 3


def related_articles(article: Article) -> list[Article]:
    """The related articles staff picked; when they picked none, the other published
    articles of the same section (at most SECTION_NEIGHBOURS, in the section's order), so
    every article page offers somewhere to go next. One query, or two without picks."""
    picked = list(article.related.published().order_by("title")[:10])
    if picked:
        return picked
    return list(
        Article.objects.published()
        .filter(section_id=article.section_id)
        .exclude(pk=article.pk)
        .order_by("position", "title")[:SECTION_NEIGHBOURS]
    )


def popular_articles(limit: int = 5) -> list[Article]:
    """The articles most people found helpful (this round of votes), then the first ones of
    the Help Center: what a search that found nothing suggests instead. One query."""
    helpful = Count("votes", filter=Q(votes__helpful=True, votes__round=F("vote_round")))
    return list(
        Article.objects.published()
        .annotate(helpful_count=helpful)
        .order_by(
            "-helpful_count",
            "section__category__position",
            "section__position",
            "position",
            "title",
        )[:limit]
    )


@dataclass
class SectionTree:
    section: Section
    articles: list[Article] = field(default_factory=list)


@dataclass
class CategoryTree:
    category: Category
    sections: list[SectionTree] = field(default_factory=list)


def help_tree(category: Category | None = None) -> list[CategoryTree]:
    """Categories, their sections and published articles (empty ones left out)."""
    categories: QuerySet[Category] = Category.objects.all()
    if category is not None:
        categories = categories.filter(pk=category.pk)
    published = Prefetch(
        "articles", queryset=Article.objects.published().order_by("position", "title")
    )
    sections = Prefetch("sections", queryset=Section.objects.prefetch_related(published))
    trees = []
    for cat in categories.prefetch_related(sections):
        tree = CategoryTree(cat)
        for section in cat.sections.all():
            articles = list(section.articles.all())
            if articles:
                tree.sections.append(SectionTree(section, articles))
        if tree.sections:
            trees.append(tree)
    return trees


def get_category(slug: str) -> Category:
    category = Category.objects.filter(slug=slug[:80]).first()
    if category is None:
        raise NotFound("No Help Center topic has this address.", code="topic_not_found")
    return category


def no_answers(*, article_slug: str = "") -> QuerySet[ArticleVote]:
    """The "No" votes that said what was missing: staff's feedback list, newest first."""
    votes = ArticleVote.objects.filter(helpful=False).exclude(missing="")
    if article_slug:
        votes = votes.filter(article__slug=article_slug[:100])
    return votes.select_related("article", "user").order_by("-updated_at", "-id")


def feedback_articles() -> list[dict[str, Any]]:
    """Each article readers said something was missing from, with how many said so
    (`answers`, every round, like the list): the most answers first. One query."""
    said = Q(votes__helpful=False) & ~Q(votes__missing="")
    rows = (
        Article.objects.annotate(answers=Count("votes", filter=said))
        .filter(answers__gt=0)
        .values_list("slug", "title", "answers")
        .order_by("-answers", "title")
    )
    return [{"slug": slug, "title": title, "answers": answers} for slug, title, answers in rows]


# The staff feedback page's figures: the least helpful articles are the ones to look at.
HELPFULNESS_ROWS = 50


def helpfulness_figures(limit: int = HELPFULNESS_ROWS) -> list[Article]:
    """Published articles with votes in their current round, as "N out of M found this
    helpful" (`helpful_votes`, `total_votes`), the lowest share first. One query."""
    this_round = Q(votes__round=F("vote_round"))
    return list(
        Article.objects.published()
        .annotate(
            total_votes=Count("votes", filter=this_round),
            helpful_votes=Count("votes", filter=this_round & Q(votes__helpful=True)),
        )
        .filter(total_votes__gt=0)
        .annotate(per_mille=F("helpful_votes") * 1000 / F("total_votes"))
        .order_by("per_mille", "-total_votes", "title")[:limit]
    )
