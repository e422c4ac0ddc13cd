"""A JSON body is read only when sent as JSON: another site can make a visitor's browser send
text/plain, urlencoded or multipart bodies without a CORS preflight, and the endpoints any
visitor may use would take them, from each visitor's own address (so no per-address limit
holds them back)."""

from __future__ import annotations

import pytest

from directcontracts.helpcenter.models import ArticleVote
from tests.helpcenter.factories import ArticleFactory

pytestmark = pytest.mark.django_db

CROSS_SITE_TYPES = [
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "",
]


@pytest.fixture
def article():
    return ArticleFactory(slug="escrow-basics-json", title="Escrow basics")


@pytest.mark.parametrize("media_type", CROSS_SITE_TYPES)
def test_a_helpful_vote_sent_as_a_cross_site_form_is_refused(client, article, media_type):
    response = client.post(
        f"/api/v1/help/articles/{article.slug}/votes", '{"helpful": true}', content_type=media_type
    )
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"
    assert not ArticleVote.objects.exists()


@pytest.mark.parametrize("media_type", CROSS_SITE_TYPES[:2])
def test_a_payment_request_check_sent_as_a_cross_site_form_is_refused(client, media_type):
    response = client.post(
        "/api/v1/verify", '{"text": "DC-7K3Q-9XWM-P2HD-4R"}', content_type=media_type
    )
    assert response.status_code == 415


@pytest.mark.parametrize("media_type", ["application/json", "application/json; charset=utf-8"])
def test_a_json_body_sent_as_json_is_read(client, article, media_type):
    response = client.post(
        f"/api/v1/help/articles/{article.slug}/votes", '{"helpful": true}', content_type=media_type
    )
    assert response.status_code == 200
    assert ArticleVote.objects.count() == 1
