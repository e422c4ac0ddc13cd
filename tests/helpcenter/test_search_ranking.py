"""Search ranks like a help center: every word first, the phrase, then most words, titles
above bodies, English endings and accents ignored, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from directcontracts.helpcenter.search import rank_articles, search_articles
from directcontracts.helpcenter.searchtext import stem
from tests.helpcenter.factories import ArticleFactory
from tests.querycount import queries_made

pytestmark = pytest.mark.django_db


def _slugs(query: str) -> list[str]:
    return [hit.article.slug for hit in search_articles(query)]


def test_a_plural_finds_the_singular():
    ArticleFactory(slug="one-quokkafish", title="Feeding a quokkafish", body="Plain words.")
    assert "one-quokkafish" in _slugs("quokkafishes")


def test_a_past_tense_finds_the_present():
    ArticleFactory(slug="zorbles", title="When we zorble", body="Plain words.")
    assert _slugs("zorbled") == ["zorbles"]


def test_english_endings_come_off_to_the_same_stem():
    assert {stem(w) for w in ("refund", "refunds", "refunded", "refunding")} == {"refund"}
    assert stem("policies") == stem("policy")
    assert stem("stopped") == stem("stop")


def test_a_word_typed_without_its_accents_finds_the_accented_word():
    ArticleFactory(slug="cafe", title="Paying a Cafébrand invoice", body="Plain words.")
    assert _slugs("cafebrand") == ["cafe"]


def test_a_word_typed_with_accents_finds_the_plain_word():
    ArticleFactory(slug="resume", title="Sending your resumebox", body="Plain words.")
    assert _slugs("résumébox") == ["resume"]


def test_an_article_with_every_word_ranks_above_one_with_a_word_many_times_in_its_title():
    ArticleFactory(slug="one-word", title="Zebracorn zebracorn zebracorn", body="Zebracorn.")
    ArticleFactory(slug="all-words", title="Other", body="The zebracorn and the quokkafish.")
    assert _slugs("zebracorn quokkafish")[:2] == ["all-words", "one-word"]


def test_with_no_article_having_every_word_the_one_with_most_words_comes_first():
    ArticleFactory(slug="one-in-title", title="Zebracorn guide", body="Plain words.")
    ArticleFactory(slug="two-in-body", title="Other", body="A zebracorn meets a quokkafish.")
    assert _slugs("zebracorn quokkafish wombatling")[:2] == ["two-in-body", "one-in-title"]


def test_the_words_side_by_side_rank_above_the_same_words_apart():
    ArticleFactory(
        slug="apart", title="Zebracorn rules", body="A quokkafish, later, and more words."
    )
    ArticleFactory(slug="phrase", title="Other", body="Ask about the zebracorn quokkafish here.")
    assert _slugs("zebracorn quokkafish")[:2] == ["phrase", "apart"]


def test_common_words_in_a_question_do_not_decide_the_results():
    ArticleFactory(slug="about-it", title="The zebracorn", body="Plain words.")
    ArticleFactory(slug="only-common", title="How do I do it", body="How can I do this?")
    found = _slugs("how do I get a zebracorn")
    assert found[0] == "about-it"
    assert "only-common" not in found


def test_the_stemmed_word_is_highlighted_whole():
    ArticleFactory(slug="hl", title="Quokkafishes explained", body="Two quokkafishes swim.")
    hit = search_articles("quokkafish")[0]
    assert "<mark>Quokkafishes</mark>" in hit.title_html
    assert "<mark>quokkafishes</mark>" in hit.snippet_html


def test_a_query_finding_nothing_ranks_nothing():
    ArticleFactory(slug="x", title="Zebracorn", body="Plain.")
    ranked = rank_articles("wombatling")
    assert ranked.ids == []


def test_a_search_makes_the_same_queries_for_one_hit_and_for_many(client):
    ArticleFactory(slug="first-z", title="Zebracorn 0", body="About the zebracorn.")

    def load():
        return client.get("/help/search/", {"q": "zebracorn"})

    load()
    few = queries_made(load)
    for n in range(1, 25):
        ArticleFactory(slug=f"z-{n}", title=f"Zebracorn {n}", body="About the zebracorn.")
    assert len(queries_made(load)) == len(few)


def test_the_search_page_shows_ten_results_a_page_and_links_the_next(client):
    for n in range(12):
        ArticleFactory(slug=f"p-{n:02d}", title=f"Zebracorn {n:02d}", body="Zebracorn.")
    first = client.get("/help/search/", {"q": "zebracorn"}).content.decode()
    assert first.count('<h2 class="search-title">') == 10
    assert "12 articles match" in first
    assert "q=zebracorn&amp;page=2" in first
    second = client.get("/help/search/", {"q": "zebracorn", "page": 2}).content.decode()
    assert second.count('<h2 class="search-title">') == 2
    assert 'start="11"' in second


def test_the_search_page_says_when_no_article_has_every_word(client):
    ArticleFactory(slug="some", title="Zebracorn", body="Plain.")
    page = client.get("/help/search/", {"q": "zebracorn wombatling"}).content.decode()
    assert "None has all of your words" in page


def test_a_search_that_finds_nothing_suggests_popular_articles_and_get_help(client):
    page = client.get("/help/search/", {"q": "wombatling"}).content.decode()
    assert "No article matches “wombatling”." in page
    assert "Popular articles" in page
    assert 'href="/help/' in page.split("Popular articles", 1)[1]
    assert 'href="/support/new/"' in page
