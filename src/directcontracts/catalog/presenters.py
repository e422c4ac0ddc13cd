"""One plain-data picture of the catalog, shared by the public page and the API."""

from __future__ import annotations

from typing import Any

from directcontracts.catalog import selectors
from directcontracts.catalog.models import CatalogVersion, Category
from directcontracts.catalog.policy import BANNED, NEVER_ALLOWED

POLICY_URL = "/categories/"


def _category(cat: Category) -> dict[str, Any]:
    return {
        "slug": cat.slug,
        "name": cat.name,
        "description": cat.description,
        "fits": list(cat.fits or []),
        "does_not_fit": list(cat.does_not_fit or []),
    }


def _change(version: CatalogVersion) -> dict[str, Any]:
    changes = version.changes or {}
    return {
        "version": version.number,
        "effective_at": version.effective_at,
        "summary": version.summary,
        "added": list(changes.get("added", [])),
        "removed": list(changes.get("removed", [])),
        "renamed": [
            {"slug": r["slug"], "from_name": r["from"], "to_name": r["to"]}
            for r in changes.get("renamed", [])
        ],
    }


def catalog_overview() -> dict[str, Any]:
    version = selectors.current_version()
    categories = []
    if version is not None:
        for cat in selectors.category_tree(version):
            entry = _category(cat)
            entry["subcategories"] = [_category(sub) for sub in cat.subcategories.all()]
            categories.append(entry)
    return {
        "version": version.number if version else None,
        "effective_at": version.effective_at if version else None,
        "categories": categories,
        "changes": [_change(v) for v in selectors.history()],
        "upcoming": [_change(v) for v in selectors.upcoming_versions()],
        "never_allowed": NEVER_ALLOWED,
        "banned": BANNED,
        "policy_url": POLICY_URL,
    }
