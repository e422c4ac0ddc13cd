"""Funding charges in three steps: the payment and its charge request commit first, the
gateway is asked with no transaction open, and its answer is recorded in a second
transaction. The client still gets the answer at once; a crash between the steps, then the
recovery sweep, ends with one charge at the processor, the milestone funded and the ledger
balanced; a settlement that arrives before the answer is recorded still funds the milestone.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.ledger.verify import verify_ledger
from directcontracts.notifications.models import Notice
from directcontracts.payments import gateway_requests
from directcontracts.payments.models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
    Payment,
    PaymentState,
    SandboxBalanceTransaction,
    SandboxObject,
)
from directcontracts.payments.sandbox import SandboxGateway
from tests.contracts.factories import active_contract, card, settle_gateway
from tests.payments.factories import CRASH_POINTS, process_dies

pytestmark = pytest.mark.django_db
SWEEP_AFTER = gateway_requests.STALE_AFTER + timedelta(seconds=1)
DECLINED_CARD = "4000000000000002"
CHARGE = GatewayRequestKind.CHARGE


def _unfunded(freelancer, monkeypatch):
    """An active contract's first milestone, awaiting funding: (client, milestone)."""
    contract, client = active_contract(freelancer, monkeypatch)
    return client, contract.milestones.order_by("position").first()


def _fund(milestone, client, number: str = "4242424242424242", key: str = "fund-1"):
    return escrow.fund_milestone(
        milestone=milestone, by=client, method=card(client, number), idempotency_key=key
    )


def _sweep(frozen_clock) -> int:
    frozen_clock.advance(seconds=SWEEP_AFTER.total_seconds())
    return gateway_requests.resend_stale()


def _charges_at_the_processor() -> int:
    return SandboxObject.objects.filter(kind="charge").count()


@pytest.fixture
def charges_checked_for_transactions(monkeypatch) -> list[bool]:
    """The sandbox's charge, noting for each call whether a transaction of ours was open
    (`call_gateway`'s own guard)."""
    seen: list[bool] = []
    real = SandboxGateway.charge

    def charge(self, **kwargs):
        seen.append(gateway_requests.in_transaction())
        return real(self, **kwargs)

    monkeypatch.setattr(SandboxGateway, "charge", charge)
    return seen


def test_funding_charges_the_card_with_no_transaction_open(
    freelancer, monkeypatch, charges_checked_for_transactions
):
    client, milestone = _unfunded(freelancer, monkeypatch)
    funded = _fund(milestone, client)
    assert charges_checked_for_transactions == [False]
    assert funded.state == MilestoneState.FUNDING_PENDING


def test_a_declined_card_is_charged_with_no_transaction_open(
    freelancer, monkeypatch, charges_checked_for_transactions
):
    client, milestone = _unfunded(freelancer, monkeypatch)
    with pytest.raises(DomainError):
        _fund(milestone, client, DECLINED_CARD)
    assert charges_checked_for_transactions == [False]


def test_the_charge_is_a_gateway_request_answered_with_the_charge_id(freelancer, monkeypatch):
    client, milestone = _unfunded(freelancer, monkeypatch)
    _fund(milestone, client)
    payment = Payment.objects.get()
    request = GatewayRequest.objects.get(kind=CHARGE)
    assert request.subject == f"payment:{payment.pk}"
    assert request.idempotency_key == payment.idempotency_key
    assert request.state == GatewayRequestState.SUCCEEDED
    assert payment.gateway_charge_id == request.processor_id
    assert SandboxObject.objects.get(kind="charge").object_id == payment.gateway_charge_id


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_funding_interrupted_by_a_crash_is_charged_once_after_the_sweep_and_funds_the_milestone(
    point, freelancer, monkeypatch, frozen_clock
):
    client, milestone = _unfunded(freelancer, monkeypatch)
    with process_dies(point, CHARGE, monkeypatch):
        _fund(milestone, client)
    assert GatewayRequest.objects.get(kind=CHARGE).state == GatewayRequestState.PENDING

    assert _sweep(frozen_clock) == 1
    settle_gateway(frozen_clock)

    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert _charges_at_the_processor() == 1
    assert SandboxBalanceTransaction.objects.filter(type="charge").count() == 2  # amount, fee
    assert verify_ledger() == []


def test_a_crash_before_the_call_leaves_the_milestone_awaiting_funding_with_nothing_charged(
    freelancer, monkeypatch
):
    client, milestone = _unfunded(freelancer, monkeypatch)
    with process_dies("after the intent", CHARGE, monkeypatch):
        _fund(milestone, client)
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.AWAITING_FUNDING
    assert _charges_at_the_processor() == 0
    assert not Notice.objects.filter(kind="milestone.funding_pending").exists()


def test_a_crash_after_the_call_is_recorded_by_the_sweep_with_the_same_charge(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _unfunded(freelancer, monkeypatch)
    with process_dies("after the call", CHARGE, monkeypatch):
        _fund(milestone, client)
    made = SandboxObject.objects.get(kind="charge").object_id

    assert _sweep(frozen_clock) == 1

    assert Payment.objects.get().gateway_charge_id == made
    assert GatewayRequest.objects.get(kind=CHARGE).attempts == 2
    assert _charges_at_the_processor() == 1
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDING_PENDING
    assert verify_ledger() == []


def test_a_settlement_arriving_before_the_answer_is_recorded_funds_the_milestone(
    freelancer, monkeypatch, frozen_clock
):
    client, milestone = _unfunded(freelancer, monkeypatch)
    with process_dies("after the call", CHARGE, monkeypatch):
        _fund(milestone, client)

    assert settle_gateway(frozen_clock) == 1  # the payment is found by its metadata

    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    payment = Payment.objects.get()
    assert payment.state == PaymentState.SUCCEEDED
    assert payment.gateway_charge_id == SandboxObject.objects.get(kind="charge").object_id
    assert GatewayRequest.objects.get(kind=CHARGE).state == GatewayRequestState.SUCCEEDED
    assert _sweep(frozen_clock) == 0
    assert _charges_at_the_processor() == 1
    assert verify_ledger() == []


def test_a_declined_card_is_answered_at_once_with_todays_words(freelancer, monkeypatch):
    client, milestone = _unfunded(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        _fund(milestone, client, DECLINED_CARD)
    assert (refused.value.code, refused.value.status) == ("payment_declined", 402)
    assert refused.value.message == (
        "The card was declined. Nothing was charged; try another payment method."
    )
    request = GatewayRequest.objects.get(kind=CHARGE)
    assert (request.state, request.failure_code) == (GatewayRequestState.FAILED, "card_declined")
    payment = Payment.objects.get()
    assert (payment.state, payment.failure_code) == (PaymentState.FAILED, "card_declined")
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.AWAITING_FUNDING
    declined = milestone.events.get(kind="milestone.funding_declined")
    assert declined.message == "The card was declined."
    # The client has the answer; nothing was on its way.
    assert not Notice.objects.filter(kind__startswith="milestone.funding").exists()


def test_a_replayed_decline_answers_the_same_without_a_second_charge(freelancer, monkeypatch):
    client, milestone = _unfunded(freelancer, monkeypatch)
    method = card(client, DECLINED_CARD)
    answers = []
    for _ in range(2):
        with pytest.raises(DomainError) as refused:
            escrow.fund_milestone(
                milestone=milestone, by=client, method=method, idempotency_key="fund-1"
            )
        answers.append((refused.value.code, refused.value.message))
    assert answers[0] == answers[1]
    assert _charges_at_the_processor() == 1
    assert GatewayRequest.objects.filter(kind=CHARGE).count() == 1


def test_a_decline_recorded_by_the_sweep_tells_the_client(freelancer, monkeypatch, frozen_clock):
    client, milestone = _unfunded(freelancer, monkeypatch)
    with process_dies("after the intent", CHARGE, monkeypatch):
        _fund(milestone, client, DECLINED_CARD)

    assert _sweep(frozen_clock) == 1

    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.AWAITING_FUNDING
    assert Payment.objects.get().state == PaymentState.FAILED
    assert milestone.events.filter(kind="milestone.funding_declined").exists()
    told = Notice.objects.get(kind="milestone.funding_failed")
    assert told.recipient == client
    assert told.title == f"The payment for “{milestone.title}” did not go through"


def test_a_second_attempt_while_a_charge_is_unanswered_charges_nothing(freelancer, monkeypatch):
    client, milestone = _unfunded(freelancer, monkeypatch)
    with process_dies("after the intent", CHARGE, monkeypatch):
        _fund(milestone, client)
    with pytest.raises(DomainError) as refused:
        _fund(milestone, client, key="fund-2")
    assert (refused.value.code, refused.value.status) == ("payment_in_progress", 409)
    assert Payment.objects.count() == 1
    assert _charges_at_the_processor() == 0


def test_a_replay_of_an_unanswered_charge_gets_its_answer_with_one_charge(freelancer, monkeypatch):
    client, milestone = _unfunded(freelancer, monkeypatch)
    with process_dies("after the call", CHARGE, monkeypatch):
        _fund(milestone, client)

    replayed = _fund(milestone, client)

    assert replayed.state == MilestoneState.FUNDING_PENDING
    assert _charges_at_the_processor() == 1
    assert (
        Payment.objects.get().gateway_charge_id
        == SandboxObject.objects.get(kind="charge").object_id
    )


def test_the_amount_of_a_milestone_whose_charge_is_unanswered_does_not_change(
    freelancer, monkeypatch
):
    from directcontracts.contracts import changes
    from directcontracts.contracts.models import ProposalKind

    client, milestone = _unfunded(freelancer, monkeypatch)
    proposal = changes.propose_change(
        contract=milestone.contract,
        by=freelancer,
        kind=ProposalKind.CHANGE_AMOUNT,
        milestone=milestone,
        amount_minor=1_000,
    )
    with process_dies("after the intent", CHARGE, monkeypatch):
        _fund(milestone, client)
    with pytest.raises(DomainError) as refused:
        changes.accept_change(proposal=proposal, by=client)
    assert (refused.value.code, refused.value.status) == ("payment_in_progress", 409)
    milestone.refresh_from_db()
    assert milestone.amount_minor == Payment.objects.get().amount_minor


def test_a_contract_with_a_charge_unanswered_does_not_end(freelancer, monkeypatch):
    from directcontracts.contracts import changes

    client, milestone = _unfunded(freelancer, monkeypatch)
    with process_dies("after the intent", CHARGE, monkeypatch):
        _fund(milestone, client)
    with pytest.raises(DomainError) as refused:
        changes.end_contract(contract=milestone.contract, by=freelancer)
    assert (refused.value.code, refused.value.status) == ("payment_in_progress", 409)
