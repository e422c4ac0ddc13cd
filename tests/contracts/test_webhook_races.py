"""Gateway webhooks delivered at the same moment, on PostgreSQL with real concurrent callers
(December 2026 money review): one event delivered twice acts once, and a chargeback that
arrives with the settlement ends charged back, whichever is processed first (the one that
came too early is refused and delivered again)."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.payments.gateway import GatewayError
from directcontracts.payments.models import Payment, PaymentState, SandboxEvent
from tests.concurrency import run_together
from tests.contracts.factories import active_contract, card, milestone
from tests.payments.factories import delivered

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
ROUNDS = 3


def _pending_parts(freelancer, monkeypatch):
    contract, client = active_contract(
        freelancer,
        monkeypatch,
        milestones=[milestone(f"Part {n}", 10_000) for n in range(ROUNDS)],
    )
    method = card(client)
    parts = list(contract.milestones.order_by("position"))
    for part in parts:
        escrow.fund_milestone(milestone=part, by=client, method=method)
    SandboxEvent.objects.all().delete()  # the test delivers the outcomes itself
    return contract, parts


def _payment(part) -> Payment:
    return Payment.objects.get(reference=f"milestone:{part.pk}")


def test_one_settlement_delivered_four_times_at_once_funds_once(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    contract, parts = _pending_parts(freelancer, monkeypatch)
    for part in parts:
        charge = _payment(part).gateway_charge_id
        outcomes = run_together(
            [lambda charge=charge: delivered(f"evt_{charge}", "charge.succeeded", charge)] * 4,
            workers=4,
        )
        assert not any(isinstance(o, Exception) for o in outcomes), outcomes
        part.refresh_from_db()
        assert (part.state, part.funded_amount_minor) == (MilestoneState.FUNDED, 10_000)
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == 10_000 * ROUNDS


def test_a_chargeback_arriving_with_the_settlement_ends_charged_back(
    seeded_defaults, freelancer, monkeypatch, frozen_clock
):
    contract, parts = _pending_parts(freelancer, monkeypatch)
    for part in parts:
        charge = _payment(part).gateway_charge_id
        settled, disputed = run_together(
            [
                lambda charge=charge: delivered(f"evt_ok_{charge}", "charge.succeeded", charge),
                lambda charge=charge: delivered(f"evt_cb_{charge}", "charge.disputed", charge),
            ],
            workers=2,
        )
        assert not isinstance(settled, Exception), settled
        if isinstance(disputed, GatewayError):  # came first: the processor delivers it again
            assert disputed.code == "webhook_out_of_order"
            delivered(f"evt_cb_{charge}", "charge.disputed", charge)
        assert _payment(part).state == PaymentState.CHARGED_BACK
        part.refresh_from_db()
        assert (part.state, part.escrow_minor) == (MilestoneState.REFUNDED, 0)
    assert balance(account_id=chart.escrow(contract.pk, "USD").pk).posted == 0
