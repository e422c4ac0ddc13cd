"""A chargeback of a payment the platform had already refunded in full as an unapplied
settlement (reported failed, then settled after the client funded the milestone again).

That payment never funded the milestone: its chargeback takes nothing from the escrow the
client's second payment funded, leaves the milestone funded, holds nothing of the
freelancer's and opens no case (it is a platform loss with a finance alert,
`test_chargeback_of_a_returned_payment.py`). Before, the escrow went to the bank, the
milestone read "refunded" and the case was accepted without contest."""

from __future__ import annotations

import pytest

from directcontracts.contracts.models import MilestoneState
from directcontracts.disputes.models import ChargebackCase
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.models import PaymentState
from tests.disputes.factories import deliver, returned_payment_of_a_funded_milestone

pytestmark = pytest.mark.django_db


def _refunded_payment_charged_back(freelancer, monkeypatch, frozen_clock):
    """The returned payment of a milestone a second payment funded, taken back by the bank."""
    contract, milestone, first = returned_payment_of_a_funded_milestone(
        freelancer, monkeypatch, frozen_clock
    )
    assert first.state == PaymentState.SUCCEEDED
    deliver("evt_chargeback", "charge.disputed", first, disputed_minor=first.total_minor)
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
