"""Gateway calls happen outside the database transaction: intent, call, record.

A payout or refund is written (with its ledger movement) and committed first, the gateway
is asked with no transaction open, and its answer is recorded in a second transaction. A
crash between any two steps, followed by the recovery sweep, ends with the processor
having acted exactly once and the ledger balanced.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.contracts import escrow, paying
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments import gateway_requests
from directcontracts.payments.models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
    Payout,
    PayoutState,
    SandboxBalanceTransaction,
    SandboxObject,
)
from directcontracts.payments.reconciliation import reconcile
from tests.contracts.factories import funded_milestone, settle_gateway
from tests.disputes.factories import charged_back_after_release
from tests.payments.factories import (
    CRASH_POINTS,
    WITHDRAWABLE,
    money_to_withdraw,
    process_dies,
    withdraw,
)

pytestmark = pytest.mark.django_db
SWEEP_AFTER = gateway_requests.STALE_AFTER + timedelta(seconds=1)


def _refund(freelancer, monkeypatch, frozen_clock):
    _, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=20_000)
    return milestone


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_payout_interrupted_by_a_crash_is_paid_once_after_the_sweep(
    point, freelancer, monkeypatch, frozen_clock, settings
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    with process_dies(point, GatewayRequestKind.PAYOUT, monkeypatch):
        withdraw(freelancer, bank)
    request = GatewayRequest.objects.get(kind=GatewayRequestKind.PAYOUT)
    assert request.state == GatewayRequestState.PENDING
    frozen_clock.advance(seconds=SWEEP_AFTER.total_seconds())

    assert gateway_requests.resend_stale() == 1
    settle_gateway(frozen_clock)

    payout = Payout.objects.get()
    assert payout.state == PayoutState.PAID
    assert SandboxObject.objects.filter(kind="payout").count() == 1
    assert SandboxBalanceTransaction.objects.filter(type="payout").count() == 1
    pending = chart.freelancer_pending_payout(freelancer.pk, "USD")
    assert balance(account_id=pending.pk).available == 0
    assert paying.withdrawable(freelancer, "USD") == 0
    assert verify_ledger() == []


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_refund_interrupted_by_a_crash_is_sent_once_after_the_sweep(
    point, freelancer, monkeypatch, frozen_clock
):
    with process_dies(point, GatewayRequestKind.REFUND, monkeypatch):
        _refund(freelancer, monkeypatch, frozen_clock)
    assert GatewayRequest.objects.get(kind=GatewayRequestKind.REFUND).state == "pending"
    frozen_clock.advance(seconds=SWEEP_AFTER.total_seconds())

    assert gateway_requests.resend_stale() == 1

    refunds = SandboxObject.objects.filter(kind="refund")
    assert [r.amount_minor for r in refunds] == [20_000]
    moved = SandboxBalanceTransaction.objects.filter(type="refund")
    assert [t.amount_minor for t in moved] == [-20_000]
    assert verify_ledger() == []
    assert reconcile(day=frozen_clock.now().date()).ok


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_chargeback_evidence_interrupted_by_a_crash_is_submitted_once_after_the_sweep(
    point, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from directcontracts.disputes import chargebacks
    from directcontracts.disputes.models import ChargebackState

    _, _, _, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    with process_dies(point, GatewayRequestKind.EVIDENCE, monkeypatch):
        chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    frozen_clock.advance(seconds=SWEEP_AFTER.total_seconds())

    assert gateway_requests.resend_stale() == 1

    submitted = SandboxObject.objects.get(kind="evidence")
    case.refresh_from_db()
    assert case.state == ChargebackState.EVIDENCE_SUBMITTED
    assert case.gateway_evidence_id == submitted.object_id
    assert submitted.data["document_sha256"] == case.evidence_sha256
    assert verify_ledger() == []


def test_a_payout_is_asked_of_the_gateway_once_its_transaction_committed(
    freelancer, monkeypatch, frozen_clock, settings
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank)
    request = GatewayRequest.objects.get(kind=GatewayRequestKind.PAYOUT)
    assert request.state == GatewayRequestState.SUCCEEDED
    assert payout.gateway_payout_id == request.processor_id
    assert request.processor_id.startswith("po_")


def test_a_pending_request_younger_than_the_sweeps_wait_is_left_alone(
    freelancer, monkeypatch, frozen_clock, settings
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    with process_dies("after the intent", GatewayRequestKind.PAYOUT, monkeypatch):
        withdraw(freelancer, bank)
    frozen_clock.advance(seconds=60)
    assert gateway_requests.resend_stale() == 0
    assert not SandboxObject.objects.filter(kind="payout").exists()


def test_recording_an_answer_twice_changes_nothing_more(
    freelancer, monkeypatch, frozen_clock, settings
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    withdraw(freelancer, bank)
    request = GatewayRequest.objects.get(kind=GatewayRequestKind.PAYOUT)
    refused = gateway_requests.Answer(GatewayRequestState.FAILED, "po_other", "account_closed")
    gateway_requests.record_outcome(request.pk, refused)
    request.refresh_from_db()
    assert request.state == GatewayRequestState.SUCCEEDED
    assert Payout.objects.get().state == PayoutState.PENDING


def test_a_payout_the_gateway_refuses_returns_the_money_at_once(
    freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.payments.gateway import GatewayError
    from directcontracts.payments.sandbox import SandboxGateway

    def refuse(self, **kwargs):
        raise GatewayError("account_closed", "The account is closed.")

    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    monkeypatch.setattr(SandboxGateway, "payout", refuse)
    payout = withdraw(freelancer, bank)
    assert payout.state == PayoutState.FAILED
    assert paying.withdrawable(freelancer, "USD") == WITHDRAWABLE


def test_the_sweep_sends_a_stale_request_once_however_often_it_runs(
    freelancer, monkeypatch, frozen_clock, settings
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    with process_dies("after the call", GatewayRequestKind.PAYOUT, monkeypatch):
        withdraw(freelancer, bank)
    frozen_clock.advance(seconds=SWEEP_AFTER.total_seconds())
    assert gateway_requests.resend_stale() == 1
    assert gateway_requests.resend_stale() == 0
    assert GatewayRequest.objects.get(kind=GatewayRequestKind.PAYOUT).attempts == 2


# --- No gateway call inside a transaction -------------------------------------------------


@pytest.fixture
def gateway_refusing_transactions(monkeypatch):
    """The sandbox gateway, failing the test if a money or evidence method is called while
    a database transaction is open; returns the names of the methods called."""
    from django.db import connection

    from directcontracts.payments.sandbox import SandboxGateway

    called: list[str] = []

    def guarded(name):
        real = getattr(SandboxGateway, name)

        def call(self, **kwargs):
            assert not connection.in_atomic_block, f"{name}() called inside a transaction"
            called.append(name)
            return real(self, **kwargs)

        return call

    for name in ("refund", "payout", "submit_chargeback_evidence"):
        monkeypatch.setattr(SandboxGateway, name, guarded(name))
    return called


@pytest.mark.django_db(transaction=True)
def test_a_payout_calls_the_gateway_with_no_transaction_open(
    freelancer, monkeypatch, frozen_clock, settings, seeded_defaults, gateway_refusing_transactions
):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    withdraw(freelancer, bank)
    assert gateway_refusing_transactions == ["payout"]


@pytest.mark.django_db(transaction=True)
def test_a_refund_calls_the_gateway_with_no_transaction_open(
    freelancer, monkeypatch, frozen_clock, seeded_defaults, gateway_refusing_transactions
):
    _refund(freelancer, monkeypatch, frozen_clock)
    assert gateway_refusing_transactions == ["refund"]


@pytest.mark.django_db(transaction=True)
def test_chargeback_evidence_goes_to_the_gateway_with_no_transaction_open(
    freelancer,
    monkeypatch,
    frozen_clock,
    seeded_defaults,
    trust_safety_staff,
    gateway_refusing_transactions,
):
    from directcontracts.disputes import chargebacks

    _, _, _, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    assert gateway_refusing_transactions == ["submit_chargeback_evidence"]


def test_the_sweep_command_sends_what_a_crash_left_and_says_how_many(
    freelancer, monkeypatch, frozen_clock, settings
):
    from io import StringIO

    from django.core.management import call_command

    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    with process_dies("after the intent", GatewayRequestKind.PAYOUT, monkeypatch):
        withdraw(freelancer, bank)
    frozen_clock.advance(seconds=SWEEP_AFTER.total_seconds())
    out = StringIO()
    call_command("resend_gateway_requests", stdout=out)
    assert out.getvalue().strip() == "gateway requests answered: 1"
    assert Payout.objects.get().gateway_payout_id
