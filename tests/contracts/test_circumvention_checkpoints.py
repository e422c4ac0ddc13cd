"""Circumvention checks at invitation acceptance (issue 6's real-time check points)."""

import pytest

from directcontracts.accounts.services import sign_up
from directcontracts.circumvention.models import CircumventionCheck, MarketplaceAccount
from directcontracts.contracts import invitations
from directcontracts.contracts.identity import ClientContext
from directcontracts.contracts.models import ContractState
from directcontracts.core.errors import DomainError
from tests.contracts.factories import proven_access, sent_invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def marketplace_holder(db):
    """Someone who signed up to the marketplace as Nora Smith (filed for matching on sign-up)."""
    return sign_up(
        email="nora.smith@gmail.com",
        password="violet-harbour-1987",
        full_name="Nora Smith",
        as_client=True,
        as_freelancer=False,
    )


def _accept(invitation, access, **kwargs):
    return invitations.accept_invitation(
        invitation=invitation,
        access=access,
        password="a-long-client-passphrase-7",
        name="Nora Smith",
        country="GB",
        **kwargs,
    )


def test_a_new_marketplace_account_is_filed_for_matching(marketplace_holder):
    assert MarketplaceAccount.objects.filter(user=marketplace_holder).exists()


def test_a_client_hiding_behind_a_gmail_alias_is_refused_with_the_marketplace_link(
    freelancer, marketplace_holder, monkeypatch
):
    contract, invitation, _ = sent_invitation(
        freelancer, client_email="N.O.R.A.Smith+work@googlemail.com", client_name="Nora Smith"
    )
    with pytest.raises(DomainError) as refused:
        _accept(invitation, proven_access(invitation, monkeypatch))
    assert refused.value.code == "circumvention_existing_account"
    assert "marketplace" in refused.value.message
    assert refused.value.details["sign_in_url"]


def test_the_refused_contract_is_cancelled_and_the_freelancer_is_not_told_about_the_other_account(
    freelancer, marketplace_holder, monkeypatch
):
    contract, invitation, _ = sent_invitation(
        freelancer, client_email="nora.smith+x@gmail.com", client_name="Nora Smith"
    )
    with pytest.raises(DomainError):
        _accept(invitation, proven_access(invitation, monkeypatch))
    contract.refresh_from_db()
    assert contract.state == ContractState.CANCELLED
    event = contract.events.get(kind="contract.circumvention_refused")
    assert "cannot proceed" in event.message
    assert "nora.smith@gmail.com" not in event.message


def test_the_check_keeps_its_evidence_after_the_refusal(
    freelancer, marketplace_holder, monkeypatch
):
    contract, invitation, _ = sent_invitation(
        freelancer, client_email="nora.smith+x@gmail.com", client_name="Nora Smith"
    )
    with pytest.raises(DomainError):
        _accept(
            invitation,
            proven_access(invitation, monkeypatch),
            context=ClientContext(ip="198.51.100.7", device_id="dev-1"),
        )
    check = CircumventionCheck.objects.get(
        subject=f"contract:{contract.pk}", checkpoint="invitation_accepted"
    )
    assert check.decision == "block"
    assert check.signals


def test_a_genuinely_new_client_passes_the_check(freelancer, marketplace_holder, monkeypatch):
    contract, invitation, _ = sent_invitation(
        freelancer, client_email="olga.petrova@example.net", client_name="Olga Petrova"
    )
    result = invitations.accept_invitation(
        invitation=invitation,
        access=proven_access(invitation, monkeypatch),
        password="a-long-client-passphrase-7",
        name="Olga Petrova",
        country="DE",
    )
    assert result.contract.state == ContractState.ACTIVE
    assert (
        CircumventionCheck.objects.get(
            subject=f"contract:{contract.pk}", checkpoint="invitation_accepted"
        ).decision
        == "allow"
    )


def test_sending_an_invitation_records_the_given_email_and_name(freelancer):
    contract, _, _ = sent_invitation(
        freelancer, client_email="olga@example.net", client_name="Olga Petrova"
    )
    check = CircumventionCheck.objects.get(subject=f"contract:{contract.pk}", checkpoint="invited")
    assert check.candidate["email"] == "olga@example.net"
