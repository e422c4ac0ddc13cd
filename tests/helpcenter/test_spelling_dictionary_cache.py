"""The typo dictionary is cached without a query, and forgotten when an article changes."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directcontracts.helpcenter.models import Article
from directcontracts.helpcenter.search import rank_articles
from directcontracts.helpcenter.services import rerender_stale_articles
from tests.helpcenter.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def quokkas(db):
    return ArticleFactory(slug="quokka-care", title="Quokka care", body="Feeding a quokka.")


def test_a_misspelt_search_with_the_dictionary_cached_asks_only_for_candidates(quokkas):
    rank_articles("qoukka")  # builds the dictionary
    with CaptureQueriesContext(connection) as captured:
        ranked = rank_articles("qoukka")
    assert ranked.corrected_query == "quokka"
    # The candidates as typed, then as corrected: nothing to look up the dictionary.
    assert len(captured.captured_queries) == 2


def test_a_new_article_is_in_the_dictionary_at_once(quokkas):
    rank_articles("qoukka")
    ArticleFactory(slug="wombats", title="Wombat burrows", body="Where wombats sleep.")
    assert rank_articles("wombta").corrected_query == "wombat"


def test_an_article_taken_down_leaves_the_dictionary(quokkas):
    rank_articles("qoukka")
    quokkas.is_published = False
    quokkas.save(update_fields=["is_published"])  # as the back office saves it
    assert rank_articles("qoukka").corrected_query == ""


def test_articles_rendered_again_after_an_upgrade_are_in_the_dictionary_again(quokkas):
    rank_articles("qoukka")
    # What a renderer upgrade does: the stored text changes by `update`, without a signal.
    Article.objects.filter(pk=quokkas.pk).update(body="Feeding a wallaby.", rendered_with=0)
    rerender_stale_articles()
    assert rank_articles("walaby").corrected_query == "wallaby"
