"""A refund or chargeback evidence the processor refuses alerts finance (review, December 2026).

Both are booked before the processor is asked (a refund's ledger movement, a case marked
evidence submitted). Before, a refusal was only logged, so the books said the money went back
(or the evidence went in) while nothing happened at the processor. Now each refusal is one
item on the day's `gateway_request_refused` finance alert, naming the request.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.ledger.models import FinanceAlert, FinanceAlertKind
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments import gateway_requests
from directcontracts.payments.gateway import GatewayError
from directcontracts.payments.models import GatewayRequest, GatewayRequestKind, GatewayRequestState
from directcontracts.payments.sandbox import SandboxGateway
from tests.contracts.factories import funded_milestone
from tests.disputes.factories import charged_back_after_release

pytestmark = pytest.mark.django_db


def _refuses(code: str):
    def refuse(self, **kwargs):
        raise GatewayError(code, "The processor refused the request.")

    return refuse


def _refused_refund(freelancer, monkeypatch, frozen_clock) -> GatewayRequest:
    _, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    monkeypatch.setattr(SandboxGateway, "refund", _refuses("refund_refused"))
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=20_000)
    return GatewayRequest.objects.get(kind=GatewayRequestKind.REFUND)


def _refused_alert() -> FinanceAlert:
    return FinanceAlert.objects.get(kind=FinanceAlertKind.GATEWAY_REQUEST_REFUSED)


def test_a_refund_the_processor_refuses_alerts_finance_naming_the_request(
    freelancer, monkeypatch, frozen_clock
):
    request = _refused_refund(freelancer, monkeypatch, frozen_clock)
    assert request.state == GatewayRequestState.FAILED
    alert = _refused_alert()
    assert alert.mismatch_count == 1
    item = alert.details[0]
    assert (item["gateway_request"], item["request_kind"], item["amount_minor"]) == (
        request.pk,
        GatewayRequestKind.REFUND,
        20_000,
    )
    assert item["failure_code"] == "refund_refused"
    assert request.idempotency_key in item["why"]
    assert verify_ledger() == []


def test_a_refused_refund_recorded_again_alerts_once(freelancer, monkeypatch, frozen_clock):
    request = _refused_refund(freelancer, monkeypatch, frozen_clock)
    gateway_requests.record_outcome(
        request.pk, gateway_requests.Answer(GatewayRequestState.FAILED, "", "refund_refused")
    )
    assert _refused_alert().mismatch_count == 1


def test_a_refund_the_processor_takes_alerts_no_one(freelancer, monkeypatch, frozen_clock):
    _, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=20_000)
    assert not FinanceAlert.objects.filter(kind=FinanceAlertKind.GATEWAY_REQUEST_REFUSED).exists()


def test_chargeback_evidence_the_processor_refuses_alerts_finance_naming_the_request(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from directcontracts.disputes import chargebacks

    _, _, _, case = charged_back_after_release(freelancer, monkeypatch, frozen_clock)
    monkeypatch.setattr(SandboxGateway, "submit_chargeback_evidence", _refuses("evidence_refused"))
    chargebacks.submit_evidence(case=case, by=trust_safety_staff)
    request = GatewayRequest.objects.get(kind=GatewayRequestKind.EVIDENCE)
    assert request.state == GatewayRequestState.FAILED
    item = _refused_alert().details[0]
    assert (item["gateway_request"], item["request_kind"], item["failure_code"]) == (
        request.pk,
        GatewayRequestKind.EVIDENCE,
        "evidence_refused",
    )
    assert f"chargeback case {case.pk}" in item["why"]
