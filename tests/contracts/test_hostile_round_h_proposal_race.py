"""Hostile review, round H (7 December 2026): the open-proposals bound under concurrency.

Round G bounded the proposals a party leaves waiting (OPEN_PROPOSALS_PER_PARTY) but counted
them without a lock: proposals sent at the same instant each counted the same waiting ones
and all passed. Real concurrent connections on PostgreSQL show the bound holding now.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import changes
from directcontracts.contracts.models import ChangeProposal, ProposalKind, ProposalState
from directcontracts.core.errors import DomainError
from tests.concurrency import run_together
from tests.contracts.factories import active_contract

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]


def test_proposals_sent_at_the_same_instant_stop_at_the_open_proposals_bound(
    freelancer, monkeypatch, settings
):
    settings.OPEN_PROPOSALS_PER_PARTY = 2
    contract, _ = active_contract(freelancer, monkeypatch)

    def propose(n: int):
        return lambda: changes.propose_change(
            contract=contract,
            by=freelancer,
            kind=ProposalKind.ADD_MILESTONE,
            title=f"Extra page {n}",
            amount_minor=30_000,
        )

    outcomes = run_together([propose(n) for n in range(6)], 6)

    refused = [o for o in outcomes if isinstance(o, DomainError)]
    assert {r.code for r in refused} == {"too_many_open_proposals"}, outcomes
    waiting = ChangeProposal.objects.filter(contract=contract, state=ProposalState.PENDING)
    assert waiting.count() == 2
