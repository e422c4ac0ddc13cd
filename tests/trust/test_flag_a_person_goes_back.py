"""Flagging a person from one of several contracts with them: the way back leads to the
contract the flag was raised on (a same-site `next`), not to the newest one they share."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import invitations
from tests.contracts.factories import active_contract, proven_access, sent_invitation

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_contracts(freelancer, monkeypatch):
    """The older contract and a newer one of the same freelancer and client."""
    older, client = active_contract(freelancer, monkeypatch, title="Bakery website")
    newer, invitation, _ = sent_invitation(freelancer, title="Logo work")
    invitations.accept_invitation(
        invitation=invitation,
        access=proven_access(invitation, monkeypatch),
        signed_in=client,
        name="Nora Newclient",
        company="Nora's Bakery",
        country="GB",
    )
    return older, newer


def _flag_person_url(contract, came_from: str) -> str:
    return reverse("trust:flag") + f"?kind=user&id={contract.freelancer_id}&next={came_from}"


def test_the_form_to_flag_a_person_links_back_to_the_contract_it_was_opened_from(
    client, two_contracts
):
    older, _ = two_contracts
    client.force_login(older.client)
    here = reverse("contracts:detail", args=[older.pk])
    page = client.get(_flag_person_url(older, here)).content.decode()
    assert f'<a href="{here}">← Back to the contract “Bakery website”</a>' in page


def test_the_page_after_flagging_a_person_links_back_to_the_contract_it_was_opened_from(
    client, two_contracts
):
    older, _ = two_contracts
    client.force_login(older.client)
    here = reverse("contracts:detail", args=[older.pk])
    page = client.post(_flag_person_url(older, here), {"reason": "harassment"}, follow=True)
    assert f'href="{here}">Back to the contract “Bakery website”' in page.content.decode()


@pytest.mark.parametrize(
    "elsewhere", ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:x"]
)
def test_a_way_back_to_another_site_is_ignored(client, two_contracts, elsewhere):
    older, newer = two_contracts
    client.force_login(older.client)
    page = client.get(_flag_person_url(older, elsewhere)).content.decode()
    assert "evil.example" not in page
    assert "javascript:" not in page
    assert f'href="{reverse("contracts:detail", args=[newer.pk])}"' in page


def test_the_contract_page_flags_the_other_party_with_the_page_as_the_way_back(
    client, two_contracts
):
    older, _ = two_contracts
    client.force_login(older.client)
    here = reverse("contracts:detail", args=[older.pk])
    page = client.get(here).content.decode()
    assert f"kind=user&amp;id={older.freelancer_id}&amp;next={here}" in page
    assert f"kind=contract&amp;id={older.pk}&amp;next={here}" in page
