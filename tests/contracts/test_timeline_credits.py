"""The activity says who did what truthfully: a step the system took on a party's act is
not credited to that party, a timer reads as the system's, and the activity API keeps
naming whose act caused it (issue: "Waiting for funding … by Oscar Orchard")."""

from __future__ import annotations

import re

import pytest

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import statements
from directcontracts.contracts.models import ContractEvent
from tests.contracts.factories import active_contract

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
