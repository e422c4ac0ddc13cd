"""An invitation is answered only while it is still open, checked again under its lock: a
client who opened the link (and entered the code) before the freelancer withdrew it, re-sent
it to another address, or before it expired, can no longer accept or decline it. Before, the
checks ran only when the link was opened, so an answer sent meanwhile (the circumvention
check runs between the two) made the old address the client of a contract re-addressed to
someone else."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.conf import settings

from directcontracts.accounts.models import User
from directcontracts.contracts import invitations
from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.models import Contract, ContractState
from directcontracts.core.errors import DomainError
from tests.contracts.factories import proven_access, sent_invitation

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-client-passphrase-7"


def _opened_then_withdrawn(freelancer, monkeypatch):
    """The client opened the link and proved the address; then the freelancer withdrew the
    invitation, put another address on the draft and sent it there."""
    contract, _, token = sent_invitation(freelancer)
    opened = invitations.open_invitation(token)
    access = proven_access(opened, monkeypatch)
    invitations.revoke_invitation(contract=contract, by=freelancer)
    Contract.objects.filter(pk=contract.pk).update(client_email="someone.else@example.org")
    contract.refresh_from_db()
    invitations.send_invitation(contract=contract, by=freelancer)
    return contract, opened, access


def test_an_invitation_withdrawn_after_it_was_opened_accepts_nothing(freelancer, monkeypatch):
    contract, opened, access = _opened_then_withdrawn(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        invitations.accept_invitation(
            invitation=opened, access=access, password=PASSWORD, name="Nora Newclient"
        )
    assert (refused.value.code, refused.value.status) == (
        ContractErrorCode.INVITATION_REVOKED,
        410,
    )
    contract.refresh_from_db()
    assert (contract.state, contract.client_id) == (ContractState.INVITED, None)
    assert not User.objects.filter(email="new.client@example.org").exists()


def test_an_invitation_withdrawn_after_it_was_opened_declines_nothing(freelancer, monkeypatch):
    contract, opened, access = _opened_then_withdrawn(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        invitations.decline_invitation(invitation=opened, access=access, reason="Not for me.")
    assert refused.value.code == ContractErrorCode.INVITATION_REVOKED
    contract.refresh_from_db()
    assert contract.state == ContractState.INVITED


def test_an_invitation_that_expired_after_it_was_opened_accepts_nothing(
    freelancer, monkeypatch, frozen_clock
):
    contract, _, token = sent_invitation(freelancer)
    frozen_clock.advance(timedelta(days=settings.INVITATION_EXPIRY_DAYS, minutes=-30))
    opened = invitations.open_invitation(token)  # half an hour before it expires
    access = proven_access(opened, monkeypatch)  # the proof lasts an hour
    frozen_clock.advance(minutes=31)
    with pytest.raises(DomainError) as refused:
        invitations.accept_invitation(
            invitation=opened, access=access, password=PASSWORD, name="Nora Newclient"
        )
    assert refused.value.code == ContractErrorCode.INVITATION_EXPIRED
    contract.refresh_from_db()
    assert contract.state == ContractState.INVITED
