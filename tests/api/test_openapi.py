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


def test_every_operation_documents_422_and_its_error_shape(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            inputs = operation.get("parameters") or "requestBody" in operation
            if inputs:
                answer = operation["responses"]["422"]
                ref = answer["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/Error") or ref.endswith("/ErrorOut"), (method, path)
            if any(p["in"] == "path" for p in operation.get("parameters", [])):
                assert "404" in operation["responses"], (method, path)


def test_the_message_with_files_operation_is_multipart_with_a_files_array(schema):
    operation = schema["paths"]["/api/v1/contracts/{contract_id}/messages/with-files"]["post"]
    assert [p["name"] for p in operation["parameters"]] == ["contract_id"]
    body = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
    files = body["properties"]["files"]["anyOf"][0]
    assert files == {"items": {"format": "binary", "type": "string"}, "type": "array"}


def test_the_documented_extension_maximum_is_the_real_one(schema, settings):
    days = schema["components"]["schemas"]["ExtendIn"]["properties"]["days"]
    assert days["maximum"] == settings.REVIEW_EXTENSION_MAX_DAYS


def test_currencies_are_an_enum_of_the_supported_ones(schema, settings):
    currency = schema["components"]["schemas"]["ContractIn"]["properties"]["currency"]
    assert currency["enum"] == settings.SUPPORTED_CURRENCIES


def test_the_idempotency_key_documents_its_characters(schema):
    fund = schema["paths"]["/api/v1/contracts/{contract_id}/milestones/{milestone_id}/fund"]
    [header] = [p for p in fund["post"]["parameters"] if p["name"] == "Idempotency-Key"]
    assert header["schema"]["pattern"] == "^[ -~]+$"
    assert header["schema"]["maxLength"] == 200
