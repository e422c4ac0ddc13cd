"""An article's Markdown is rendered once, when it is saved through the service; a reader's
view serves the stored, sanitised HTML (a 50,000-character article took 200-500 ms to render),
and an edit shows at once. `bench/help_article.py` prints the cost of both."""

from __future__ import annotations

import pytest

from directcontracts.helpcenter import markdown, services
from tests.helpcenter.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_the_article_page_renders_no_markdown_on_view(client, monkeypatch):
    article = ArticleFactory(body="Some **helpful** words.\n\n" + "More words. " * 4000)
    calls = []
    real = markdown._renderer.render
    monkeypatch.setattr(markdown._renderer, "render", lambda *a: calls.append(a) or real(*a))
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<strong>helpful</strong>" in page
    assert calls == []


def test_the_api_article_renders_no_markdown_on_view(client, monkeypatch):
    article = ArticleFactory()
    calls = []
    real = markdown._renderer.render
    monkeypatch.setattr(markdown._renderer, "render", lambda *a: calls.append(a) or real(*a))
    body = client.get(f"/api/v1/help/articles/{article.slug}").json()
    assert "<strong>helpful</strong>" in body["body_html"]
    assert calls == []


def test_an_edit_shows_on_the_page_at_once(client):
    article = ArticleFactory(body="The review period is **7 days**.")
    assert "<strong>7 days</strong>" in client.get(article.get_absolute_url()).content.decode()
    article.body = "The review period is **14 days**."
    article.save(update_fields=["body"])
    services.publish_article(article=article)  # what the back office's save does
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<strong>14 days</strong>" in page
    assert "7 days" not in page


def test_the_stored_html_is_sanitised_like_a_fresh_rendering(client):
    article = ArticleFactory(body="<script>alert(1)</script> [x](javascript:alert(1)) **ok**")
    page = client.get(article.get_absolute_url()).content.decode()
    assert article.body_html == markdown.render_markdown(article.body)
    assert "<script>alert(1)" not in page
    assert 'href="javascript:' not in page
