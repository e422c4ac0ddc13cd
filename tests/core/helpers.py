"""Hand-made request bodies for the tests of what the middleware refuses: multipart forms
with any bytes in their text, file names and part headers."""

from __future__ import annotations

BOUNDARY = "----form-boundary-7MA4YWxkTrZu0gW"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def multipart_body(*parts: bytes) -> bytes:
    body = b"".join(b"--" + BOUNDARY.encode() + b"\r\n" + part + b"\r\n" for part in parts)
    return body + b"--" + BOUNDARY.encode() + b"--\r\n"


def form_field(name: str, value: bytes) -> bytes:
    return f'Content-Disposition: form-data; name="{name}"\r\n\r\n'.encode() + value


def file_field(name: str, filename: bytes, content: bytes) -> bytes:
    return file_field_named(name, b'filename="' + filename + b'"', content)


def file_field_named(name: str, parameter: bytes, content: bytes) -> bytes:
    head = f'Content-Disposition: form-data; name="{name}"; '.encode() + parameter
    return head + b"\r\nContent-Type: application/octet-stream\r\n\r\n" + content


def post_multipart(client, url: str, body: bytes):
    return client.post(url, data=body, content_type=f"multipart/form-data; boundary={BOUNDARY}")
