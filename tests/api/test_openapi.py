from __future__ import annotations

import pytest
import schemathesis

pytestmark = pytest.mark.django_db

ACCOUNT_OPERATIONS = {
    ("/api/v1/me", "get"),
    ("/api/v1/accounts", "post"),
    ("/api/v1/tokens", "get"),
    ("/api/v1/tokens", "post"),
    ("/api/v1/tokens/{token_id}", "delete"),
}


@pytest.fixture
def schema(client) -> dict:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_the_openapi_document_is_valid_openapi_3(schema):
    assert schema["openapi"].startswith("3.")
    schemathesis.openapi.from_dict(schema).validate()  # raises on an invalid document


def test_the_openapi_document_lists_the_accounts_operations(schema):
    listed = {(path, method) for path, ops in schema["paths"].items() for method in ops}
    assert ACCOUNT_OPERATIONS <= listed


def test_the_openapi_document_describes_both_ways_to_authenticate(schema):
    schemes = schema["components"]["securitySchemes"]
    assert {s["type"] for s in schemes.values()} >= {"http", "apiKey"}


def test_sign_up_needs_no_authentication_in_the_document(schema):
    assert not schema["paths"]["/api/v1/accounts"]["post"].get("security")


def test_the_interactive_docs_render(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    assert b"openapi.json" in response.content
