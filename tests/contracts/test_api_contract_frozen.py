"""The contract list and detail say which milestones a freeze or hold stops, with the same
`frozen` object as a milestone's own answer (an additive change to the recorded answers)."""

from __future__ import annotations

import pytest

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import freezes
from tests.contracts.factories import draft_contract, funded_milestone
from tests.querycount import assert_constant_queries

pytestmark = pytest.mark.django_db

REASON = "Reported as a possible scam; we are checking."


def _headers(user):
    return {"Authorization": f"Bearer {create_api_token(user=user, name='t')[1]}"}


def _freeze(contract, milestone=None, reference="case:7"):
    return freezes.freeze_escrow(
        contract=contract,
        milestone=milestone,
        source="trust_safety",
        reference=reference,
        reason=REASON,
        notify_parties=False,
    )


def test_the_contract_detail_carries_the_frozen_milestones_own_frozen_object(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    _freeze(contract, milestone)
    headers = _headers(buyer)
    detail = client.get(f"/api/v1/contracts/{contract.pk}", headers=headers).json()
    own = client.get(
        f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}", headers=headers
    ).json()
    by_id = {m["id"]: m["frozen"] for m in detail["milestones"]}
    assert by_id.pop(milestone.pk) == own["frozen"] != None  # noqa: E711
    assert set(by_id.values()) == {None}
    assert detail["frozen_milestones"] == 1


def test_the_contract_list_counts_every_milestone_a_contract_wide_freeze_stops(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    _freeze(contract)
    listed = client.get("/api/v1/contracts", headers=_headers(freelancer)).json()["items"][0]
    assert listed["frozen_milestones"] == len(listed["milestones"]) > 1
    assert {m["frozen"]["scope"] for m in listed["milestones"]} == {"contract"}
    assert listed["milestones"][0]["frozen"]["message"].startswith(
        "This contract's escrow is frozen by Trust & Safety"
    )


def test_a_lifted_freeze_leaves_the_contract_answer_unfrozen(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    freezes.lift_freeze(freeze=_freeze(contract), reason="Checked.", notify_parties=False)
    detail = client.get(f"/api/v1/contracts/{contract.pk}", headers=_headers(buyer)).json()
    assert detail["frozen_milestones"] == 0
    assert {m["frozen"] is None for m in detail["milestones"]} == {True}


def _frozen_drafts(freelancer, count: int) -> None:
    for number in range(count):
        contract = draft_contract(freelancer, client_email=f"client{number}@example.org")
        _freeze(contract, contract.milestones.first(), reference=f"case:{number}")
        _freeze(contract, reference=f"case:{number + 1000}")


def test_the_contract_list_makes_the_same_queries_for_one_frozen_contract_and_for_fifty(
    client, freelancer
):
    headers = _headers(freelancer)
    _frozen_drafts(freelancer, 1)
    assert_constant_queries(
        lambda: client.get("/api/v1/contracts?limit=100", headers=headers),
        lambda: _frozen_drafts(freelancer, 49),
    )
