"""What a call with an API token costs: its authentication is one query, the same for
staff (whose token works only while their two-factor sign-in is on) as for anyone."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directcontracts.accounts.models import StaffGroup
from tests.accounts.factories import StaffFactory
from tests.contracts.factories import active_contract
from tests.contracts.helpers import api_token_for

pytestmark = pytest.mark.django_db

# The API's contract detail called with a token: the token's lookup (the owner's two-factor
# check is a subquery of it), the contract, its milestones, its freezes. 4 before the check
# was added; still 4.
CONTRACT_DETAIL_QUERIES = 4


def _queries(client, path: str, secret: str) -> list[str]:
    client.get(path, headers={"Authorization": f"Bearer {secret}"})  # "last used" written
    with CaptureQueriesContext(connection) as made:
        answer = client.get(path, headers={"Authorization": f"Bearer {secret}"})
    assert answer.status_code == 200, answer.content
    return [q["sql"] for q in made.captured_queries]


def test_the_api_contract_detail_with_a_token_makes_a_fixed_number_of_queries(
    client, freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    queries = _queries(client, f"/api/v1/contracts/{contract.pk}", api_token_for(freelancer))
    assert len(queries) == CONTRACT_DETAIL_QUERIES, "\n".join(queries)


def test_a_staff_members_token_costs_the_same_queries(client, monkeypatch):
    staff = StaffFactory(groups=[StaffGroup.SUPPORT], is_freelancer=True)
    contract, _ = active_contract(staff, monkeypatch)
    queries = _queries(client, f"/api/v1/contracts/{contract.pk}", api_token_for(staff))
    assert len(queries) == CONTRACT_DETAIL_QUERIES, "\n".join(queries)
