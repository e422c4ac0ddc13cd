"""An article's Markdown is rendered once, when it is saved through the service; a reader's
view serves the stored, sanitised HTML (a 50,000-character article took 200-500 ms to render),
and an edit shows at once. `bench/help_article.py` prints the cost of both."""

from __future__ import annotations

import hashlib

import pytest
from django.core.management import call_command

from directcontracts.helpcenter import markdown, services
from directcontracts.helpcenter.models import Article
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


# A sample touching each rule of the renderer: headings, emphasis, lists, a table, links
# (allowed and not), code, raw HTML shown as text, and a bold line acting as a heading.
RENDERER_SAMPLE = """# Refunds

**Do**

- ask for a *partial* refund
- read [the fees](https://example.com/fees "Fees") and [this](javascript:alert(1))

| step | who |
|:-----|----:|
| fund | client |

<img src=x onerror=alert(1)> `code` and a <abbr>tag</abbr>.

> A quote ends here
"""


def test_the_renderer_output_is_pinned_to_its_version():
    """If this fails, the renderer's output changed (a rule here or an upgrade of markdown-it-py
    or nh3): bump markdown.RENDERER_VERSION so stored articles are rendered again after
    `migrate`, then update the expected digest."""
    output = (
        markdown.render_markdown(RENDERER_SAMPLE) + "\n--\n" + markdown.plain_text(RENDERER_SAMPLE)
    )
    digest = hashlib.sha256(output.encode()).hexdigest()[:16]
    assert (markdown.RENDERER_VERSION, digest) == (1, "2a9c91eb923e4239")


def test_publishing_records_the_renderer_that_made_the_html():
    article = ArticleFactory()
    Article.objects.filter(pk=article.pk).update(rendered_with=0)
    services.publish_article(article=article)
    article.refresh_from_db()
    assert article.rendered_with == markdown.RENDERER_VERSION


def test_an_article_from_an_older_renderer_is_rendered_again(monkeypatch):
    article = ArticleFactory(body="Still **bold**.")
    Article.objects.filter(pk=article.pk).update(body_html="<p>old</p>", rendered_with=0)
    assert services.rerender_stale_articles() == 1
    article.refresh_from_db()
    assert article.body_html == markdown.render_markdown("Still **bold**.")
    assert article.rendered_with == markdown.RENDERER_VERSION


def test_rendering_again_keeps_the_version_and_last_updated_date():
    article = ArticleFactory()
    before = (article.version, article.updated_at, article.versions.count())
    Article.objects.filter(pk=article.pk).update(rendered_with=0)
    services.rerender_stale_articles()
    article.refresh_from_db()
    assert (article.version, article.updated_at, article.versions.count()) == before


def test_articles_of_the_current_renderer_are_left_alone():
    ArticleFactory()
    assert services.rerender_stale_articles() == 0


def test_migrate_renders_stale_articles_again():
    article = ArticleFactory(body="Fresh **words**.")
    Article.objects.filter(pk=article.pk).update(body_html="<p>old</p>", rendered_with=0)
    call_command("migrate", verbosity=0)
    article.refresh_from_db()
    assert "<strong>words</strong>" in article.body_html
