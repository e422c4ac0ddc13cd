"""Help Center articles, their published versions and the helpful votes.

Design:

1. An article's live text is on `Article`; every time staff publish, the text is also
   copied to an `ArticleVersion` (numbered), so every published version is kept.
2. A vote is one row per (article, round, voter), with a unique constraint: voting again
   updates the row (an upsert), so a person never counts twice and concurrent votes can't
   lose an update. Counts are counted from the rows, never kept in a counter.
3. Staff may reset the counts after a substantial rewrite: the article's `vote_round`
   moves on, the old rows stay (and the version that reset them records their counts), so
   earlier counts remain in the article's history.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Count, Q

from directcontracts.core import clock
from directcontracts.helpcenter.text import validate_multiline, validate_single_line

# Paths under /help/ that are pages, so no article may take them as its slug.
RESERVED_SLUGS = frozenset({"search", "topics", "staff", "security", "api", "new"})


class Audience(models.TextChoices):
    EVERYONE = "everyone", "Everyone"
    FREELANCERS = "freelancers", "Freelancers"
    CLIENTS = "clients", "Clients"


class Category(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=120, validators=[validate_single_line])
    description = models.CharField(max_length=300, blank=True, validators=[validate_single_line])
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name


class Section(models.Model):
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="sections")
    slug = models.SlugField(max_length=80)
    name = models.CharField(max_length=120, validators=[validate_single_line])
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["category__position", "position", "name"]
        constraints = [
            models.UniqueConstraint(fields=["category", "slug"], name="helpcenter_section_slug")
        ]

    def __str__(self) -> str:
        return f"{self.category.name} › {self.name}"


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> ArticleQuerySet:
        return self.filter(is_published=True)


class Article(models.Model):
    section = models.ForeignKey(Section, on_delete=models.PROTECT, related_name="articles")
    slug = models.SlugField(max_length=100, unique=True)
    title = models.CharField(max_length=200, validators=[validate_single_line])
    summary = models.CharField(max_length=300, validators=[validate_single_line])
    body = models.TextField(
        max_length=50_000,
        validators=[validate_multiline],
        help_text="Markdown; raw HTML is shown as text.",
    )
    # Derived from `body` when the article is saved through the service.
    body_html = models.TextField(blank=True, editable=False)
    body_text = models.TextField(blank=True, editable=False)
    # The words search compares, folded and stemmed (searchtext.index_text), derived like
    # body_text when the article is saved through the service.
    search_text = models.TextField(blank=True, default="", editable=False)
    # markdown.RENDERER_VERSION that made body_html and body_text (0: before versions were kept).
    rendered_with = models.PositiveSmallIntegerField(default=0, editable=False)
    audience = models.CharField(max_length=20, choices=Audience.choices, default=Audience.EVERYONE)
    related = models.ManyToManyField("self", symmetrical=False, blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    is_published = models.BooleanField(default=False)
    version = models.PositiveIntegerField(default=0, editable=False)
    vote_round = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(default=clock.now, editable=False)
    updated_at = models.DateTimeField(default=clock.now, editable=False)

    objects: ClassVar[ArticleQuerySet] = ArticleQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["section__category__position", "section__position", "position", "title"]
        permissions = [("publish_article", "Can publish help articles and reset their counts")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return f"/help/{self.slug}/"


class ArticleVersion(models.Model):
    """One published version of an article, kept for good."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=300)
    body = models.TextField()
    published_at = models.DateTimeField(default=clock.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)
    # When this version reset the counts: the round it closed and what that round counted.
    counts_reset = models.BooleanField(default=False)
    closed_round = models.PositiveIntegerField(null=True, blank=True)
    closed_helpful = models.PositiveIntegerField(null=True, blank=True)
    closed_total = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["article", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["article", "number"], name="helpcenter_version_number")
        ]

    def __str__(self) -> str:
        return f"{self.article.slug} v{self.number}"


class VoteQuerySet(models.QuerySet["ArticleVote"]):
    def counts(self) -> dict[str, int]:
        """{"helpful": N, "total": M} over these votes, in one query."""
        row = self.aggregate(total=Count("id"), helpful=Count("id", filter=Q(helpful=True)))
        return {"helpful": row["helpful"] or 0, "total": row["total"] or 0}


class ArticleVote(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="votes")
    round = models.PositiveIntegerField()
    # "user:<id>" for a signed-in person; "visitor:<sha256>" of the first-party cookie.
    voter_key = models.CharField(max_length=80)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    helpful = models.BooleanField()
    missing = models.TextField(
        max_length=1000, blank=True, help_text="What was missing (asked after a No)."
    )
    created_at = models.DateTimeField(default=clock.now)
    updated_at = models.DateTimeField(default=clock.now)

    objects: ClassVar[VoteQuerySet] = VoteQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "round", "voter_key"], name="helpcenter_one_vote_per_round"
            )
        ]
        indexes = [
            models.Index(fields=["article", "round", "helpful"]),
            models.Index(fields=["helpful", "updated_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.article.slug}: {'yes' if self.helpful else 'no'} ({self.voter_key[:16]})"
