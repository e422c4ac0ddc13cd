"""Reads of the catalog: the version in effect, its tree, and its history."""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.db.models import Prefetch

from directcontracts.catalog.models import CatalogVersion, Category
from directcontracts.core import clock


def current_version() -> CatalogVersion | None:
    """The published version in effect now (latest effective date not in the future)."""
    return CatalogVersion.objects.in_effect_at(clock.now()).first()


def upcoming_versions() -> list[CatalogVersion]:
    """Published versions whose effective date is still ahead, soonest first."""
    return list(
        CatalogVersion.objects.published()
        .filter(effective_at__gt=clock.now())
        .order_by("effective_at", "number")
    )


def history(limit: int = 20) -> list[CatalogVersion]:
    """Versions in effect so far, newest first: what changed and when."""
    return list(CatalogVersion.objects.in_effect_at(clock.now())[:limit])


def category_tree(version: CatalogVersion) -> list[Category]:
    """Top-level categories of a version, each with its subcategories prefetched.

    A published version never changes, so its tree is the same for everyone and is kept in
    the cache (PUBLIC_CACHE_SECONDS); a draft, which staff are still editing, is always read.
    """
    if version.published_at is None:
        return _read_tree(version)
    key = f"catalog-tree:{version.pk}:{version.published_at.timestamp()}"
    tree: list[Category] | None = cache.get(key)
    if tree is None:
        tree = _read_tree(version)
        cache.set(key, tree, settings.PUBLIC_CACHE_SECONDS)
    return tree


def _read_tree(version: CatalogVersion) -> list[Category]:
    return list(
        Category.objects.filter(version=version, parent__isnull=True).prefetch_related(
            Prefetch("subcategories", queryset=Category.objects.order_by("position", "name"))
        )
    )


def find_category(version: CatalogVersion, slug: str) -> Category | None:
    return Category.objects.filter(version=version, slug=slug).select_related("parent").first()
