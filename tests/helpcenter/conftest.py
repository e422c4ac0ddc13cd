from __future__ import annotations

import pytest

from directcontracts.helpcenter.services import Voter
from tests.helpcenter.factories import ArticleFactory


@pytest.fixture
def article(db):
    return ArticleFactory(slug="how-escrow-works-test", title="How escrow works (test)")


def visitor(n: int, address: str = "198.51.100.7") -> Voter:
    return Voter(key=f"visitor:{n:064d}", address=address)
