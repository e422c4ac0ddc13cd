"""A cancelled contract's milestones say what is true of them: they were cancelled with the
contract, never "Draft" (which reads as if they could still be edited and funded)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.contracts import selectors, services
from tests.contracts.factories import draft_contract, sent_invitation

pytestmark = pytest.mark.django_db


def _milestone_states(client, user, contract) -> list[str]:
    client.force_login(user)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    return re.findall(r'data-label="State"><span class="state[^"]*">([^<]+)</span>', page)


def test_a_cancelled_drafts_milestones_show_as_cancelled_with_the_contract(client, freelancer):
    contract = draft_contract(freelancer)
    services.cancel_contract(contract=contract, by=freelancer)
    assert _milestone_states(client, freelancer, contract) == ["Cancelled with the contract"] * 2


def test_a_cancelled_invitations_milestones_show_as_cancelled_with_the_contract(client, freelancer):
    contract, _, _ = sent_invitation(freelancer)
    services.cancel_contract(contract=contract, by=freelancer)
    assert _milestone_states(client, freelancer, contract) == ["Cancelled with the contract"] * 2


def test_a_cancelled_contracts_milestones_are_styled_as_cancelled_not_draft(client, freelancer):
    contract = draft_contract(freelancer)
    services.cancel_contract(contract=contract, by=freelancer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert 'class="state state-draft"' not in page
    assert page.count('<span class="state state-cancelled">Cancelled with the contract<') == 2


def test_a_milestone_of_a_draft_that_is_not_cancelled_still_shows_as_draft(client, freelancer):
    contract = draft_contract(freelancer)
    assert _milestone_states(client, freelancer, contract) == ["Draft"] * 2


def test_the_card_state_names_a_cancelled_contracts_milestone_cancelled_with_it(freelancer):
    contract = draft_contract(freelancer)
    services.cancel_contract(contract=contract, by=freelancer)
    contract.refresh_from_db()
    first = contract.milestones.order_by("position").first()
    assert selectors.card_state(contract, first) == "Cancelled with the contract"
