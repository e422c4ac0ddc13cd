"""Control characters are refused in every text field of the API, with one stable code."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import User
from directcontracts.accounts.services import create_api_token
from directcontracts.contracts.models import Contract
from tests.accounts.factories import DEFAULT_PASSWORD
from tests.contracts.helpers import PAYLOAD

pytestmark = pytest.mark.django_db


def _post(client, user, path, data):
    _, secret = create_api_token(user=user, name="test")
    return client.post(
        f"/api/v1{path}",
        data,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )


@pytest.mark.parametrize("bad", ["Bakery\x00website", "Bakery\x1bwebsite", "Bakery\x85site"])
def test_a_contract_title_with_a_control_character_is_422_control_characters(
    client, freelancer, bad
):
    response = _post(client, freelancer, "/contracts", {**PAYLOAD, "title": bad})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "control_characters"
    assert [f["field"] for f in error["details"]["fields"]] == ["payload.title"]
    assert not Contract.objects.exists()


def test_a_newline_in_a_single_line_field_is_refused(client, freelancer):
    response = _post(client, freelancer, "/contracts", {**PAYLOAD, "client_name": "Nora\nBcc"})
    assert response.json()["error"]["code"] == "control_characters"


def test_a_multi_line_description_keeps_its_newlines_and_tabs(client, freelancer):
    text = "Five pages:\n\t- home\r\n\t- contact"
    response = _post(client, freelancer, "/contracts", {**PAYLOAD, "description": text})
    assert response.status_code == 201
    assert Contract.objects.get().description == text


def test_a_milestone_title_nested_in_the_body_is_checked_too(client, freelancer):
    milestones = [{"title": "De\x07sign", "amount_minor": 60000}]
    response = _post(client, freelancer, "/contracts", {**PAYLOAD, "milestones": milestones})
    error = response.json()["error"]
    assert error["code"] == "control_characters"
    assert error["details"]["fields"][0]["field"] == "payload.milestones.0.title"


def test_a_lone_surrogate_is_refused(client, freelancer):
    body = '{"title": "x\\ud800y"}'.replace('{"title"', '{"name"')
    _, secret = create_api_token(user=freelancer, name="test")
    response = client.post(
        "/api/v1/tokens",
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "control_characters"


def test_sign_up_refuses_a_name_with_nul(client):
    response = client.post(
        "/api/v1/accounts",
        {"email": "ana@example.com", "password": DEFAULT_PASSWORD, "full_name": "Ana\x00"},
        content_type="application/json",
    )
    assert response.json()["error"]["code"] == "control_characters"
    assert not User.objects.filter(email="ana@example.com").exists()


def test_a_search_query_with_nul_is_refused(client, freelancer):
    _, secret = create_api_token(user=freelancer, name="test")
    response = client.get(
        "/api/v1/contracts?q=a%00b", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "control_characters"


def test_every_text_field_of_every_api_input_refuses_control_characters():
    """New schemas must use the core text types (core/validation.py) for every string."""
    from directcontracts.api import api
    from directcontracts.core.validation import unguarded_string_fields

    unguarded: list[str] = []
    for _prefix, router in api._routers:
        for path, path_view in router.path_operations.items():
            for operation in path_view.operations:
                for model in operation.signature.models:
                    unguarded += [
                        f"{operation.view_func.__module__}.{operation.view_func.__name__}"
                        f" ({path}): {name}"
                        for name in unguarded_string_fields(model)
                    ]
    assert unguarded == []
