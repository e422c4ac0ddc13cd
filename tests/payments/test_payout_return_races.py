"""Two deliveries of a paid payout's return at the same moment, on real concurrent
connections (PostgreSQL): the payout is claimed once, the money comes back once."""

from __future__ import annotations

import pytest

from directcontracts.ledger import chart
from directcontracts.ledger.models import Transfer
from directcontracts.notifications.models import Notice
from directcontracts.payments import payouts
from directcontracts.payments.models import Payout, PayoutState
from tests.concurrency import run_together
from tests.payments.factories import WITHDRAWABLE, delivered, money_to_withdraw, withdraw

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("seeded_defaults"),
]


@pytest.mark.parametrize(
    "reports",
    [
        [("evt_back", "payout.failed"), ("evt_back", "payout.failed")],
        [("evt_back", "payout.failed"), ("evt_back_named", "payout.returned")],
    ],
    ids=["one event delivered twice", "two events reporting the return"],
)
def test_two_deliveries_of_a_return_at_once_reverse_the_payout_once(
    freelancer, monkeypatch, frozen_clock, settings, reports
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank)
    delivered("evt_paid", "payout.paid", payout.gateway_payout_id)

    def deliver(event_id: str, kind: str):
        return lambda: delivered(event_id, kind, payout.gateway_payout_id)

    answers = run_together([deliver(*report) for report in reports], workers=2)

    assert [a for a in answers if isinstance(a, Exception)] == []
    payout.refresh_from_db()
    assert payout.state == PayoutState.RETURNED
    assert Transfer.objects.filter(key=chart.payout_returned_transfer_id(payout.pk)).count() == 1
    assert payouts.available_balance(freelancer, "USD") == WITHDRAWABLE
    assert Notice.objects.filter(recipient=freelancer, kind="payout.returned").count() == 1
    assert Payout.objects.count() == 1
