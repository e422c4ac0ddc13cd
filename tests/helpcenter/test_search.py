"""Search: the same ranking on SQLite and PostgreSQL, the query highlighted."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.helpcenter.search import highlight, search_articles, terms_of
from tests.helpcenter.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_searching_for_paying_through_another_website_finds_the_dos_and_donts():
    hits = search_articles("another website asks for payment")
    assert "direct-contracts-dos-and-donts" in [h.article.slug for h in hits[:3]]


def test_a_title_match_ranks_above_a_body_match():
    ArticleFactory(slug="body-only", title="Something else", body="Mentions zebracorn once.")
    ArticleFactory(slug="in-title", title="All about zebracorn", body="Plain words.")
    assert [h.article.slug for h in search_articles("zebracorn")][:2] == ["in-title", "body-only"]


def test_the_query_is_highlighted_in_title_and_snippet():
    ArticleFactory(slug="zebra", title="Zebracorn care", body="Feed the zebracorn daily.")
    hit = search_articles("zebracorn")[0]
    assert "<mark>" in hit.title_html.lower()
    assert "<mark>" in hit.snippet_html.lower()
    assert "zebracorn</mark>" in hit.snippet_html.lower()


def test_article_text_in_results_is_escaped():
    ArticleFactory(slug="angle", title="Tags <b>bold</b> quokka", body="quokka <i>x</i>")
    hit = search_articles("quokka")[0]
    assert "<b>" not in hit.title_html
    assert "&lt;b&gt;" in hit.title_html


def test_unpublished_articles_are_not_found():
    ArticleFactory(slug="hidden", title="Secret wombat", is_published=False)
    assert search_articles("wombat") == []


def test_a_query_of_only_punctuation_finds_nothing():
    assert search_articles("!!! ???") == []


def test_a_very_long_query_is_refused_with_a_code():
    with pytest.raises(DomainError) as excinfo:
        search_articles("escrow " * 100)
    assert excinfo.value.code == "query_too_long"


def test_terms_are_bounded_and_distinct():
    assert terms_of("Escrow escrow FEES, fees! " + " ".join(f"w{i}" for i in range(30)))[:2] == [
        "escrow",
        "fees",
    ]
    assert len(terms_of(" ".join(f"w{i}" for i in range(30)))) == 10


def test_highlight_marks_every_occurrence_case_insensitively():
    assert str(highlight("Fees and FEES", ["fees"])) == "<mark>Fees</mark> and <mark>FEES</mark>"


def test_the_search_page_shows_results_and_keeps_the_query(client):
    page = client.get("/help/search/", {"q": "phishing"}).content.decode()
    assert "Recognising <mark>phishing</mark>" in page
    assert 'value="phishing"' in page


def test_the_search_page_refuses_a_long_query_clearly(client):
    response = client.get("/help/search/", {"q": "x" * 500})
    assert response.status_code == 400
    assert b"at most 200 characters" in response.content


def test_the_search_api_returns_highlighted_results(client):
    body = client.get("/api/v1/help/search", {"q": "two-factor"}).json()
    assert body["count"] >= 1
    assert body["results"][0]["slug"] == "two-factor-sign-in"
    assert "<mark>" in body["results"][0]["title_html"].lower()


def test_a_search_snippet_keeps_a_heading_apart_from_the_text_after_it():
    ArticleFactory(slug="refunds", title="Money back", body="## Refunds\n\nThe quokkafish pays it.")
    assert search_articles("quokkafish")[0].snippet_html.startswith(
        "Refunds \u2014 The <mark>quokkafish</mark> pays"
    )


def test_a_long_search_snippet_is_cut_between_words_with_an_ellipsis():
    words = " ".join(f"word{i:03d}" for i in range(200))
    ArticleFactory(slug="long", title="Long", body=f"{words} quetzal {words}")
    snippet = str(search_articles("quetzal")[0].snippet_html)
    assert snippet.startswith("\u2026word")
    assert snippet.endswith("\u2026")
    inner = snippet.strip("\u2026").replace("<mark>quetzal</mark>", "quetzal").split()
    assert all(w == "quetzal" or (w.startswith("word") and len(w) == 7) for w in inner)


def test_the_results_line_agrees_in_number_with_one_article(client):
    ArticleFactory(slug="only", title="Quokkafish", body="About the quokkafish.")
    page = client.get("/help/search/", {"q": "quokkafish"}).content.decode()
    assert "1 article matches “quokkafish”." in page
