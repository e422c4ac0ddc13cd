"""Hypothesis drives one funded milestone through releases and refunds in any order, then
the bank takes the payment back, the platform contests it or not, and the bank decides
(a case accepted without contest included: a won decision still brings the money back).

After every example, for that payment's chargeback (docs/ledger.md, "Chargebacks after a
refund"):

1. the ledger verifies (every transfer balanced, no account below what its rule allows);
2. nothing is lost or created: won, the dispute reserve nets to zero for the payment (the
   processor returned what it took, and what escrow covered went back to the client whose
   bank had taken it, since the client pays that again); lost, the reserve's loss is what
   the bank took (the gross less what was refunded before) less what escrow covered and
   what the freelancer's balance recovered;
3. what is held from the freelancer is what is still at risk: at most what they received
   from the payment, at most the loss, never more than was funded less what was refunded,
   and the freelancer is told that amount;
4. the milestone never counts more released and refunded than was funded.
"""

from __future__ import annotations

import pytest
from django.db.models import Sum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from directcontracts.contracts import escrow
from directcontracts.contracts.money import display
from directcontracts.core.errors import DomainError
from directcontracts.disputes import chargebacks
from directcontracts.disputes.models import ChargebackCase, ChargebackState
from directcontracts.ledger import chart
from directcontracts.ledger.models import Transfer
from directcontracts.ledger.verify import verify_ledger
from directcontracts.notifications.models import Notice
from directcontracts.payments.models import Payment
from tests.contracts.factories import settle_gateway
from tests.disputes.factories import bank_decides, new_milestone_funded_by_chargeback_card

pytestmark = pytest.mark.django_db

AMOUNT = st.one_of(st.none(), st.integers(min_value=1, max_value=50_000))
BEFORE = st.lists(st.tuples(st.sampled_from(["release", "refund"]), AMOUNT), max_size=4)
DECISION = st.sampled_from(["won", "lost", "undecided"])


def _reserve_net(payment: Payment) -> int:
    """What the dispute reserve gained (+) or lost (-) through this payment's chargeback."""
    reserve = chart.dispute_reserve(payment.currency).pk
    mine = Transfer.objects.filter(reference=f"chargeback:{payment.pk}")
    credits = mine.filter(credit_account_id=reserve).aggregate(t=Sum("amount"))["t"] or 0
    debits = mine.filter(debit_account_id=reserve).aggregate(t=Sum("amount"))["t"] or 0
    return int(credits) - int(debits)


@settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(before=BEFORE, contest=st.booleans(), decision=DECISION)
def test_no_order_of_refunds_and_chargeback_decisions_loses_or_creates_money(
    freelancer, trust_safety_staff, shared_contract, frozen_clock, before, contest, decision
):
    contract, client = shared_contract
    milestone = new_milestone_funded_by_chargeback_card(contract, client, frozen_clock)
    for step, amount in before:
        milestone.refresh_from_db()
        try:
            if step == "release":
                escrow.approve_milestone(milestone=milestone, by=client, amount_minor=amount)
            else:
                escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=amount)
        except DomainError:
            pass  # more than escrow holds, or nothing left: refused as a whole
    milestone.refresh_from_db()
    refunded_before = milestone.refunded_amount_minor
    settle_gateway(frozen_clock, seconds=120)  # the bank takes the payment back
    case = ChargebackCase.objects.get(milestone=milestone)
    payment = case.payment
    milestone.refresh_from_db()
    released_net = sum(milestone.releases.values_list("net_minor", flat=True))

    # 3. What is held is what is still at risk, and the freelancer is told that amount.
    assert case.at_risk_minor == min(case.loss_minor, released_net)
    assert case.at_risk_minor <= milestone.funded_amount_minor - refunded_before
    # The bank takes back only what was not refunded: refund and chargeback together give
    # the client exactly what they paid, never more.
    assert case.amount_minor == payment.total_minor - refunded_before
    assert case.from_escrow_minor + case.loss_minor == case.amount_minor
    assert refunded_before + case.amount_minor == payment.total_minor
    if case.at_risk_minor:
        assert case.payout_hold.amount_minor == case.at_risk_minor
        told = Notice.objects.filter(recipient=freelancer, kind="chargeback.opened").latest("id")
        assert display(case.at_risk_minor, "USD") in told.body
    else:
        assert case.payout_hold is None

    if case.state == ChargebackState.OPEN and contest:
        case = chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    # A case accepted without contest is decided too: the bank may still decide for us.
    if decision != "undecided":
        bank_decides(case, frozen_clock, won=decision == "won")
    case.refresh_from_db()
    milestone.refresh_from_db()

    # 1. and 4.
    assert verify_ledger() == []
    assert (
        milestone.escrow_minor + milestone.released_amount_minor + milestone.refunded_amount_minor
        == milestone.funded_amount_minor
    )
    if decision == "won":  # a won decision is never ignored, accepted case or not
        assert case.state == ChargebackState.WON
    # 2. Nothing lost or created.
    net = _reserve_net(payment)
    if case.state == ChargebackState.WON:
        assert net == 0, f"the reserve kept {net} after a won chargeback"
    elif case.state == ChargebackState.LOST:
        assert net == -(case.loss_minor - case.recovered_minor)
        assert 0 <= case.recovered_minor <= case.at_risk_minor
    else:
        assert net == -case.loss_minor
