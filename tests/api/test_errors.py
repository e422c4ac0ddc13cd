"""Every API error has the shape {"error": {"code", "message"}} and a clear 4xx."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import User
from tests.accounts.factories import DEFAULT_PASSWORD

pytestmark = pytest.mark.django_db


def _error(response) -> dict:
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["message"]
    return body["error"]


def test_malformed_json_is_400_malformed_json(client):
    response = client.post("/api/v1/accounts", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert _error(response)["code"] == "malformed_json"


def test_malformed_json_writes_nothing(client):
    client.post("/api/v1/accounts", '{"email": "a@example.com", ', content_type="application/json")
    assert not User.objects.exists()


def test_a_body_that_is_not_utf8_is_malformed_json(client):
    response = client.post("/api/v1/accounts", b"\xff\xfe\x00", content_type="application/json")
    assert response.status_code == 400
    assert _error(response)["code"] == "malformed_json"


def test_an_oversized_body_is_413_payload_too_large(client, settings):
    body = '{"name": "' + "x" * (settings.API_MAX_BODY_BYTES + 1) + '"}'
    response = client.post("/api/v1/accounts", body, content_type="application/json")
    assert response.status_code == 413
    assert _error(response)["code"] == "payload_too_large"


def test_wrong_types_are_422_validation_error_with_fields(client):
    response = client.post(
        "/api/v1/accounts",
        {"email": "ok@example.com", "password": DEFAULT_PASSWORD, "full_name": ["not", "text"]},
        content_type="application/json",
    )
    assert response.status_code == 422
    error = _error(response)
    assert error["code"] == "validation_error"
    assert [f["field"] for f in error["details"]["fields"]] == ["payload.full_name"]


def test_missing_fields_are_422_and_each_is_named(client):
    response = client.post("/api/v1/accounts", {}, content_type="application/json")
    assert response.status_code == 422
    fields = {f["field"] for f in _error(response)["details"]["fields"]}
    assert {"payload.email", "payload.password", "payload.full_name"} <= fields


def test_an_invalid_email_is_422(client):
    response = client.post(
        "/api/v1/accounts",
        {"email": "not-an-email", "password": DEFAULT_PASSWORD, "full_name": "X"},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert not User.objects.exists()


def test_an_empty_body_is_422(client):
    response = client.post("/api/v1/accounts", "", content_type="application/json")
    assert response.status_code == 422
    assert _error(response)["code"] == "validation_error"


def test_a_json_array_instead_of_an_object_is_422(client):
    response = client.post("/api/v1/accounts", "[1, 2]", content_type="application/json")
    assert response.status_code == 422


def test_a_non_numeric_path_id_is_422_naming_the_parameter(client, freelancer):
    client.force_login(freelancer)
    response = client.delete("/api/v1/tokens/abc")
    assert response.status_code == 422
    assert [f["field"] for f in _error(response)["details"]["fields"]] == ["token_id"]


def test_an_unknown_route_is_404_not_found_in_the_error_shape(client):
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert _error(response)["code"] == "not_found"


def test_an_unknown_nested_route_is_404_in_the_error_shape(client):
    response = client.post("/api/v1/tokens/1/2/3", {}, content_type="application/json")
    assert response.status_code == 404
    assert _error(response)["code"] == "not_found"


def test_a_wrong_method_is_405_in_the_error_shape(client, freelancer):
    client.force_login(freelancer)
    response = client.put("/api/v1/me", {}, content_type="application/json")
    assert response.status_code == 405
    assert _error(response)["code"] == "method_not_allowed"
    assert "GET" in response["Allow"]


def test_unauthenticated_is_401_not_authenticated(client):
    response = client.get("/api/v1/tokens")
    assert response.status_code == 401
    assert _error(response)["code"] == "not_authenticated"


def test_an_unexpected_error_is_500_without_details(client, freelancer, monkeypatch):
    from directcontracts.accounts import selectors

    def explode(user):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(selectors, "api_tokens_of", explode)
    client.force_login(freelancer)
    client.raise_request_exception = False
    response = client.get("/api/v1/tokens")
    assert response.status_code == 500
    error = _error(response)
    assert error["code"] == "server_error"
    assert "secret internal detail" not in response.content.decode()
