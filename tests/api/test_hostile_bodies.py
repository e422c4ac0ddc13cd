"""Hostile review, 7 December 2026 (round F), held: malformed bodies get a 4xx, never a 500.

Tried with a valid token on the contract API: JSON nested 50,000 deep (the parser's
recursion), a number too large for a float, and an amount written as "1e3".
"""

from __future__ import annotations

import pytest

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts.models import Contract
from tests.contracts.helpers import PAYLOAD

pytestmark = pytest.mark.django_db


def _post(client, user, body: str):
    _, secret = create_api_token(user=user, name="test")
    return client.post(
        "/api/v1/contracts",
        body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )


def test_json_nested_fifty_thousand_deep_is_400(client, freelancer):
    response = _post(client, freelancer, "[" * 50_000 + "]" * 50_000)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "validation_error"


def test_a_number_too_large_for_a_float_is_refused_as_a_field_error(client, freelancer):
    response = _post(client, freelancer, '{"title": 1e999}')
    assert response.status_code == 422
    assert not Contract.objects.exists()


def test_an_amount_written_as_an_exponent_is_refused(client, freelancer):
    import json

    milestones = [{"title": "Design", "amount_minor": "1e3"}]
    response = _post(client, freelancer, json.dumps({**PAYLOAD, "milestones": milestones}))
    assert response.status_code == 422
    assert not Contract.objects.exists()
