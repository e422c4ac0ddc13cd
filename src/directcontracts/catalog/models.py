"""Versioned catalog of supported work categories.

Each published version is a complete snapshot of the category tree, with the date from
which it applies. Snapshots (rather than edits in place) keep old versions readable:
a contract records the version it was created under, and "what changed" is the
difference between consecutive versions, stored on the newer one when it is published.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models


class VersionStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class CatalogVersionQuerySet(models.QuerySet["CatalogVersion"]):
    def published(self) -> CatalogVersionQuerySet:
        return self.filter(status=VersionStatus.PUBLISHED)

    def in_effect_at(self, moment: datetime) -> CatalogVersionQuerySet:
        return (
            self.published().filter(effective_at__lte=moment).order_by("-effective_at", "-number")
        )


class CatalogVersion(models.Model):
    number = models.PositiveIntegerField(unique=True)
    status = models.CharField(
        max_length=16, choices=VersionStatus.choices, default=VersionStatus.DRAFT
    )
    effective_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    summary = models.TextField(blank=True, help_text="What changed and why, shown publicly.")
    # Filled at publication: {"added": [...], "removed": [...], "renamed": [...]}.
    changes = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CatalogVersionQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]

    def __str__(self) -> str:
        return f"Catalog v{self.number} ({self.get_status_display()})"


class Category(models.Model):
    """A category (no parent) or subcategory (with a parent) inside one catalog version."""

    version = models.ForeignKey(CatalogVersion, on_delete=models.CASCADE, related_name="categories")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="subcategories"
    )
    slug = models.SlugField(max_length=80)
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True)
    fits = models.JSONField(default=list, blank=True, help_text="Examples of work that fits.")
    does_not_fit = models.JSONField(default=list, blank=True, help_text="Examples that do not fit.")
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "slug"], name="catalog_category_slug_per_version"
            )
        ]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name
