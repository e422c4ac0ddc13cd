"""Funding and approving through the API answer from the milestone the service read once its
transactions committed, and a milestone's blocking freeze is read without joining the
milestone it was asked about (issue 19, thirteenth round)."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directcontracts.accounts.services import create_api_token
from directcontracts.contracts import escrow, freezes
from tests.contracts.factories import active_contract, card, funded_milestone

pytestmark = pytest.mark.django_db

# A plain read of one milestone by its id, as `refresh_from_db` makes it (no lock, no join).
MILESTONE_BY_ID = re.compile(
    r'^SELECT .* FROM "contracts_milestone" WHERE "contracts_milestone"\."id" = \S+( LIMIT 21)?$'
)


def _post(client, user, path, data, key):
    headers = {
        "Authorization": f"Bearer {create_api_token(user=user, name='t')[1]}",
        "Idempotency-Key": key,
    }
    with CaptureQueriesContext(connection) as captured:
        response = client.post(path, data, content_type="application/json", headers=headers)
    assert response.status_code == 200, response.content
    sqls = [q["sql"] for q in captured.captured_queries]
    milestone_reads = [sql for sql in sqls if MILESTONE_BY_ID.match(sql)]
    contract_reads = [sql for sql in sqls if 'FROM "contracts_contract"' in sql]
    return response.json(), milestone_reads, contract_reads


def test_funding_through_the_api_reads_the_milestone_again_once_and_its_contract_not_again(
    client, freelancer, monkeypatch
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    path = f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}/fund"
    answer, reads, contract_reads = _post(
        client, buyer, path, {"payment_method_id": card(buyer).pk}, "f-1"
    )
    assert answer["state"] == "funding_pending"
    assert len(reads) == 1
    # The request's access check, and the contract's state under the milestone's lock.
    assert len(contract_reads) == 2


def test_approving_through_the_api_reads_the_milestone_again_once_and_its_contract_not_again(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Done.", files=[])
    path = f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}/approve"
    answer, reads, contract_reads = _post(client, buyer, path, {}, "a-1")
    assert answer["state"] == "released"
    assert answer["released_amount_minor"] == milestone.amount_minor
    assert len(reads) == 1
    assert len(contract_reads) == 1  # the request's access check; the lock joins it


def test_a_blocking_freeze_is_read_without_a_join_and_described_from_the_callers_rows(
    freelancer, monkeypatch, frozen_clock
):
    contract, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    freezes.freeze_escrow(
        contract=contract,
        milestone=milestone,
        source="chargeback",
        reference="chargeback:12",
        reason="The bank says nothing was delivered.",
        notify_parties=False,
    )
    milestone.contract = contract
    with CaptureQueriesContext(connection) as captured:
        found = freezes.blocking_freeze(milestone, freezes.Movement.RELEASE)
        assert found is not None
        words = freezes.describe(found, role="freelancer")
    sqls = [q["sql"] for q in captured.captured_queries]
    assert "escrowfreeze" in sqls[0]
    assert "JOIN" not in sqls[0]
    # The freelancer's words name the client (their account): those reads, and no other.
    assert not [sql for sql in sqls[1:] if re.search(r'FROM "contracts_(milestone|contract)"', sql)]
    assert f"“{milestone.title}” is frozen" in words
