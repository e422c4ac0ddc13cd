"""The Help Center search API pages like the other API lists: `count` is every article the
query found (not the length of this page), with the `limit` and `offset` of the page."""

from __future__ import annotations

import pytest

from tests.helpcenter.factories import ArticleFactory

pytestmark = pytest.mark.django_db

FOUND = 7


@pytest.fixture
def zebracorns(db):
    for n in range(FOUND):
        ArticleFactory(slug=f"zebracorn-{n}", title=f"Zebracorn {n}", body="About the zebracorn.")


def _search(client, **params):
    response = client.get("/api/v1/help/search", {"q": "zebracorn", **params})
    assert response.status_code == 200
    return response.json()


def test_the_count_is_every_match_when_they_fill_more_than_one_page(client, zebracorns):
    body = _search(client, limit=3)
    assert (body["count"], len(body["results"])) == (FOUND, 3)


def test_the_answer_names_its_page_size_and_offset(client, zebracorns):
    body = _search(client, limit=3, offset=3)
    assert (body["limit"], body["offset"]) == (3, 3)


def test_the_pages_follow_on_without_repeating_a_match(client, zebracorns):
    pages = [_search(client, limit=3, offset=offset)["results"] for offset in (0, 3, 6)]
    slugs = [hit["slug"] for page in pages for hit in page]
    assert sorted(slugs) == sorted(f"zebracorn-{n}" for n in range(FOUND))


def test_an_offset_past_the_matches_is_an_empty_page_with_the_count(client, zebracorns):
    body = _search(client, offset=50)
    assert (body["count"], body["results"]) == (FOUND, [])


def test_a_negative_offset_is_refused_by_name(client, zebracorns):
    response = client.get("/api/v1/help/search", {"q": "zebracorn", "offset": -1})
    assert response.status_code == 422
    assert "offset" in response.content.decode()
