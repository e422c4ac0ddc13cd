"""Counts stay exact when many people vote at once (real connections on PostgreSQL)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from directcontracts.helpcenter.models import ArticleVote
from directcontracts.helpcenter.services import cast_vote
from tests.helpcenter.factories import ArticleFactory
from tests.helpcenter.helpers import visitor

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

THREADS = 24


def _run_at_once(work) -> list[BaseException]:
    barrier = threading.Barrier(THREADS)
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            barrier.wait()
            work(n)
        except BaseException as exc:  # collected and re-raised by the test
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_concurrent_votes_by_different_people_all_count_exactly(settings):
    settings.HELP_VOTE_LIMIT_PER_ADDRESS = 10_000
    article = ArticleFactory(slug="busy")
    errors = _run_at_once(
        lambda n: cast_vote(article=article, voter=visitor(n, f"10.0.0.{n}"), helpful=n % 3 != 0)
    )
    assert errors == []
    counts = ArticleVote.objects.filter(article=article).counts()
    assert counts == {"helpful": THREADS - THREADS // 3, "total": THREADS}


def test_one_person_voting_many_times_at_once_counts_once(settings):
    settings.HELP_VOTE_LIMIT_PER_ADDRESS = 10_000
    article = ArticleFactory(slug="hammered")
    errors = _run_at_once(
        lambda n: cast_vote(article=article, voter=visitor(7), helpful=n % 2 == 0)
    )
    assert errors == []
    assert ArticleVote.objects.filter(article=article).count() == 1
    assert ArticleVote.objects.filter(article=article).counts()["total"] == 1
