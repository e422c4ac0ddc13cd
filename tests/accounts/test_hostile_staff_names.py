"""Hostile review, 7 December 2026 (round F): a party naming themselves as the platform's staff.

The other party reads a party's name beside each message, on the timeline, in notices and
emails, where the platform's own acts read "Direct Contracts staff" or "Trust & Safety". A
freelancer could call themselves "Trust & Safety" and their messages and steps read as the
staff's. Now such names are refused (400 `name_reserved`) wherever a person names
themselves: sign-up, the freelancer and client profiles, accepting an invitation.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.accounts import services
from directcontracts.accounts.models import FreelancerProfile, User
from directcontracts.accounts.names import passes_for_staff
from directcontracts.core.errors import DomainError

STAFF_LOOKALIKES = [
    "Trust & Safety",
    "trust and safety team",
    "TRUST+SAFETY",
    "TrustAndSafety",
    "Ｔｒｕｓｔ ＆ Ｓａｆｅｔｙ",
    "Direct Contracts staff",
    "DirectContracts Billing",
    "Support",
    "The Platform",
]
ORDINARY = ["Fiona Freelancer", "IT Support Studio", "Finance Co", "Ana Trust", "Safety First"]


@pytest.mark.parametrize("name", STAFF_LOOKALIKES)
def test_a_name_that_reads_as_the_platform_or_its_staff_passes_for_staff(name):
    assert passes_for_staff(name)


@pytest.mark.parametrize("name", ORDINARY)
def test_an_ordinary_name_holding_such_a_word_is_fine(name):
    assert not passes_for_staff(name)


@pytest.mark.django_db
def test_a_freelancer_cannot_take_trust_and_safety_as_the_name_clients_read(freelancer):
    before = freelancer.display_name
    with pytest.raises(DomainError) as refused:
        services.save_freelancer_profile(
            user=freelancer, display_name="Trust & Safety", country="US", payout_currency="USD"
        )
    assert (refused.value.code, refused.value.status) == ("name_reserved", 400)
    assert User.objects.get(pk=freelancer.pk).display_name == before


@pytest.mark.django_db
def test_the_settings_page_refuses_a_staff_name_with_400(client, freelancer):
    client.force_login(freelancer)
    response = client.post(
        reverse("accounts:save_freelancer_profile"),
        {"display_name": "Direct Contracts staff", "country": "US", "payout_currency": "USD"},
    )
    assert response.status_code == 400
    assert not FreelancerProfile.objects.filter(display_name="Direct Contracts staff").exists()


@pytest.mark.django_db
def test_a_client_cannot_take_a_staff_name_for_the_company(client_user):
    with pytest.raises(DomainError) as refused:
        services.save_client_profile(
            user=client_user, name="Carl", company="Trust and Safety", country="US"
        )
    assert refused.value.code == "name_reserved"


@pytest.mark.django_db
def test_sign_up_refuses_a_staff_name_and_creates_nothing():
    with pytest.raises(DomainError) as refused:
        services.sign_up(
            email="new.person@example.com",
            password="a-long-pass-phrase-2026",
            full_name="Direct Contracts Support",
        )
    assert refused.value.code == "name_reserved"
    assert not User.objects.filter(email="new.person@example.com").exists()


@pytest.mark.django_db
def test_an_invited_client_cannot_accept_under_a_staff_name(freelancer, monkeypatch):
    from directcontracts.contracts import invitations
    from directcontracts.contracts.models import ContractState
    from tests.contracts.factories import proven_access, sent_invitation

    contract, invitation, _ = sent_invitation(freelancer)
    with pytest.raises(DomainError) as refused:
        invitations.accept_invitation(
            invitation=invitation,
            access=proven_access(invitation, monkeypatch),
            password="a-long-client-passphrase-7",
            name="Trust & Safety",
            country="GB",
        )
    assert refused.value.code == "name_reserved"
    contract.refresh_from_db()
    assert contract.state == ContractState.INVITED
