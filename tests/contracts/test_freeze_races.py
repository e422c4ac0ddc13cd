"""A freeze and a release racing on PostgreSQL: the release either commits first or meets
the freeze, never slips past it (both lock the milestone row first)."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow, freezes
from directcontracts.contracts.models import ContractEvent, MilestoneState
from directcontracts.core.errors import DomainError
from tests.concurrency import run_together
from tests.contracts.factories import active_contract, card, milestone, settle_gateway

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
ROUNDS = 6


def test_a_release_racing_a_freeze_never_moves_frozen_money(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    contract, client = active_contract(
        freelancer,
        monkeypatch,
        milestones=[milestone(f"Part {n}", 10_000) for n in range(ROUNDS)],
    )
    parts = list(contract.milestones.order_by("position"))
    method = card(client)
    for part in parts:
        escrow.fund_milestone(milestone=part, by=client, method=method)
    settle_gateway(frozen_clock)

    for n, part in enumerate(parts):

        def release(part=part):
            return escrow.approve_milestone(milestone=part, by=client)

        def freeze(part=part, n=n):
            return freezes.freeze_escrow(
                contract=contract,
                milestone=part,
                source="trust_safety",
                reference=f"case:{n}",
                reason="Race",
            )

        released, frozen = run_together([release, freeze], workers=2)
        assert not isinstance(frozen, Exception), frozen
        part.refresh_from_db()
        frozen_event = ContractEvent.objects.get(milestone=part, kind="escrow.frozen")
        if isinstance(released, DomainError):
            assert released.code == "escrow_frozen"
            assert part.state == MilestoneState.FUNDED
        else:
            assert part.state == MilestoneState.RELEASED
            released_event = ContractEvent.objects.get(milestone=part, kind="milestone.released")
            assert released_event.pk < frozen_event.pk
