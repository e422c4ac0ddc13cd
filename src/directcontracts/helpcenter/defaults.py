"""The articles that ship with the project (data/), installed by a data migration.

Used by the migration (with historical models) and by tests that flush the database.
Installing is idempotent and never overwrites an article staff have edited: only
missing categories, sections and articles are created.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from directcontracts.helpcenter.markdown import plain_text, render_markdown
from directcontracts.helpcenter.searchtext import index_text

DATA_DIR = Path(__file__).resolve().parent / "data"
SHIPPED_AT = datetime(2026, 3, 1, tzinfo=UTC)


def parse_article(text: str) -> tuple[dict[str, str], str]:
    """A `---` header of `key: value` lines, then the Markdown body."""
    _, header, body = text.split("---\n", 2)
    meta = {}
    for line in header.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body.strip() + "\n"


def shipped_articles() -> list[tuple[str, dict[str, str], str]]:
    return [
        (path.stem, *parse_article(path.read_text(encoding="utf-8")))
        for path in sorted((DATA_DIR / "articles").glob("*.md"))
    ]


def _search_text(article_model: Any, title: str, summary: str, body_text: str) -> dict[str, str]:
    """The stored search words, when the model has them yet (migration 0002's historical
    model does not; 0007 fills them in)."""
    if not any(f.name == "search_text" for f in article_model._meta.get_fields()):
        return {}
    return {"search_text": index_text(title, summary, body_text)}


def install(models: Any) -> int:
    """Create what is missing; `models` gives Category, Section, Article, ArticleVersion."""
    tree = json.loads((DATA_DIR / "help_center.json").read_text(encoding="utf-8"))
    sections = {}
    for position, cat in enumerate(tree["categories"]):
        category, _ = models.Category.objects.get_or_create(
            slug=cat["slug"],
            defaults={"name": cat["name"], "description": cat["description"], "position": position},
        )
        for sec_position, sec in enumerate(cat["sections"]):
            section, _ = models.Section.objects.get_or_create(
                category=category,
                slug=sec["slug"],
                defaults={"name": sec["name"], "position": sec_position},
            )
            sections[f"{cat['slug']}/{sec['slug']}"] = section
    created: dict[str, Any] = {}
    shipped = shipped_articles()
    for slug, meta, body in shipped:
        if models.Article.objects.filter(slug=slug).exists():
            continue
        article = models.Article.objects.create(
            section=sections[meta["section"]],
            slug=slug,
            title=meta["title"],
            summary=meta["summary"],
            body=body,
            body_html=render_markdown(body),
            body_text=plain_text(body),
            **_search_text(models.Article, meta["title"], meta["summary"], plain_text(body)),
            audience=meta.get("audience", "everyone"),
            position=int(meta.get("position", "0")),
            is_published=True,
            version=1,
            created_at=SHIPPED_AT,
            updated_at=SHIPPED_AT,
        )
        models.ArticleVersion.objects.create(
            article=article,
            number=1,
            title=article.title,
            summary=article.summary,
            body=body,
            published_at=SHIPPED_AT,
            note="Shipped with Direct Contracts.",
        )
        created[slug] = article
    for slug, meta, _ in shipped:
        if slug not in created:
            continue
        wanted = [s.strip() for s in meta.get("related", "").split(",") if s.strip()]
        created[slug].related.set(models.Article.objects.filter(slug__in=wanted))
    return len(created)


class CurrentModels:
    """The live models, for callers outside a migration."""

    def __init__(self) -> None:
        from directcontracts.helpcenter import models

        self.Category = models.Category
        self.Section = models.Section
        self.Article = models.Article
        self.ArticleVersion = models.ArticleVersion


def install_shipped_articles() -> int:
    return install(CurrentModels())
