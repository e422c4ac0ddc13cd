"""The invitation page's refusals are shown at their fields and listed at the top of the
form (docs/architecture.md, "Forms with errors"); a wrong code says how many tries remain."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import invitations
from tests.contracts.factories import sent_invitation

pytestmark = pytest.mark.django_db

CODE = "424242"


def _code_sent(client, freelancer, monkeypatch) -> str:
    _, _, token = sent_invitation(freelancer)
    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: int(CODE))
    client.post(reverse("contracts:invitation_send_code", args=[token]))
    return token


def _wrong_code(client, token):
    return client.post(reverse("contracts:invitation_verify", args=[token]), {"code": "999999"})


def test_a_wrong_code_is_shown_at_the_code_field_not_as_a_banner(client, freelancer, monkeypatch):
    token = _code_sent(client, freelancer, monkeypatch)
    response = _wrong_code(client, token)
    page = response.content.decode()
    assert response.status_code == 400
    assert 'aria-describedby="id_code_error"' in page
    assert '<ul class="errorlist" id="id_code_error"><li>That code is not right.' in page
    assert 'role="alert" data-error-code="code_invalid"' not in page


def test_a_wrong_code_is_listed_in_the_error_summary_linked_to_the_field(
    client, freelancer, monkeypatch
):
    token = _code_sent(client, freelancer, monkeypatch)
    page = _wrong_code(client, token).content.decode()
    summary = page[page.index('id="error-summary"') :].split("</div>", 1)[0]
    assert '<a href="#id_code">6-digit code: That code is not right.' in summary


def test_a_wrong_code_says_how_many_tries_remain_and_what_happens_after(
    client, freelancer, monkeypatch, settings
):
    token = _code_sent(client, freelancer, monkeypatch)
    page = _wrong_code(client, token).content.decode()
    tries = settings.INVITATION_CODE_MAX_ATTEMPTS - 1
    assert (
        f"{tries} tries left: after that the invitation locks until the freelancer sends it again."
        in page
    )


def test_the_accept_form_lists_its_errors_at_the_top(client, freelancer, monkeypatch):
    token = _code_sent(client, freelancer, monkeypatch)
    client.post(reverse("contracts:invitation_verify", args=[token]), {"code": CODE})
    response = client.post(
        reverse("contracts:invitation_accept", args=[token]),
        {"name": "", "country": "DE", "password": "a-long-client-passphrase-7"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    summary = page[page.index('id="error-summary"') :].split("</div>", 1)[0]
    assert '<a href="#id_name">Your name: This field is required.</a>' in summary
    assert 'href="#id_agree"' in summary


def test_a_weak_password_on_the_accept_form_is_shown_at_the_password_field(
    client, freelancer, monkeypatch
):
    token = _code_sent(client, freelancer, monkeypatch)
    client.post(reverse("contracts:invitation_verify", args=[token]), {"code": CODE})
    response = client.post(
        reverse("contracts:invitation_accept", args=[token]),
        {"name": "Nora", "country": "DE", "password": "password123", "agree": "on"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert '<ul class="errorlist" id="id_password_error"><li>This password is too common.' in page
    assert 'role="alert" data-error-code="weak_password"' not in page


def test_a_refused_accept_form_comes_back_scrolled_to_its_errors(client, freelancer, monkeypatch):
    token = _code_sent(client, freelancer, monkeypatch)
    client.post(reverse("contracts:invitation_verify", args=[token]), {"code": CODE})
    page = client.get(reverse("contracts:invitation", args=[token])).content.decode()
    accept = reverse("contracts:invitation_accept", args=[token])
    assert f'action="{accept}#accept-title"' in page
    assert '<h2 id="accept-title">' in page


def test_accepting_without_ticking_the_terms_says_what_to_do(client, freelancer, monkeypatch):
    token = _code_sent(client, freelancer, monkeypatch)
    client.post(reverse("contracts:invitation_verify", args=[token]), {"code": CODE})
    response = client.post(
        reverse("contracts:invitation_accept", args=[token]),
        {"name": "Nora", "country": "DE", "password": "a-long-client-passphrase-7"},
    )
    assert "Tick the box to accept the terms, or decline below." in response.content.decode()


def test_an_accepted_invitation_opens_the_contract_at_the_top(client, freelancer, monkeypatch):
    token = _code_sent(client, freelancer, monkeypatch)
    client.post(reverse("contracts:invitation_verify", args=[token]), {"code": CODE})
    response = client.post(
        reverse("contracts:invitation_accept", args=[token]),
        {
            "name": "Nora",
            "country": "DE",
            "password": "a-long-client-passphrase-7",
            "agree": "on",
        },
    )
    assert response.status_code == 302
    assert response["Location"].endswith("#main")
