"""Invitations can't be used to spam, to phish through the client's name, or to guess codes."""

from __future__ import annotations

import pytest

from directcontracts.contracts import invitations
from directcontracts.contracts.models import ContractEvent, ContractState
from directcontracts.core.errors import DomainError
from tests.contracts.factories import draft_contract, sent_invitation

pytestmark = pytest.mark.django_db


def _refusal(call, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call(**kwargs)
    return refused.value


# --- The emailed code: a few wrong guesses lock the invitation ---------------------------


def _wrong_guesses(invitation, monkeypatch, count):
    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: 111111)
    for _ in range(count):
        invitations.send_code(invitation=invitation)
        _refusal(invitations.verify_code, invitation=invitation, code="999999")


def test_asking_for_new_codes_does_not_give_more_guesses(freelancer, monkeypatch, settings):
    """Five codes an hour with five guesses each used to allow 25 guesses an hour."""
    _, invitation, _ = sent_invitation(freelancer)
    _wrong_guesses(invitation, monkeypatch, settings.INVITATION_CODE_MAX_ATTEMPTS)
    error = _refusal(invitations.send_code, invitation=invitation)
    assert error.code == "code_attempts_exceeded"
    assert "send it again" in error.message


def test_a_locked_invitation_refuses_even_the_right_code(freelancer, monkeypatch, settings):
    _, invitation, _ = sent_invitation(freelancer)
    _wrong_guesses(invitation, monkeypatch, settings.INVITATION_CODE_MAX_ATTEMPTS)
    error = _refusal(invitations.verify_code, invitation=invitation, code="111111")
    assert error.code == "code_attempts_exceeded"


def test_the_lock_is_on_the_contracts_timeline(freelancer, monkeypatch, settings):
    contract, invitation, _ = sent_invitation(freelancer)
    _wrong_guesses(invitation, monkeypatch, settings.INVITATION_CODE_MAX_ATTEMPTS)
    assert ContractEvent.objects.filter(
        contract=contract, kind="contract.invitation_locked"
    ).exists()


def test_re_sending_the_invitation_lifts_the_lock(freelancer, monkeypatch, settings):
    contract, invitation, _ = sent_invitation(freelancer)
    _wrong_guesses(invitation, monkeypatch, settings.INVITATION_CODE_MAX_ATTEMPTS)
    fresh = invitations.resend_invitation(contract=contract, by=freelancer)
    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: 222222)
    invitations.send_code(invitation=fresh)
    assert invitations.verify_code(invitation=fresh, code="222222")


# --- Invitation emails are limited per freelancer ---------------------------------------


def test_invitation_emails_are_limited_per_freelancer_per_hour(freelancer, settings, mailoutbox):
    settings.INVITATION_EMAILS_PER_HOUR = 2
    for n in range(2):
        sent_invitation(freelancer, client_email=f"c{n}@example.org")
    contract = draft_contract(freelancer, client_email="c9@example.org")
    error = _refusal(invitations.send_invitation, contract=contract, by=freelancer)
    assert (error.code, error.status) == ("rate_limited", 429)
    contract.refresh_from_db()
    assert contract.state == ContractState.DRAFT


def test_re_sending_counts_against_the_same_limit(freelancer, settings):
    settings.INVITATION_EMAILS_PER_HOUR = 2
    contract, _, _ = sent_invitation(freelancer)
    invitations.resend_invitation(contract=contract, by=freelancer)
    error = _refusal(invitations.resend_invitation, contract=contract, by=freelancer)
    assert error.code == "rate_limited"


def test_invitation_emails_are_limited_per_day(freelancer, settings, frozen_clock):
    settings.INVITATION_EMAILS_PER_HOUR = 100
    settings.INVITATION_EMAILS_PER_DAY = 2
    contract, _, _ = sent_invitation(freelancer)
    frozen_clock.advance(hours=2)
    invitations.resend_invitation(contract=contract, by=freelancer)
    frozen_clock.advance(hours=2)
    assert (
        _refusal(invitations.resend_invitation, contract=contract, by=freelancer).code
        == "rate_limited"
    )


def test_one_freelancers_limit_does_not_stop_another(freelancer, stranger_freelancer, settings):
    settings.INVITATION_EMAILS_PER_HOUR = 1
    sent_invitation(freelancer)
    contract, _, _ = sent_invitation(stranger_freelancer, client_email="other@example.org")
    assert contract.state == ContractState.INVITED


# --- The client's name goes into the email: no links or contact details ------------------


@pytest.mark.parametrize(
    "name",
    [
        "Nora - pay at https://evil.example/pay",
        "Nora www.evil-pay.com",
        "Nora, WhatsApp me +1 555 010 2030",
        "Nora (nora at gmail dot com)",
        "Nora, pay me directly via PayPal to skip the fees",
    ],
)
def test_a_client_name_with_links_or_contact_details_is_not_emailed(freelancer, mailoutbox, name):
    contract = draft_contract(freelancer, client_name=name)
    error = _refusal(invitations.send_invitation, contract=contract, by=freelancer)
    assert (error.code, error.status) == ("client_name_refused", 422)
    contract.refresh_from_db()
    assert contract.state == ContractState.DRAFT
    assert mailoutbox == []


@pytest.mark.parametrize("name", ["Nora Newclient", "J.R.R. Tolkien Estate", "O'Brien & Sons Ltd."])
def test_ordinary_client_names_are_emailed(freelancer, name):
    contract, _, _ = sent_invitation(freelancer, client_name=name)
    assert contract.state == ContractState.INVITED


def test_a_wrong_code_says_how_many_tries_remain(freelancer, monkeypatch, settings):
    settings.INVITATION_CODE_MAX_ATTEMPTS = 3
    _, invitation, _ = sent_invitation(freelancer)
    _wrong_guesses(invitation, monkeypatch, 1)
    error = _refusal(invitations.verify_code, invitation=invitation, code="999999")
    assert error.details == {"tries_left": 1}
    assert "1 try left: after that the invitation locks" in error.message


def test_the_wrong_code_that_uses_the_last_try_says_the_invitation_is_now_locked(
    freelancer, monkeypatch, settings
):
    settings.INVITATION_CODE_MAX_ATTEMPTS = 2
    _, invitation, _ = sent_invitation(freelancer)
    _wrong_guesses(invitation, monkeypatch, 1)
    error = _refusal(invitations.verify_code, invitation=invitation, code="999999")
    assert (error.code, error.details) == ("code_invalid", {"tries_left": 0})
    assert "it was the last try: this invitation is now locked" in error.message
