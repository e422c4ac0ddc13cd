"""Hostile review, round G (7 December 2026): proposed changes piled up on the other party.

Round E limited proposals to MESSAGES_PER_HOUR an hour, but nothing bounded how many wait at
once: a party could leave sixty new ones every hour, each listed with its Accept and
Decline buttons on the other party's Changes section, until the page was thousands of
forms long and the one real proposal was lost among them. And milestones added by agreed
changes went past MAX_MILESTONES_PER_CONTRACT, which contract creation enforces. Now a
party has at most OPEN_PROPOSALS_PER_PARTY proposals waiting on a contract
(`409 too_many_open_proposals`), and a new milestone is refused, when proposed and again
when accepted, once the contract has the most it may (`400 too_many_milestones`).
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import changes
from directcontracts.contracts.models import ChangeProposal, ProposalKind, ProposalState
from directcontracts.core.errors import DomainError
from tests.contracts.factories import active_contract, milestone_added_by_change, proposed_change
from tests.contracts.helpers import api_caller

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_limit(settings):
    settings.OPEN_PROPOSALS_PER_PARTY = 2
    return 2


def _add(contract, by, title: str = "Extra page"):
    return proposed_change(
        contract, by, kind=ProposalKind.ADD_MILESTONE, title=title, amount_minor=30_000
    )


def _refusal(call) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call()
    return refused.value


# --- Proposals waiting at once --------------------------------------------------------------


def test_a_party_with_the_most_proposals_waiting_cannot_propose_another(
    freelancer, monkeypatch, open_limit
):
    contract, _ = active_contract(freelancer, monkeypatch)
    for n in range(open_limit):
        _add(contract, freelancer, f"Extra page {n}")
    refused = _refusal(lambda: _add(contract, freelancer, "One too many"))
    assert (refused.code, refused.status) == ("too_many_open_proposals", 409)
    assert ChangeProposal.objects.filter(contract=contract).count() == open_limit


def test_the_other_party_may_still_propose_while_one_partys_proposals_wait(
    freelancer, monkeypatch, open_limit
):
    contract, client = active_contract(freelancer, monkeypatch)
    for n in range(open_limit):
        _add(contract, freelancer, f"Extra page {n}")
    assert _add(contract, client, "The client's page").proposed_by == client


def test_a_declined_proposal_makes_room_for_a_new_one(freelancer, monkeypatch, open_limit):
    contract, client = active_contract(freelancer, monkeypatch)
    first = _add(contract, freelancer, "Extra page 0")
    _add(contract, freelancer, "Extra page 1")
    changes.decline_change(proposal=first, by=client)
    assert _add(contract, freelancer, "Extra page 2").state == ProposalState.PENDING


def test_the_api_answers_a_proposal_over_the_limit_409(client, freelancer, monkeypatch, open_limit):
    contract, _ = active_contract(freelancer, monkeypatch)
    for n in range(open_limit):
        _add(contract, freelancer, f"Extra page {n}")
    answer = api_caller(client)(
        freelancer,
        "post",
        f"/contracts/{contract.pk}/proposals",
        data={"kind": "add_milestone", "title": "One too many", "amount_minor": 30000},
    )
    assert answer.status_code == 409
    assert answer.json()["error"]["code"] == "too_many_open_proposals"


# --- Milestones added by agreement ----------------------------------------------------------


def test_a_new_milestone_cannot_be_proposed_on_a_contract_with_the_most_milestones(
    freelancer, monkeypatch, settings
):
    contract, client = active_contract(freelancer, monkeypatch)
    settings.MAX_MILESTONES_PER_CONTRACT = contract.milestones.count() + 1
    milestone_added_by_change(contract, freelancer, client)
    refused = _refusal(lambda: _add(contract, freelancer, "Past the most"))
    assert (refused.code, refused.status) == ("too_many_milestones", 400)


def test_a_waiting_new_milestone_cannot_be_accepted_once_the_contract_is_full(
    freelancer, monkeypatch, settings
):
    contract, client = active_contract(freelancer, monkeypatch)
    settings.MAX_MILESTONES_PER_CONTRACT = contract.milestones.count() + 1
    first = _add(contract, freelancer, "First extra")
    second = _add(contract, freelancer, "Second extra")
    changes.accept_change(proposal=first, by=client)
    refused = _refusal(lambda: changes.accept_change(proposal=second, by=client))
    assert refused.code == "too_many_milestones"
    assert contract.milestones.count() == settings.MAX_MILESTONES_PER_CONTRACT
    second.refresh_from_db()
    assert second.state == ProposalState.PENDING
