"""A page's form with files (multipart) whose text is not UTF-8 is refused like an urlencoded
one (400 invalid_encoding, nothing stored), and its files are still read once."""

from __future__ import annotations

import io
from functools import partial

import pytest
from django.core.files.uploadhandler import MemoryFileUploadHandler, TemporaryFileUploadHandler
from django.urls import reverse

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts.models import Message
from directcontracts.core.middleware import PartHeaderWatch
from tests.contracts.factories import active_contract
from tests.core.helpers import (
    BOUNDARY,
    PNG,
    file_field,
    file_field_named,
    form_field,
    multipart_body,
    post_multipart,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    return reverse("contracts:message", args=[contract.pk])


def test_a_form_with_a_file_whose_text_is_not_utf8_is_refused_400_and_nothing_is_saved(
    client, thread
):
    body = multipart_body(
        form_field("body", b"caf\xe9"), file_field("attachments", b"shot.png", PNG)
    )
    response = post_multipart(client, thread, body)
    assert response.status_code == 400
    page = response.content.decode()
    assert 'data-error-code="invalid_encoding"' in page
    assert "not UTF-8 text" in page
    assert not Message.objects.exists()


def test_a_form_with_a_file_name_that_is_not_utf8_is_refused_400(client, thread):
    # RFC 2231's filename* is percent-encoded, so the byte passes the header's own decoding.
    name = b"filename*=UTF-8''d%E9mo.png"
    body = multipart_body(
        form_field("body", b"Here it is."), file_field_named("attachments", name, PNG)
    )
    response = post_multipart(client, thread, body)
    assert response.status_code == 400
    assert 'data-error-code="invalid_encoding"' in response.content.decode()


def test_a_multipart_form_in_utf8_with_accents_is_read_as_sent(client, thread):
    response = post_multipart(
        client, thread, multipart_body(form_field("body", "café crème".encode()))
    )
    assert response.status_code == 302
    assert Message.objects.get().body == "café crème"


class CountingHandler(MemoryFileUploadHandler):
    """Counts the bytes of uploaded files that reach the upload handlers."""

    received = 0

    def receive_data_chunk(self, raw_data, start):
        CountingHandler.received += len(raw_data)
        return raw_data


def test_a_large_file_streams_once_through_the_upload_handlers(client, thread, settings):
    settings.FILE_UPLOAD_HANDLERS = [
        f"{__name__}.CountingHandler",
        f"{TemporaryFileUploadHandler.__module__}.TemporaryFileUploadHandler",
    ]
    CountingHandler.received = 0
    content = b"\x00" * (3 * settings.FILE_UPLOAD_MAX_MEMORY_SIZE // 2)
    body = multipart_body(
        form_field("body", b"caf\xe9"), file_field("attachments", b"big.bin", content)
    )
    response = post_multipart(client, thread, body)
    assert 'data-error-code="invalid_encoding"' in response.content.decode()
    assert CountingHandler.received == len(content)


def _refused_page(response) -> str:
    """The site's 400 page with the invalid_encoding code, and no message saved."""
    assert response.status_code == 400
    assert not Message.objects.exists()
    page = response.content.decode()
    assert 'data-error-code="invalid_encoding"' in page
    return page


def test_a_file_whose_part_header_is_not_utf8_is_refused_400_not_dropped(client, thread):
    # A raw Latin-1 byte in the header line: Django would skip the line and drop the part.
    body = multipart_body(
        form_field("body", b"Here it is."), file_field("attachments", b"d\xe9mo.png", PNG)
    )
    assert "header that is not UTF-8" in _refused_page(post_multipart(client, thread, body))


def test_a_field_whose_part_header_is_not_utf8_is_refused_400(client, thread):
    body = multipart_body(
        form_field("body", b"Here it is."),
        b'Content-Disposition: form-data; name="n\xe9"\r\n\r\nvalue',
    )
    _refused_page(post_multipart(client, thread, body))


def test_a_part_whose_content_type_header_is_not_utf8_is_refused_400(client, thread):
    part = (
        b'Content-Disposition: form-data; name="attachments"; filename="shot.png"\r\n'
        b"Content-Type: image/p\xe9ng\r\n\r\n" + PNG
    )
    _refused_page(
        post_multipart(client, thread, multipart_body(form_field("body", b"Here it is."), part))
    )


def _api_post(client, freelancer, monkeypatch, body: bytes):
    contract, _ = active_contract(freelancer, monkeypatch)
    _, secret = create_api_token(user=freelancer, name="test")
    return client.post(
        f"/api/v1/contracts/{contract.pk}/messages/with-files",
        data=body,
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
        headers={"Authorization": f"Bearer {secret}"},
    )


def test_the_api_refuses_a_part_header_that_is_not_utf8_with_json_400(
    client, freelancer, monkeypatch
):
    body = multipart_body(
        form_field("body", b"Here it is."), file_field("files", b"d\xe9mo.png", PNG)
    )
    response = _api_post(client, freelancer, monkeypatch, body)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_encoding"
    assert not Message.objects.exists()


def test_the_api_still_takes_a_file_whose_part_header_is_utf8(client, freelancer, monkeypatch):
    body = multipart_body(
        form_field("body", b"Here it is."), file_field("files", "démo.png".encode(), PNG)
    )
    response = _api_post(client, freelancer, monkeypatch, body)
    assert response.status_code == 201, response.content


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64])
def test_the_header_watch_finds_a_bad_header_however_the_body_arrives_in_chunks(chunk):
    good = multipart_body(
        form_field("body", b"caf\xc3\xa9"), file_field("attachments", b"shot.png", PNG)
    )
    bad = multipart_body(form_field("body", b"x"), file_field("attachments", b"d\xe9mo.png", PNG))
    for body, expected in ((good, False), (bad, True)):
        watch = PartHeaderWatch(BOUNDARY.encode())
        stream = watch.wrap(io.BytesIO(body))
        read = b"".join(iter(partial(stream.read, chunk), b""))
        assert read == body
        assert watch.bad_header is expected


def test_the_header_watch_does_not_read_file_contents_as_headers():
    # Bytes that are not UTF-8 in a file's content are data, not a header.
    body = multipart_body(file_field("attachments", b"shot.bin", b"\xff\xfe\r\n\r\n\xe9"))
    watch = PartHeaderWatch(BOUNDARY.encode())
    watch.wrap(io.BytesIO(body)).read(-1)
    assert watch.bad_header is False


def test_an_api_upload_without_credentials_is_refused_before_its_files_are_read(client, settings):
    settings.FILE_UPLOAD_HANDLERS = [
        f"{__name__}.CountingHandler",
        f"{TemporaryFileUploadHandler.__module__}.TemporaryFileUploadHandler",
    ]
    CountingHandler.received = 0
    content = b"\x00" * (3 * settings.FILE_UPLOAD_MAX_MEMORY_SIZE // 2)
    body = multipart_body(form_field("body", b"Hi."), file_field("files", b"d\xe9mo.bin", content))
    response = client.post(
        "/api/v1/contracts/1/messages/with-files",
        data=body,
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert CountingHandler.received == 0
