"""An article page without related articles picked by staff offers its section's, and
the staff feedback page counts the "What was missing?" answers of each article."""

from __future__ import annotations

import pytest

from directcontracts.helpcenter.services import cast_vote, explain_no_vote
from tests.accounts.helpers import sign_in_as
from tests.helpcenter.factories import ArticleFactory, SectionFactory
from tests.helpcenter.helpers import visitor

pytestmark = pytest.mark.django_db


def related_part(client, article) -> str:
    page = client.get(f"/help/{article.slug}/").content.decode()
    return page.split('id="related-title"', 1)[1] if 'id="related-title"' in page else ""


def test_an_article_without_picks_offers_the_other_articles_of_its_section_only(client):
    section = SectionFactory()
    article = ArticleFactory(section=section, title="Reading fees")
    ArticleFactory(section=section, title="Fees for clients")
    ArticleFactory(title="Elsewhere entirely")
    part = related_part(client, article)
    assert ("Fees for clients" in part, "Elsewhere entirely" in part) == (True, False)


def no_with_answers(article, count, start=0):
    for n in range(start, start + count):
        cast_vote(article=article, voter=visitor(n), helpful=False)
        explain_no_vote(article=article, voter=visitor(n), missing=f"Missing thing {n}")


def test_staff_see_how_many_said_what_was_missing_on_each_article(client, support_staff):
    no_with_answers(ArticleFactory(title="Fees explained"), 3)
    no_with_answers(ArticleFactory(title="Escrow explained"), 1, start=10)
    sign_in_as(client, support_staff)
    page = client.get("/help/staff/feedback/").content.decode()
    table = page.split('data-testid="answers-per-article"', 1)[1].split("</table>", 1)[0]
    assert table.index("Fees explained") < table.index("3 answers") < table.index("Escrow")
