from __future__ import annotations

import pytest

from directcontracts.notifications.signing import (
    InvalidSignature,
    check_signature,
    signature_header,
    verify_signature,
)

SECRET = "whsec_test-secret"
BODY = b'{"id":"evt_1","type":"milestone.funded","data":{}}'
T = 1_772_442_000


def test_a_signature_made_with_the_secret_verifies():
    header = signature_header(SECRET, T, BODY)
    assert verify_signature(SECRET, header, BODY, now=T + 10)


def test_the_header_carries_the_timestamp_and_a_hex_hmac():
    header = signature_header(SECRET, T, BODY)
    t_part, v1_part = header.split(",")
    assert t_part == f"t={T}"
    assert v1_part.startswith("v1=")
    assert len(v1_part) == 3 + 64


def test_a_tampered_body_is_refused():
    header = signature_header(SECRET, T, BODY)
    with pytest.raises(InvalidSignature, match="No signature matches"):
        check_signature(SECRET, header, BODY.replace(b"funded", b"released"), now=T)


def test_another_secret_is_refused():
    header = signature_header("whsec_someone-else", T, BODY)
    assert not verify_signature(SECRET, header, BODY, now=T)


def test_an_old_timestamp_is_refused_as_a_replay():
    header = signature_header(SECRET, T, BODY)
    with pytest.raises(InvalidSignature, match="tolerance"):
        check_signature(SECRET, header, BODY, tolerance=300, now=T + 301)


def test_a_timestamp_from_the_future_is_refused():
    header = signature_header(SECRET, T, BODY)
    assert not verify_signature(SECRET, header, BODY, tolerance=300, now=T - 301)


def test_a_changed_timestamp_breaks_the_signature():
    header = signature_header(SECRET, T, BODY).replace(f"t={T}", f"t={T + 5}")
    assert not verify_signature(SECRET, header, BODY, now=T)


@pytest.mark.parametrize("header", ["", "garbage", f"t={T}", "v1=abc", f"t=soon,v1={'0' * 64}"])
def test_a_malformed_header_is_refused(header):
    assert not verify_signature(SECRET, header, BODY, now=T)


def test_one_matching_signature_among_several_is_enough_while_rolling_a_secret():
    good = signature_header(SECRET, T, BODY).split(",")[1]
    header = f"t={T},v1={'0' * 64},{good}"
    assert verify_signature(SECRET, header, BODY, now=T)


def test_a_text_body_verifies_like_its_utf8_bytes():
    body = '{"title":"Café"}'
    header = signature_header(SECRET, T, body.encode())
    assert verify_signature(SECRET, header, body, now=T)


def test_the_verification_snippet_in_the_docs_accepts_our_signature():
    import re
    import time
    from pathlib import Path

    docs = Path(__file__).resolve().parents[2] / "docs" / "notifications.md"
    snippet = re.search(r"```python\n(import hashlib.*?)```", docs.read_text(), re.S).group(1)
    namespace: dict = {}
    exec(compile(snippet, "docs/notifications.md", "exec"), namespace)  # noqa: S102 - our own docs
    now = int(time.time())
    header = signature_header(SECRET, now, BODY)
    assert namespace["verify_signature"](SECRET, header, BODY)
    assert not namespace["verify_signature"](SECRET, header, BODY + b" ")
