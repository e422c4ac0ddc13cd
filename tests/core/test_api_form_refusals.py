"""Forms Django itself refuses to read (too many fields or files, fields too large, a part
header over its limit) answer the API's JSON error with a stable code; pages keep HTML."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts.models import Message
from tests.contracts.factories import active_contract
from tests.core.helpers import BOUNDARY, PNG, file_field, form_field, multipart_body, post_multipart

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_post(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    _, secret = create_api_token(user=freelancer, name="test")

    def post(body: bytes):
        return client.post(
            f"/api/v1/contracts/{contract.pk}/messages/with-files",
            data=body,
            content_type=f"multipart/form-data; boundary={BOUNDARY}",
            headers={"Authorization": f"Bearer {secret}"},
        )

    return post


def _error(response, status: int) -> str:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    assert not Message.objects.exists()
    return response.json()["error"]["code"]


def test_the_api_answers_too_many_fields_with_json_400(api_post, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 2
    body = multipart_body(
        *(form_field(f"f{n}", b"x") for n in range(3)), form_field("body", b"Hi.")
    )
    assert _error(api_post(body), 400) == "too_many_fields"


def test_the_api_answers_too_many_files_with_json_400(api_post, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 1
    body = multipart_body(
        form_field("body", b"Hi."),
        file_field("files", b"a.png", PNG),
        file_field("files", b"b.png", PNG),
    )
    assert _error(api_post(body), 400) == "too_many_files"


def test_the_api_answers_fields_too_large_with_json_413(api_post, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    body = multipart_body(form_field("body", b"x" * 200))
    assert _error(api_post(body), 413) == "payload_too_large"


def test_the_api_answers_a_part_header_over_djangos_limit_with_json_400(api_post):
    long_name = "n" * 2000
    body = multipart_body(form_field(long_name, b"x"), form_field("body", b"Hi."))
    assert _error(api_post(body), 400) == "malformed_form"


def test_a_page_form_with_too_many_fields_keeps_the_html_400_page(
    client, freelancer, monkeypatch, settings
):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 2
    body = multipart_body(
        *(form_field(f"f{n}", b"x") for n in range(3)), form_field("body", b"Hi.")
    )
    response = post_multipart(client, reverse("contracts:message", args=[contract.pk]), body)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
