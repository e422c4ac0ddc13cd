from __future__ import annotations

import pytest

from tests.helpcenter.factories import ArticleFactory


@pytest.fixture
def article(db):
    return ArticleFactory(slug="how-escrow-works-test", title="How escrow works (test)")
