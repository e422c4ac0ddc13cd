"""The card-testing limits of hostile round G under real concurrent connections (PostgreSQL):
cards added by one client at one instant, and charges asked at one instant once declines
are near the day's limit. Neither limit may be passed by sending everything at once."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from directcontracts.contracts import escrow
from directcontracts.payments.models import (
    GatewayRequest,
    GatewayRequestKind,
    Payment,
    PaymentMethod,
    PaymentState,
)
from tests.concurrency import run_together
from tests.contracts.factories import active_contract, card, milestone

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

DECLINED_CARD = "4000000000000002"
WORKERS = 8


def _codes(outcomes: list[Any]) -> Counter[str]:
    return Counter(getattr(o, "code", type(o).__name__) for o in outcomes)


def _contract_with_milestones(freelancer, monkeypatch, count: int):
    contract, client = active_contract(
        freelancer,
        monkeypatch,
        milestones=[milestone(f"Part {n}", 10_000) for n in range(count)],
    )
    return list(contract.milestones.order_by("position")), client


def test_cards_added_at_one_instant_stop_at_the_days_limit(
    freelancer, monkeypatch, seeded_defaults, settings
):
    settings.PAYMENT_METHODS_PER_DAY = 3
    _, client = active_contract(freelancer, monkeypatch)

    outcomes = run_together([lambda: card(client)] * 20)

    assert _codes(outcomes) == {"PaymentMethod": 3, "rate_limited": 17}
    assert PaymentMethod.objects.filter(owner=client).count() == 3


def test_charges_asked_at_one_instant_send_no_more_than_the_days_declines_allow(
    freelancer, monkeypatch, seeded_defaults, settings
):
    settings.DECLINED_PAYMENTS_PER_DAY = 2
    milestones, client = _contract_with_milestones(freelancer, monkeypatch, WORKERS)
    method = card(client, DECLINED_CARD)

    outcomes = run_together(
        [
            lambda part=part: escrow.fund_milestone(milestone=part, by=client, method=method)
            for part in milestones
        ],
        workers=WORKERS,
    )

    assert _codes(outcomes) == {"payment_declined": 2, "rate_limited": WORKERS - 2}
    assert GatewayRequest.objects.filter(kind=GatewayRequestKind.CHARGE).count() == 2
    assert Payment.objects.filter(payer=client, state=PaymentState.FAILED).count() == 2
