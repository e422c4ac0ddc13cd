"""A signed-in person's vote under real concurrent connections (PostgreSQL): one vote per
person and round, whatever cookie each request carries."""

from __future__ import annotations

import pytest

from directcontracts.helpcenter.models import ArticleVote
from directcontracts.helpcenter.services import cast_vote, voter_for
from tests.concurrency import run_together
from tests.helpcenter.factories import ArticleFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

WORKERS = 10


def test_a_signed_in_person_voting_many_times_at_once_counts_once(client_user):
    article = ArticleFactory(slug="double-clicked")
    votes = [
        lambda n=n: cast_vote(
            article=article,
            voter=voter_for(user=client_user, visitor_token=f"cookie-{n:020d}", address=None),
            helpful=n % 2 == 0,
        )
        for n in range(WORKERS)
    ]
    outcomes = run_together(votes, workers=WORKERS)
    assert [o for o in outcomes if isinstance(o, Exception)] == []
    assert ArticleVote.objects.filter(article=article).count() == 1
