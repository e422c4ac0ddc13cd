"""Funding charges under real concurrent connections (PostgreSQL): two fund requests with
the same idempotency key charge the card once and get the same answer."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
    Payment,
    SandboxObject,
)
from tests.concurrency import run_together
from tests.contracts.factories import active_contract, card, settle_gateway

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_two_fund_requests_with_the_same_key_charge_once(
    freelancer, monkeypatch, frozen_clock, seeded_defaults
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    method = card(client)

    def fund():
        return escrow.fund_milestone(
            milestone=milestone, by=client, method=method, idempotency_key="same"
        )

    answers = run_together([fund, fund], workers=2)

    assert [getattr(a, "state", a) for a in answers] == [MilestoneState.FUNDING_PENDING] * 2
    assert SandboxObject.objects.filter(kind="charge").count() == 1
    assert Payment.objects.count() == 1
    request = GatewayRequest.objects.get(kind=GatewayRequestKind.CHARGE)
    assert request.state == GatewayRequestState.SUCCEEDED
    settle_gateway(frozen_clock)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert verify_ledger() == []
