"""Every rate limit answers alike: 429, the stable code `rate_limited`, a `Retry-After`
header, and a message that says when to try again in minutes (or seconds, or hours)."""

from __future__ import annotations

import re

import pytest

from tests.accounts.factories import ClientFactory
from tests.contracts.factories import sent_invitation

pytestmark = pytest.mark.django_db

WHEN = re.compile(r"Try again in (about )?\d+ (second|minute|hour)s?\.")


@pytest.fixture(autouse=True)
def _small_limits(settings):
    settings.SIGN_IN_LIMIT_PER_ADDRESS = 3
    settings.SIGN_UP_LIMIT_PER_ADDRESS = 2
    settings.FLAGS_PER_HOUR = 2
    settings.VERIFY_CHECKS_PER_HOUR = 2
    settings.SUPPORT_REQUEST_LIMIT_PER_USER = 2
    settings.SUPPORT_REQUEST_LIMIT_PER_ADDRESS = 2


def _refusal(response) -> tuple[int, str, str, str]:
    if response["Content-Type"].startswith("application/json"):
        error = response.json()["error"]
        code, message = error["code"], error["message"]
    else:
        text = response.content.decode()
        found = re.search(r'data-error-code="rate_limited"[^>]*>(.*?)</', text, re.S)
        code = "rate_limited" if found else ""
        message = re.sub(r"<[^>]+>", "", found.group(1)).strip() if found else text[:3000]
    return response.status_code, code, response.get("Retry-After", ""), message


def _assert_limited(response) -> None:
    status, code, retry_after, message = _refusal(response)
    assert (status, code) == (429, "rate_limited"), message
    assert retry_after.isdigit()
    assert int(retry_after) > 0
    assert WHEN.search(message), message


def _last(send, times: int):
    response = None
    for n in range(times):
        response = send(n)
    return response


def test_sign_in_counts_every_spelling_of_one_address_as_one_account(client, freelancer):
    spellings = [
        "fiona.freelancer@example.com",
        "Fiona.Freelancer@Example.COM",
        "  fiona.freelancer@example.com ",
        "FIONA.FREELANCER@EXAMPLE.COM",
        "fiona.freelancer@EXAMPLE.com",
        "Fiona.freelancer@example.com",
    ]
    response = _last(
        lambda n: client.post(
            "/accounts/sign-in/",
            {"email": spellings[n], "password": "wrong"},
            REMOTE_ADDR=f"198.51.100.{n}",
        ),
        6,
    )
    _assert_limited(response)


def test_sign_in_is_limited_per_address(client):
    response = _last(
        lambda n: client.post(
            "/accounts/sign-in/", {"email": f"nobody{n}@example.com", "password": "wrong"}
        ),
        4,
    )
    _assert_limited(response)


def test_password_reset_requests_are_limited_per_address(client):
    response = _last(
        lambda n: client.post("/accounts/password/forgot/", {"email": f"p{n}@example.com"}), 4
    )
    _assert_limited(response)


def test_new_verification_links_are_limited_per_address(client):
    response = _last(
        lambda n: client.post("/accounts/verify/resend/", {"email": f"p{n}@example.com"}), 4
    )
    _assert_limited(response)


def test_sign_up_is_limited_per_address_on_the_page(client):
    response = _last(
        lambda n: client.post(
            "/accounts/sign-up/",
            {
                "full_name": "Ana Lima",
                "email": f"ana{n}@example.com",
                "password": "a-long-and-unusual-passphrase-42",
                "as_freelancer": "on",
            },
        ),
        3,
    )
    _assert_limited(response)


def test_sign_up_is_limited_per_address_in_the_api(client):
    response = _last(
        lambda n: client.post(
            "/api/v1/accounts",
            {
                "email": f"ana{n}@example.com",
                "password": "a-long-and-unusual-passphrase-42",
                "full_name": "Ana Lima",
            },
            content_type="application/json",
        ),
        3,
    )
    _assert_limited(response)


def test_flags_are_limited_on_the_page(client):
    client.force_login(ClientFactory())
    response = _last(
        lambda n: client.post(
            f"/trust/flag/?kind=domain&id=pay-now{n}.example", {"reason": "spam", "details": ""}
        ),
        3,
    )
    _assert_limited(response)


def test_flags_are_limited_in_the_api(client):
    client.force_login(ClientFactory())
    response = _last(
        lambda n: client.post(
            "/api/v1/flags",
            {"target_kind": "domain", "target_id": f"pay-now{n}.example", "reason": "spam"},
            content_type="application/json",
        ),
        3,
    )
    _assert_limited(response)


def test_the_public_verifier_is_limited_on_the_page(client):
    response = _last(lambda n: client.post("/verify/", {"text": f"DC-{n}"}), 3)
    _assert_limited(response)


def test_the_public_verifier_is_limited_in_the_api(client):
    response = _last(
        lambda n: client.post(
            "/api/v1/verify", {"text": f"DC-{n}"}, content_type="application/json"
        ),
        3,
    )
    _assert_limited(response)


def test_invitation_codes_are_limited_on_the_page(client, freelancer, settings):
    settings.INVITATION_CODE_MAX_ATTEMPTS = 50
    _, _, token = sent_invitation(freelancer)
    response = _last(lambda n: client.post(f"/invitations/{token}/code/"), 6)
    _assert_limited(response)


def test_invitation_codes_are_limited_in_the_api(client, freelancer, settings):
    settings.INVITATION_CODE_MAX_ATTEMPTS = 50
    _, _, token = sent_invitation(freelancer)
    response = _last(lambda n: client.post(f"/api/v1/invitations/{token}/code"), 6)
    _assert_limited(response)


def test_get_help_requests_are_limited(client, client_user):
    client.force_login(client_user)
    response = _last(
        lambda n: client.post(
            "/support/new/",
            {
                "topic": "payments",
                "subject": f"Question {n}",
                "description": f"Was the card fee added once or twice? ({n})",
            },
        ),
        3,
    )
    _assert_limited(response)


def test_reset_emails_to_one_account_are_limited_whatever_address_asks(
    client, freelancer, django_capture_on_commit_callbacks
):
    from django.core import mail

    spellings = ["fiona.freelancer@example.com", "FIONA.freelancer@example.com "]
    with django_capture_on_commit_callbacks(execute=True):
        response = _last(
            lambda n: client.post(
                "/accounts/password/forgot/",
                {"email": spellings[n % 2]},
                REMOTE_ADDR=f"198.51.100.{n}",
            ),
            6,
        )
    _assert_limited(response)
    assert len(mail.outbox) == 5


def test_new_verification_links_to_one_address_are_limited_whatever_address_asks(client):
    response = _last(
        lambda n: client.post(
            "/accounts/verify/resend/",
            {"email": "not.yet@example.com"},
            REMOTE_ADDR=f"198.51.100.{n}",
        ),
        6,
    )
    _assert_limited(response)
