"""Search reads words run together apart, and finds a word in its other forms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directcontracts.helpcenter.models import Article
from directcontracts.helpcenter.search import rank_articles, search_articles
from directcontracts.helpcenter.searchtext import fold, stem
from tests.helpcenter.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def first_found(query: str) -> str:
    return search_articles(query)[0].article.slug


@pytest.fixture
def articles(db):
    Article.objects.all().delete()  # the shipped articles have these words too
    ArticleFactory(slug="two-step", title="Two-factor sign-in", body="A code from an app.")
    ArticleFactory(slug="payouts", title="When a payout failed", body="The bank refused it.")
    ArticleFactory(slug="keep-safe", title="Keeping your account secure", body="Use a password.")
    ArticleFactory(slug="verify", title="Verify a payment request", body="Check the link.")


def test_two_words_typed_together_find_the_article_with_them_apart(articles):
    assert first_found("twofactor") == "two-step"


def test_words_run_together_are_searched_and_said_apart(articles):
    assert rank_articles("payoutfailed").corrected_query == "payout failed"


def test_a_run_together_word_whose_halves_are_not_article_words_is_not_split(articles):
    assert rank_articles("zebraquokka").ids == []


def test_a_noun_finds_its_adjective(articles):
    assert first_found("security") == "keep-safe"


def test_an_adverb_finds_its_adjective(articles):
    assert first_found("securely") == "keep-safe"


def test_a_past_tense_in_ied_finds_the_verb(articles):
    assert first_found("verified") == "verify"


@pytest.mark.parametrize(
    ("forms", "shared"),
    [
        (("secure", "securely", "security"), "secur"),
        (("dispute", "disputed", "disputes", "disputing"), "disput"),
        (("refund", "refunds", "refunded", "refunding"), "refund"),
        (("verify", "verified", "verifies", "verifying"), "verify"),
    ],
)
def test_the_forms_of_a_word_share_one_stem(forms, shared):
    assert {stem(form) for form in forms} == {shared}


@pytest.mark.parametrize("word", ["city", "likely", "entity"])
def test_short_words_keep_their_endings(word):
    assert stem(word) == word


def test_failure_finds_the_article_about_a_payout_that_failed(articles):
    assert first_found("failure") == "payouts"


def test_verification_finds_the_article_about_verifying(articles):
    assert first_found("verification") == "verify"


SUPPORT_WORDS = json.loads(
    (Path(__file__).parent / "data" / "support_word_forms.json").read_text()
)["words"]


@pytest.mark.parametrize("word", sorted(SUPPORT_WORDS))
def test_every_form_of_a_common_support_word_shares_one_stem(word):
    assert len({stem(fold(form)) for form in SUPPORT_WORDS[word]}) == 1
