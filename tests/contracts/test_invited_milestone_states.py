"""An invitation's milestones are terms waiting on the client, not a draft: while the contract
is invited the freelancer's page says so instead of "Draft" (the API has no label: its
`state` stays `draft`)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.contracts import selectors
from directcontracts.contracts.models import Contract, ContractState
from tests.contracts.factories import sent_invitation

pytestmark = pytest.mark.django_db


def _milestone_badges(client, user, contract) -> list[tuple[str, str]]:
    client.force_login(user)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    return re.findall(r'data-label="State"><span class="state state-([^"]*)">([^<]+)</span>', page)


def test_an_invited_contracts_milestones_start_when_the_client_accepts(client, freelancer):
    contract, _, _ = sent_invitation(freelancer)
    assert (
        _milestone_badges(client, freelancer, contract)
        == [("invited", "Starts when the client accepts")] * 2
    )


def test_a_declined_invitations_milestones_say_it_was_declined(freelancer):
    contract, _, _ = sent_invitation(freelancer)
    Contract.objects.filter(pk=contract.pk).update(state=ContractState.DECLINED)
    contract.refresh_from_db()
    first = contract.milestones.order_by("position").first()
    assert selectors.card_state(contract, first) == "Not started: invitation declined"
    assert selectors.card_state_class(contract, first) == "declined"
