"""Daily reconciliation of a refund the processor refused and finance retried later: the
refund's movement is on the day it was asked, the processor's line on the day the retry was
taken. The first day reports it missing at the processor until the retry is taken (it was);
the retry's day does not report a settled refund as missing from the ledger, and the first
day, checked again, is clean. A refund the processor paid twice is still reported.

Before 7 December 2026 the retry's day reported the refund `missing_in_ledger` and the first
day stayed `missing_at_gateway` for good: one refund on two days' reports, one of them after
it was settled."""

from __future__ import annotations

import pytest

from directcontracts.payments import refused_refunds
from directcontracts.payments.models import GatewayRequest, SandboxBalanceTransaction
from directcontracts.payments.reconciliation import MismatchKind, reconcile
from directcontracts.payments.services import record_balance_transaction
from tests.payments.factories import refused_refund, take_refunds

pytestmark = pytest.mark.django_db


@pytest.fixture
def refused(freelancer, monkeypatch, frozen_clock):
    *_, request = refused_refund(freelancer, monkeypatch, frozen_clock)
    return request


def _retried_days_later(request: GatewayRequest, monkeypatch, frozen_clock, finance_staff):
    frozen_clock.advance(days=3)
    take_refunds(monkeypatch)
    refused_refunds.retry_refused_refund(
        request_id=request.pk, by=finance_staff, reason="The processor's outage is over."
    )


def _reported(day, key: str) -> list[str]:
    return [m.kind for m in reconcile(day=day).mismatches if m.key == key]


def _refund_key(request: GatewayRequest) -> str:
    return str(request.arguments["metadata"]["transfer"])


def test_a_refused_refund_is_missing_at_the_processor_on_its_day_until_retried(
    refused, frozen_clock
):
    assert _reported(frozen_clock.now().date(), _refund_key(refused)) == [
        MismatchKind.MISSING_AT_GATEWAY
    ]


def test_the_retrys_day_does_not_report_the_settled_refund_missing_from_the_ledger(
    refused, monkeypatch, frozen_clock, finance_staff
):
    _retried_days_later(refused, monkeypatch, frozen_clock, finance_staff)
    line = SandboxBalanceTransaction.objects.get(type="refund")
    assert line.reference == _refund_key(refused)
    assert _reported(frozen_clock.now().date(), _refund_key(refused)) == []


def test_the_refunds_own_day_checked_again_after_the_retry_is_clean(
    refused, monkeypatch, frozen_clock, finance_staff
):
    asked_on = frozen_clock.now().date()
    _retried_days_later(refused, monkeypatch, frozen_clock, finance_staff)
    assert _reported(asked_on, _refund_key(refused)) == []


def test_a_refund_the_processor_paid_again_on_another_day_is_still_reported(
    refused, monkeypatch, frozen_clock, finance_staff
):
    _retried_days_later(refused, monkeypatch, frozen_clock, finance_staff)
    line = SandboxBalanceTransaction.objects.get(type="refund")
    frozen_clock.advance(days=1)
    record_balance_transaction(
        txn_id="txn_refund_twice",
        source_id=line.source_id,
        type="refund",
        amount_minor=line.amount_minor,
        currency=line.currency,
        reference=line.reference,
    )
    assert _reported(frozen_clock.now().date(), _refund_key(refused)) == [
        MismatchKind.MISSING_IN_LEDGER
    ]
