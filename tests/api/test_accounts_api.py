"""The accounts operations of /api/v1/, by token and by session."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client

from directcontracts.accounts import services
from directcontracts.accounts.models import ApiToken, User
from tests.accounts.factories import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def _bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def secret(freelancer) -> str:
    return services.create_api_token(user=freelancer, name="tests")[1]


def test_a_token_authenticates_get_me(client, freelancer, secret):
    response = client.get("/api/v1/me", headers=_bearer(secret))
    assert response.status_code == 200
    body = response.json()
    assert body["email"] == freelancer.email
    assert body["roles"] == ["freelancer"]
    assert body["email_verified"] is True


def test_the_session_authenticates_get_me(client, freelancer):
    client.force_login(freelancer)
    assert client.get("/api/v1/me").json()["id"] == freelancer.pk


def test_get_me_without_credentials_is_401_in_the_error_shape(client):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert response.json()["error"]["message"]


def test_a_revoked_token_gets_401_not_authenticated(client, freelancer):
    token, secret = services.create_api_token(user=freelancer, name="old")
    services.revoke_api_token(user=freelancer, token_id=token.pk)
    response = client.get("/api/v1/me", headers=_bearer(secret))
    assert response.status_code == 401
    assert response.json() == {
        "error": {
            "code": "not_authenticated",
            "message": response.json()["error"]["message"],
        }
    }


def test_an_unknown_token_on_a_post_gets_401_not_a_csrf_refusal():
    response = Client(enforce_csrf_checks=True).post(
        "/api/v1/tokens", {"name": "x"}, content_type="application/json", headers=_bearer("dc_nope")
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_post_tokens_creates_a_token_and_shows_the_secret_once(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        "/api/v1/tokens", {"name": "Deploy bot"}, content_type="application/json"
    )
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "Deploy bot"
    assert body["secret"].startswith("dc_")
    assert client.get("/api/v1/me", headers=_bearer(body["secret"])).status_code == 200


def test_listing_tokens_never_shows_secrets(client, freelancer, secret):
    response = client.get("/api/v1/tokens", headers=_bearer(secret))
    assert response.status_code == 200
    assert [t["name"] for t in response.json()] == ["tests"]
    assert "secret" not in response.json()[0]
    assert secret not in response.content.decode()


def test_listing_tokens_shows_only_my_own(client, freelancer, stranger_freelancer, secret):
    services.create_api_token(user=stranger_freelancer, name="theirs")
    names = [t["name"] for t in client.get("/api/v1/tokens", headers=_bearer(secret)).json()]
    assert names == ["tests"]


def test_delete_tokens_revokes_the_token(client, freelancer, secret):
    other, other_secret = services.create_api_token(user=freelancer, name="to revoke")
    response = client.delete(f"/api/v1/tokens/{other.pk}", headers=_bearer(secret))
    assert response.status_code == 204
    assert client.get("/api/v1/me", headers=_bearer(other_secret)).status_code == 401


def test_deleting_another_persons_token_is_404(client, freelancer, stranger_freelancer, secret):
    theirs, theirs_secret = services.create_api_token(user=stranger_freelancer, name="theirs")
    response = client.delete(f"/api/v1/tokens/{theirs.pk}", headers=_bearer(secret))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "token_not_found"
    assert client.get("/api/v1/me", headers=_bearer(theirs_secret)).status_code == 200


def test_post_accounts_signs_up_without_credentials(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v1/accounts",
            {"email": "Api.Person@Example.com", "password": DEFAULT_PASSWORD, "full_name": "Api"},
            content_type="application/json",
        )
    assert response.status_code == 202
    assert response.json()["email"] == "api.person@example.com"
    assert User.objects.filter(email="api.person@example.com", email_verified_at=None).exists()
    assert [m.to for m in mail.outbox] == [["api.person@example.com"]]


def test_post_accounts_with_a_taken_email_answers_exactly_as_for_a_new_one(client, freelancer):
    def sign_up(email):
        return client.post(
            "/api/v1/accounts",
            {"email": email, "password": DEFAULT_PASSWORD, "full_name": "Dup"},
            content_type="application/json",
        )

    taken, free = sign_up(freelancer.email.upper()), sign_up("free@example.com")
    assert taken.status_code == free.status_code == 202
    assert taken.json().keys() == free.json().keys()
    assert taken.json()["message"] == free.json()["message"]


def test_post_accounts_with_a_weak_password_is_400_and_creates_nothing(client):
    response = client.post(
        "/api/v1/accounts",
        {"email": "weak@example.com", "password": "Password2024!", "full_name": "Weak"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "weak_password"
    assert not User.objects.filter(email="weak@example.com").exists()


def test_post_accounts_without_a_role_is_refused(client):
    response = client.post(
        "/api/v1/accounts",
        {
            "email": "norole@example.com",
            "password": DEFAULT_PASSWORD,
            "full_name": "No Role",
            "as_freelancer": False,
        },
        content_type="application/json",
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_role"


def test_session_post_without_a_csrf_token_is_refused(freelancer):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(freelancer)
    response = browser.post("/api/v1/tokens", {"name": "x"}, content_type="application/json")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"
    assert not ApiToken.objects.exists()


def test_session_post_with_the_csrf_token_is_accepted(freelancer):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(freelancer)
    browser.get("/settings/")
    token = browser.cookies["csrftoken"].value
    response = browser.post(
        "/api/v1/tokens",
        {"name": "x"},
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 201


def test_token_request_needs_no_csrf_token(freelancer, secret):
    other, _ = services.create_api_token(user=freelancer, name="to revoke")
    response = Client(enforce_csrf_checks=True).delete(
        f"/api/v1/tokens/{other.pk}", headers=_bearer(secret)
    )
    assert response.status_code == 204


def test_a_token_cannot_make_another_token_and_nothing_is_created(client, freelancer, secret):
    response = client.post(
        "/api/v1/tokens",
        {"name": "offspring"},
        content_type="application/json",
        headers=_bearer(secret),
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "token_cannot_make_tokens"
    assert list(ApiToken.objects.values_list("name", flat=True)) == ["tests"]


def test_a_token_cannot_make_a_token_even_alongside_a_signed_in_session(client, freelancer, secret):
    client.force_login(freelancer)
    response = client.post(
        "/api/v1/tokens",
        {"name": "offspring"},
        content_type="application/json",
        headers=_bearer(secret),
    )
    assert response.status_code == 403
    assert not ApiToken.objects.filter(name="offspring").exists()
