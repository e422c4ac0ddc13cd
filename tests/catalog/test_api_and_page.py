import pytest
from django.template.loader import get_template

from directcontracts.catalog import services
from directcontracts.catalog.models import Category

pytestmark = pytest.mark.django_db


def test_categories_api_is_public_and_lists_the_current_catalog(client, frozen_clock):
    body = client.get("/api/v1/categories").json()
    assert body["version"] == 1
    slugs = [c["slug"] for c in body["categories"]]
    assert "web-mobile-software-dev" in slugs
    web = body["categories"][slugs.index("web-mobile-software-dev")]
    assert any(sub["slug"] == "web-development" for sub in web["subcategories"])


def test_categories_api_lists_what_is_never_allowed_and_banned(client, frozen_clock):
    body = client.get("/api/v1/categories").json()
    assert {i["code"] for i in body["never_allowed"]} == {
        "excluded.off_the_shelf",
        "excluded.physical",
    }
    assert {i["code"] for i in body["banned"]} == {
        "banned.illegal",
        "banned.fraudulent",
        "banned.misleading",
        "banned.sexual",
    }


def test_categories_api_shows_what_changed_and_when(client, frozen_clock, trust_safety_staff):
    draft = services.create_draft(by=trust_safety_staff)
    Category.objects.filter(version=draft, slug="game-development").delete()
    services.publish_version(version=draft, by=trust_safety_staff, summary="Games leave.")
    body = client.get("/api/v1/categories").json()
    latest = body["changes"][0]
    assert latest["version"] == draft.number
    assert latest["removed"] == ["game-development"]
    assert latest["effective_at"].startswith("2026-03-02")


def test_category_page_context_holds_the_catalog(client, frozen_clock):
    response = client.get("/categories/")
    assert response.status_code == 200
    assert response.context["catalog"]["version"] == 1


def test_category_page_shows_categories_and_the_never_allowed_list(client, frozen_clock):
    html = client.get("/categories/").content.decode()
    assert "Web Development" in html
    assert "Off-the-shelf products" in html
    assert "Largely physical tasks" in html
    assert "Sexually explicit content" in html


def test_category_page_template_extends_the_base_layout():
    template = get_template("catalog/category_list.html")
    assert '{% extends "base.html" %}' in template.template.source
