"""A charge the processor has not answered yet may still be declined, so it counts towards
DECLINED_PAYMENTS_PER_DAY until it is answered: otherwise charges asked together each see
the declines before any is answered, and all are sent (limits under concurrency,
7 December; raced in `test_card_testing_races.py`)."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.core.errors import DomainError
from directcontracts.payments.models import GatewayRequestKind, Payment
from tests.contracts.factories import active_contract, card, milestone
from tests.payments.factories import out_of_reach_for

pytestmark = pytest.mark.django_db

DECLINED_CARD = "4000000000000002"


def test_a_charge_waiting_for_its_answer_counts_towards_the_days_declines(
    freelancer, monkeypatch, frozen_clock, settings
):
    settings.DECLINED_PAYMENTS_PER_DAY = 2
    contract, client = active_contract(
        freelancer, monkeypatch, milestones=[milestone(f"Part {n}", 10_000) for n in range(3)]
    )
    declined, waiting, third = contract.milestones.order_by("position")
    with pytest.raises(DomainError):
        escrow.fund_milestone(milestone=declined, by=client, method=card(client, DECLINED_CARD))
    out_of_reach_for(GatewayRequestKind.CHARGE, monkeypatch)
    escrow.fund_milestone(milestone=waiting, by=client, method=card(client))

    with pytest.raises(DomainError) as refused:
        escrow.fund_milestone(milestone=third, by=client, method=card(client))

    # Come back in a minute: the waiting charge is answered in seconds, or by the sweep.
    assert (refused.value.code, refused.value.retry_after) == ("rate_limited", 60)
    assert Payment.objects.filter(payer=client).count() == 2


def test_charges_only_waiting_for_their_answer_are_not_called_declined(
    freelancer, monkeypatch, frozen_clock, settings
):
    settings.DECLINED_PAYMENTS_PER_DAY = 1
    contract, client = active_contract(
        freelancer, monkeypatch, milestones=[milestone(f"Part {n}", 10_000) for n in range(2)]
    )
    waiting, second = contract.milestones.order_by("position")
    out_of_reach_for(GatewayRequestKind.CHARGE, monkeypatch)
    escrow.fund_milestone(milestone=waiting, by=client, method=card(client))

    with pytest.raises(DomainError) as refused:
        escrow.fund_milestone(milestone=second, by=client, method=card(client))

    assert "declined" not in refused.value.message
    assert "waiting for the card processor" in refused.value.message
