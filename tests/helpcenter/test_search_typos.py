"""Search tolerates typing slips: a word no article has is read as the nearest one they have."""

from __future__ import annotations

import pytest

from directcontracts.helpcenter.search import rank_articles, search_articles
from directcontracts.helpcenter.spelling import dictionary, nearest
from tests.helpcenter.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def quokkas(db):
    ArticleFactory(slug="quokka-care", title="Quokka care", body="Feeding a quokka properly.")
    ArticleFactory(slug="wombat-burrows", title="Wombat burrows", body="Where wombats sleep.")


def test_a_misspelt_word_finds_the_article_with_the_word_meant(quokkas):
    assert [h.article.slug for h in search_articles("qoukka")] == ["quokka-care"]


def test_the_search_says_which_words_it_searched_for_instead(quokkas):
    assert rank_articles("qoukka burows").corrected_query == "quokka burrows"


def test_a_query_found_as_typed_is_not_corrected(quokkas):
    assert rank_articles("quokka").corrected_query == ""


def test_the_start_of_a_word_is_still_a_prefix_not_a_typo(quokkas):
    ranked = rank_articles("wom")
    assert ranked.corrected_query == ""
    assert len(ranked.ids) == 1


def test_a_word_far_from_every_article_word_finds_nothing(quokkas):
    ranked = rank_articles("zzzqqq")
    assert ranked.ids == []
    assert ranked.corrected_query == ""


def test_short_words_are_not_guessed(quokkas):
    assert nearest("wom", dictionary()) is None


def test_the_corrected_words_are_highlighted_in_the_results(quokkas):
    hit = search_articles("qoukka")[0]
    assert "<mark>Quokka</mark>" in hit.title_html


def test_a_dropped_letter_is_preferred_to_a_changed_one():
    known = {"withdrawn": ("withdrawn", 9), "withdrawal": ("withdrawal", 1)}
    assert nearest("withdrawl", known) == "withdrawal"


def test_a_word_one_slip_from_a_stem_shows_the_article_word_not_the_stem(db):
    ArticleFactory(slug="verify", title="Verifying a request", body="Verifying takes seconds.")
    assert rank_articles("verifiy request").corrected_query == "verifying request"


def test_swapping_two_neighbouring_letters_is_one_slip():
    assert nearest("escorw", {"escrow": ("escrow", 1)}) == "escrow"


def test_two_slips_in_a_short_word_are_too_many():
    assert nearest("escorq", {"escrow": ("escrow", 1)}) is None


def test_the_search_page_says_what_it_searched_for(client, quokkas):
    response = client.get("/help/search/", {"q": "qoukka"})
    assert "Showing results for “<strong>quokka</strong>”" in response.content.decode()


def test_the_api_names_the_corrected_query(client, quokkas):
    body = client.get("/api/v1/help/search", {"q": "qoukka"}).json()
    assert (body["corrected_query"], body["count"]) == ("quokka", 1)
