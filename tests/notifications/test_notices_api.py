from __future__ import annotations

import pytest

from directcontracts.accounts import services as account_services
from tests.notifications.factories import NoticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    """An API client for a person: `api(user).get(path)` with their bearer token."""

    def for_user(user):
        _, secret = account_services.create_api_token(user=user, name="tests")
        client.defaults["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
        return client

    return for_user


def test_listing_needs_authentication(client):
    response = client.get("/api/v1/notifications")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_listing_returns_my_notices_newest_first(api, freelancer, stranger_freelancer):
    older, newer = NoticeFactory(recipient=freelancer), NoticeFactory(recipient=freelancer)
    NoticeFactory(recipient=stranger_freelancer)
    body = api(freelancer).get("/api/v1/notifications").json()
    assert [item["id"] for item in body["items"]] == [newer.pk, older.pk]
    assert body["unread_count"] == 2
    assert body["next_cursor"] is None
    assert set(body["items"][0]) == {
        "id",
        "kind",
        "title",
        "about",
        "body",
        "url",
        "link_text",
        "created_at",
        "read_at",
        "unread",
    }


def test_a_listed_notice_names_the_contract_it_is_about(api, freelancer):
    NoticeFactory(recipient=freelancer, about="Contract #12: Logo design")
    body = api(freelancer).get("/api/v1/notifications").json()
    assert body["items"][0]["about"] == "Contract #12: Logo design"


def test_listing_pages_with_a_cursor(api, freelancer):
    notices = NoticeFactory.create_batch(5, recipient=freelancer)
    client = api(freelancer)
    first = client.get("/api/v1/notifications?limit=2").json()
    second = client.get(f"/api/v1/notifications?limit=2&cursor={first['next_cursor']}").json()
    third = client.get(f"/api/v1/notifications?limit=2&cursor={second['next_cursor']}").json()
    ids = [i["id"] for page in (first, second, third) for i in page["items"]]
    assert ids == [n.pk for n in reversed(notices)]
    assert third["next_cursor"] is None


def test_listing_only_unread(api, freelancer, frozen_clock):
    unread = NoticeFactory(recipient=freelancer)
    NoticeFactory(recipient=freelancer, read_at=frozen_clock.now())
    body = api(freelancer).get("/api/v1/notifications?unread=true").json()
    assert [i["id"] for i in body["items"]] == [unread.pk]


def test_a_limit_over_100_is_a_validation_error(api, freelancer):
    response = api(freelancer).get("/api/v1/notifications?limit=1000")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "validation_error"


def test_marking_one_read_through_the_api(api, freelancer):
    notice = NoticeFactory(recipient=freelancer)
    response = api(freelancer).post(f"/api/v1/notifications/{notice.pk}/read")
    assert response.status_code == 200
    assert response.json()["unread"] is False
    assert response.json()["read_at"] is not None


def test_a_stranger_marking_my_notice_through_the_api_gets_404(
    api, freelancer, stranger_freelancer
):
    notice = NoticeFactory(recipient=freelancer)
    response = api(stranger_freelancer).post(f"/api/v1/notifications/{notice.pk}/read")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "notice_not_found"


def test_marking_all_read_through_the_api(api, freelancer, stranger_freelancer):
    NoticeFactory.create_batch(2, recipient=freelancer)
    NoticeFactory(recipient=stranger_freelancer)
    response = api(freelancer).post("/api/v1/notifications/read-all")
    assert response.json() == {"marked": 2}
