"""The activity says who did what truthfully: a step the system took on a party's act is
not credited to that party, a timer reads as the system's, and the activity API keeps
naming whose act caused it (issue: "Waiting for funding … by Oscar Orchard")."""

from __future__ import annotations

import re

import pytest

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import freezes, statements
from directcontracts.contracts.models import ContractEvent
from directcontracts.disputes import services as disputes
from tests.contracts.factories import active_contract
from tests.disputes.factories import opened_by_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def contract(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    return contract


def _activity_line(page: str, kind: str) -> str:
    match = re.search(rf'<strong data-kind="{re.escape(kind)}">.*?</li>', page, re.S)
    assert match, kind
    return " ".join(match.group(0).split())


def test_waiting_for_funding_reads_as_following_the_clients_acceptance(client, contract):
    client.force_login(contract.freelancer)
    page = client.get(f"/contracts/{contract.pk}/").content.decode()
    line = _activity_line(page, "milestone.awaiting_funding")
    assert f"after {contract.client.display_name} accepted the contract" in line
    assert f"by {contract.client.display_name}" not in line


def test_the_clients_own_acceptance_is_still_credited_to_them(client, contract):
    client.force_login(contract.freelancer)
    page = client.get(f"/contracts/{contract.pk}/").content.decode()
    line = _activity_line(page, "contract.accepted")
    assert f"by {contract.client.display_name}" in line


def test_an_automatic_release_reads_as_the_review_periods_end_not_a_by_line(client, contract):
    ContractEvent.objects.create(
        contract=contract, actor_label="review period ended", kind="milestone.auto_released"
    )
    client.force_login(contract.client)
    page = client.get(f"/contracts/{contract.pk}/").content.decode()
    line = _activity_line(page, "milestone.auto_released")
    assert "automatically, when the review period ended" in line
    assert "by review period ended" not in line


def test_the_statement_credits_waiting_for_funding_to_the_platform_after_the_client(contract):
    event = contract.events.filter(kind="milestone.awaiting_funding").first()
    name = contract.client.display_name
    assert statements.who(event, contract) == f"The platform, after {name} accepted the contract"


def test_the_activity_api_still_names_whose_act_caused_waiting_for_funding(client, contract):
    _, secret = create_api_token(user=contract.freelancer, name="test")
    response = client.get(
        f"/api/v1/contracts/{contract.pk}/events", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 200
    rows = [e for e in response.json()["items"] if e["kind"] == "milestone.awaiting_funding"]
    assert rows
    assert all(e["actor_id"] == contract.client_id for e in rows)


# --- A freeze is the platform's act, not the party's whose dispute led to it ----------------------


def _dispute_freeze_events(freelancer, monkeypatch, frozen_clock):
    """The client opens a dispute (the escrow is frozen), then withdraws it (unfrozen)."""
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    disputes.withdraw_dispute(dispute=dispute, by=buyer)
    return contract, buyer


def test_a_disputes_freeze_reads_as_the_platforms_after_the_client_opened_it(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = _dispute_freeze_events(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    page = client.get(f"/contracts/{contract.pk}/").content.decode()
    frozen = _activity_line(page, "escrow.frozen")
    assert f"by the platform, after {buyer.display_name} opened a dispute" in frozen
    assert f"by {buyer.display_name}" not in frozen
    unfrozen = _activity_line(page, "escrow.unfrozen")
    assert "by the platform, when the dispute closed" in unfrozen
    assert buyer.display_name not in unfrozen


def test_the_statement_credits_a_disputes_freeze_to_the_platform(
    freelancer, monkeypatch, frozen_clock
):
    contract, buyer = _dispute_freeze_events(freelancer, monkeypatch, frozen_clock)
    frozen = contract.events.get(kind="escrow.frozen")
    assert statements.who(frozen, contract) == (
        f"The platform, after {buyer.display_name} opened a dispute"
    )


def test_a_trust_and_safety_freeze_never_names_the_staff_member(
    client, freelancer, monkeypatch, trust_safety_staff
):
    contract, _ = active_contract(freelancer, monkeypatch)
    freezes.hold_contract(
        contract=contract,
        source="trust_safety",
        reference="case:7",
        reason="Review.",
        by=trust_safety_staff,
    )
    client.force_login(freelancer)
    page = client.get(f"/contracts/{contract.pk}/").content.decode()
    line = _activity_line(page, "contract.held")
    assert "by Direct Contracts staff" in line
    assert trust_safety_staff.display_name not in line
