"""A chargeback of a payment the platform had already refunded in full as an unapplied
settlement (reported failed, then settled after the client funded the milestone again).

That payment never funded the milestone: its chargeback takes nothing from the escrow the
client's second payment funded, leaves the milestone funded, holds nothing of the
freelancer's and opens no case (it is a platform loss with a finance alert,
`test_chargeback_of_a_returned_payment.py`). Before, the escrow went to the bank, the
milestone read "refunded" and the case was accepted without contest."""

from __future__ import annotations

import json

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import Milestone, MilestoneState
from directcontracts.disputes.models import ChargebackCase
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments import webhooks
from directcontracts.payments.models import Payment, PaymentState
from directcontracts.payments.sandbox import sign
from tests.contracts.factories import active_contract, card, settle_gateway

pytestmark = pytest.mark.django_db


def _deliver(event_id: str, event_type: str, payment: Payment, **data: object) -> None:
    body = json.dumps(
        {"id": event_id, "type": event_type, "object": payment.gateway_charge_id, "data": data}
    ).encode()
    webhooks.receive(provider="sandbox", body=body, signature=sign(body))


def _refunded_payment_charged_back(freelancer, monkeypatch, frozen_clock):
    """The first payment is reported failed; the client funds the milestone again; the first
    settles after all (refunded in full as unapplied); then the client's bank takes it back."""
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    first = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    _deliver("evt_failed", "charge.failed", first, failure_code="settlement_failed")
    escrow.fund_milestone(
        milestone=Milestone.objects.get(pk=milestone.pk), by=client, method=card(client)
    )
    settle_gateway(frozen_clock)
    first.refresh_from_db()
    assert first.state == PaymentState.SUCCEEDED
    _deliver("evt_chargeback", "charge.disputed", first, disputed_minor=first.total_minor)
    first.refresh_from_db()
    milestone.refresh_from_db()
    return contract, milestone, first


def test_the_chargeback_leaves_the_escrow_the_second_payment_funded(
    freelancer, monkeypatch, frozen_clock
):
    contract, milestone, first = _refunded_payment_charged_back(
        freelancer, monkeypatch, frozen_clock
    )
    assert first.state == PaymentState.CHARGED_BACK
    assert (milestone.state, milestone.escrow_minor, milestone.refunded_amount_minor) == (
        MilestoneState.FUNDED,
        milestone.amount_minor,
        0,
    )
    held = balance(account_id=chart.escrow(contract.pk, contract.currency).pk)
    assert held.posted == milestone.amount_minor
    assert verify_ledger() == []


def test_the_chargeback_opens_no_case_against_the_freelancer(freelancer, monkeypatch, frozen_clock):
    _, _, first = _refunded_payment_charged_back(freelancer, monkeypatch, frozen_clock)
    assert not ChargebackCase.objects.filter(payment=first).exists()
