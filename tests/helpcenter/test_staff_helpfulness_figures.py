"""The staff feedback page gives Support the "N out of M found this helpful" figure of each
article, the least helpful first, and counts the "No" answers it lists."""

from __future__ import annotations

import pytest

from directcontracts.helpcenter.services import cast_vote, explain_no_vote
from tests.accounts.helpers import sign_in_as
from tests.helpcenter.factories import ArticleFactory
from tests.helpcenter.helpers import visitor

pytestmark = pytest.mark.django_db


def _votes(article, *, yes: int, no: int, start: int = 0) -> None:
    for n in range(start, start + yes + no):
        cast_vote(
            article=article, voter=visitor(n, f"198.51.100.{n % 200}"), helpful=n < start + yes
        )


def _figures(page: str) -> str:
    return page.split('data-testid="helpfulness-figures"', 1)[1].split("</section>", 1)[0]


def _feedback_page(client, staff) -> str:
    sign_in_as(client, staff)
    return client.get("/help/staff/feedback/").content.decode()


def test_the_feedback_page_shows_n_out_of_m_found_each_article_helpful(client, support_staff):
    article = ArticleFactory(title="Fees explained")
    _votes(article, yes=3, no=1)
    figures = _figures(_feedback_page(client, support_staff))
    assert "Fees explained" in figures
    assert "3 out of 4" in figures
    assert "75%" in figures


def test_the_least_helpful_article_comes_first(client, support_staff):
    _votes(ArticleFactory(title="Mostly helpful"), yes=3, no=1)
    _votes(ArticleFactory(title="Rarely helpful"), yes=1, no=3, start=10)
    figures = _figures(_feedback_page(client, support_staff))
    assert figures.index("Rarely helpful") < figures.index("Mostly helpful")


def test_an_article_nobody_voted_on_is_left_out_of_the_figures(client, support_staff):
    ArticleFactory(title="Nobody voted")
    figures = _figures(_feedback_page(client, support_staff))
    assert "Nobody voted" not in figures
    assert "No votes yet." in figures


def test_the_feedback_page_counts_the_no_answers_it_lists(client, support_staff):
    article = ArticleFactory()
    for n in range(2):
        cast_vote(article=article, voter=visitor(n), helpful=False)
        explain_no_vote(article=article, voter=visitor(n), missing=f"Missing thing {n}")
    page = _feedback_page(client, support_staff)
    assert 'data-testid="feedback-count">2 answers</span>' in page
