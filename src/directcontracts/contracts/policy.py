"""The work-policy questions contracts ask of the catalog (and, later, of the screener)."""

from __future__ import annotations

from directcontracts.catalog import selectors as catalog
from directcontracts.catalog.services import check_category_allowed


def category_choices() -> list[tuple[str, str]]:
    """(slug, "Category > Subcategory") for every category open to new contracts."""
    version = catalog.current_version()
    if version is None:
        return []
    choices: list[tuple[str, str]] = []
    for category in catalog.category_tree(version):
        subcategories = list(category.subcategories.all())
        if not subcategories:
            choices.append((category.slug, category.name))
        choices.extend((sub.slug, f"{category.name} > {sub.name}") for sub in subcategories)
    return choices


def catalog_version_for(category_slug: str) -> int:
    """The version a new contract is created under; refuses categories not in effect."""
    return check_category_allowed(category_slug).version.number
