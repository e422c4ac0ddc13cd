"""Writes to the catalog: drafting and publishing versions, and the check contracts use.

Design:
- A version is edited only while it is a draft; publishing freezes it, records who
  published it, when it takes effect, and what changed against the version before it.
- Only staff in the `trust_safety` or `finance` group (or superusers) publish.
- `check_category_allowed` is what contract creation calls: a category that a later
  version removed refuses new contracts with a message naming that version and date,
  while contracts created earlier keep the version they recorded.
"""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import Max

from directcontracts.accounts.models import User
from directcontracts.catalog import selectors
from directcontracts.catalog.errors import CatalogErrorCode
from directcontracts.catalog.models import CatalogVersion, Category, VersionStatus
from directcontracts.core import clock
from directcontracts.core.errors import DomainError, PermissionDenied
from directcontracts.core.locks import lock_row

PUBLISHER_GROUPS = ("trust_safety", "finance")


def can_publish(user: User | AnonymousUser) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_staff:
        return False
    return user.is_superuser or user.groups.filter(name__in=PUBLISHER_GROUPS).exists()


def check_category_allowed(slug: str) -> Category:
    """The category in the catalog now in effect, or a refusal that says why."""
    version = selectors.current_version()
    if version is None:
        raise DomainError(CatalogErrorCode.NO_CATALOG, "No catalog of categories is published yet.")
    category = selectors.find_category(version, slug)
    if category is not None:
        return category
    removal = _removal_of(slug, before=version)
    if removal is not None:
        name, removed_in = removal
        effective = removed_in.effective_at.date().isoformat() if removed_in.effective_at else "?"
        why = f" ({removed_in.summary.strip()})" if removed_in.summary.strip() else ""
        raise DomainError(
            CatalogErrorCode.CATEGORY_REMOVED,
            f"\u201c{name}\u201d is no longer a supported category: it was removed in catalog "
            f"version {removed_in.number}, effective {effective}{why}. Contracts created before "
            "then are not affected; new ones need a category from the current list at /categories/.",
            removed_in_version=removed_in.number,
        )
    upcoming = next(
        (v for v in selectors.upcoming_versions() if selectors.find_category(v, slug)), None
    )
    if upcoming is not None and upcoming.effective_at is not None:
        raise DomainError(
            CatalogErrorCode.CATEGORY_NOT_YET_AVAILABLE,
            f"This category becomes available on {upcoming.effective_at.date().isoformat()} "
            f"(catalog version {upcoming.number}).",
        )
    raise DomainError(
        CatalogErrorCode.CATEGORY_UNKNOWN,
        f"\u201c{slug}\u201d is not a supported category; see the current list at /categories/.",
    )


def _removal_of(slug: str, *, before: CatalogVersion) -> tuple[str, CatalogVersion] | None:
    """The name a category last had and the first version (up to `before`) without it."""
    last_with = (
        Category.objects.filter(
            slug=slug, version__status=VersionStatus.PUBLISHED, version__number__lt=before.number
        )
        .select_related("version")
        .order_by("-version__number")
        .first()
    )
    if last_with is None:
        return None
    removed_in = (
        CatalogVersion.objects.published()
        .filter(number__gt=last_with.version.number, number__lte=before.number)
        .order_by("number")
        .first()
    )
    return (last_with.name, removed_in) if removed_in is not None else None


@transaction.atomic
def create_draft(*, by: User, summary: str = "") -> CatalogVersion:
    """A new draft version holding a copy of the current catalog, ready to edit."""
    if not can_publish(by):
        raise PermissionDenied(
            "Only Trust & Safety or Finance staff edit the catalog.",
            code=CatalogErrorCode.NOT_ALLOWED_TO_PUBLISH,
        )
    base = selectors.current_version()
    number = (CatalogVersion.objects.aggregate(n=Max("number"))["n"] or 0) + 1
    draft = CatalogVersion.objects.create(number=number, summary=summary)
    if base is not None:
        _copy_categories(base, draft)
    return draft


def _copy_categories(source: CatalogVersion, target: CatalogVersion) -> None:
    for parent in selectors.category_tree(source):
        copy = Category.objects.create(
            version=target,
            slug=parent.slug,
            name=parent.name,
            description=parent.description,
            fits=parent.fits,
            does_not_fit=parent.does_not_fit,
            position=parent.position,
        )
        for sub in parent.subcategories.all():
            Category.objects.create(
                version=target,
                parent=copy,
                slug=sub.slug,
                name=sub.name,
                description=sub.description,
                fits=sub.fits,
                does_not_fit=sub.does_not_fit,
                position=sub.position,
            )


def diff(old: CatalogVersion | None, new: CatalogVersion) -> dict[str, list]:
    before = dict(Category.objects.filter(version=old).values_list("slug", "name")) if old else {}
    after = dict(Category.objects.filter(version=new).values_list("slug", "name"))
    return {
        "added": sorted(set(after) - set(before)),
        "removed": sorted(set(before) - set(after)),
        "renamed": sorted(
            [
                {"slug": s, "from": before[s], "to": after[s]}
                for s in set(before) & set(after)
                if before[s] != after[s]
            ],
            key=lambda r: r["slug"],
        ),
    }


@transaction.atomic
def publish_version(
    *,
    version: CatalogVersion,
    by: User,
    effective_at: datetime | None = None,
    summary: str | None = None,
) -> CatalogVersion:
    """Publish a draft so that it takes effect at `effective_at` (default: now)."""
    if not can_publish(by):
        raise PermissionDenied(
            "Only Trust & Safety or Finance staff publish the catalog.",
            code=CatalogErrorCode.NOT_ALLOWED_TO_PUBLISH,
        )
    locked = lock_row(CatalogVersion, version.pk)
    if locked.status != VersionStatus.DRAFT:
        raise DomainError(
            CatalogErrorCode.NOT_A_DRAFT, f"Version {locked.number} is already published."
        )
    if not locked.categories.exists():
        raise DomainError(
            CatalogErrorCode.EMPTY_VERSION, "A catalog version needs at least one category."
        )
    now = clock.now()
    effective = effective_at or now
    latest = CatalogVersion.objects.published().order_by("-effective_at").first()
    if latest is not None and latest.effective_at and effective < latest.effective_at:
        raise DomainError(
            CatalogErrorCode.EFFECTIVE_DATE_INVALID,
            f"The effective date must not be before version {latest.number}'s "
            f"({latest.effective_at.isoformat()}).",
        )
    previous = CatalogVersion.objects.published().order_by("-number").first()
    locked.status = VersionStatus.PUBLISHED
    locked.effective_at = effective
    locked.published_at = now
    locked.published_by = by
    if summary is not None:
        locked.summary = summary
    locked.changes = diff(previous, locked)
    locked.save(
        update_fields=[
            "status",
            "effective_at",
            "published_at",
            "published_by",
            "summary",
            "changes",
        ]
    )
    return locked
