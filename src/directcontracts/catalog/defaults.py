"""The default catalog that ships with the project, installed as version 1.

Used by the data migration (with historical models) and by `install_default_catalog`.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

DEFAULT_CATALOG_PATH = Path(__file__).resolve().parent / "data" / "default_catalog.json"


def load_default_catalog() -> dict[str, Any]:
    return json.loads(DEFAULT_CATALOG_PATH.read_text(encoding="utf-8"))


def install(version_model: Any, category_model: Any) -> bool:
    """Create the default catalog as published version 1 unless a catalog exists already."""
    if version_model.objects.exists():
        return False
    data = load_default_catalog()
    effective_at = datetime.fromisoformat(data["effective_at"])
    version = version_model.objects.create(
        number=data["version"],
        status="published",
        effective_at=effective_at,
        published_at=effective_at,
        summary=data["summary"],
        changes={"added": [c["slug"] for c in data["categories"]], "removed": [], "renamed": []},
    )
    for position, cat in enumerate(data["categories"]):
        parent = category_model.objects.create(
            version=version,
            slug=cat["slug"],
            name=cat["name"],
            description=cat["description"],
            fits=cat.get("fits", []),
            does_not_fit=cat.get("does_not_fit", []),
            position=position,
        )
        for sub_position, sub in enumerate(cat.get("subcategories", [])):
            category_model.objects.create(
                version=version,
                parent=parent,
                slug=sub["slug"],
                name=sub["name"],
                description=sub.get("description", ""),
                fits=sub.get("fits", []),
                does_not_fit=sub.get("does_not_fit", []),
                position=sub_position,
            )
    return True
