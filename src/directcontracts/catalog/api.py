"""Public API: the supported categories, what changed and when, and what is never allowed."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Router, Schema

from directcontracts.catalog import presenters

router = Router(tags=["catalog"])


class SubcategoryOut(Schema):
    slug: str
    name: str
    description: str
    fits: list[str]
    does_not_fit: list[str]


class CategoryOut(SubcategoryOut):
    subcategories: list[SubcategoryOut]


class RenameOut(Schema):
    slug: str
    from_name: str
    to_name: str


class ChangeOut(Schema):
    version: int
    effective_at: datetime | None
    summary: str
    added: list[str]
    removed: list[str]
    renamed: list[RenameOut]


class PolicyItemOut(Schema):
    code: str
    title: str
    description: str


class CatalogOut(Schema):
    version: int | None
    effective_at: datetime | None
    categories: list[CategoryOut]
    changes: list[ChangeOut]
    upcoming: list[ChangeOut]
    never_allowed: list[PolicyItemOut]
    banned: list[PolicyItemOut]
    policy_url: str


@router.get("/categories", response=CatalogOut, auth=None, summary="Supported work categories")
def list_categories(request: HttpRequest) -> dict:
    """The catalog in effect now, its history, scheduled changes and the never-allowed list."""
    return presenters.catalog_overview()
