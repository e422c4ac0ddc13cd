"""Finance retry a refund the processor refused (December 2026).

Before, a refused refund was only an item on the `gateway_request_refused` finance alert: never
sent again, the client's money sat at the processor while the books said it went back. Now
finance send it again from the console: a new gateway request under a new key, through intent,
call after commit and record; once per refusal; audited; closing the alert when it is taken.
"""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError, PermissionDenied
from directcontracts.ledger.models import FinanceAlert, FinanceAlertKind, Transfer
from directcontracts.payments import gateway_requests, refused_refunds
from directcontracts.payments.models import GatewayRequest, GatewayRequestKind, GatewayRequestState
from directcontracts.trust.models import AuditEntry
from tests.payments.factories import refuse_refunds, refused_refund, take_refunds

pytestmark = pytest.mark.django_db

REASON = "The card issuer's outage is over; sending it again."


@pytest.fixture
def refused(freelancer, monkeypatch, frozen_clock):
    return refused_refund(freelancer, monkeypatch, frozen_clock)


def _retry(request, by, reason=REASON):
    return refused_refunds.retry_refused_refund(request_id=request.pk, by=by, reason=reason)


def _alert() -> FinanceAlert:
    return FinanceAlert.objects.get(kind=FinanceAlertKind.GATEWAY_REQUEST_REFUSED)


def test_a_retry_is_a_new_request_with_a_new_key_and_the_same_refund(
    refused, monkeypatch, finance_staff
):
    *_, request = refused
    taken = take_refunds(monkeypatch)
    retry = _retry(request, finance_staff).request
    assert retry.pk != request.pk
    assert retry.idempotency_key == f"retry:{request.pk}" != request.idempotency_key
    assert retry.retry_of_id == request.pk
    assert retry.arguments == request.arguments
    assert [call["idempotency_key"] for call in taken] == [retry.idempotency_key]
    assert retry.state == GatewayRequestState.SUCCEEDED


def test_a_retry_moves_nothing_in_the_ledger(refused, monkeypatch, finance_staff):
    *_, request = refused
    take_refunds(monkeypatch)
    before = Transfer.objects.count()
    _retry(request, finance_staff)
    assert Transfer.objects.count() == before


def test_a_retry_the_processor_takes_closes_the_alert(refused, monkeypatch, finance_staff):
    *_, request = refused
    take_refunds(monkeypatch)
    retry = _retry(request, finance_staff).request
    alert = _alert()
    assert alert.resolved
    assert alert.resolved_by_id == finance_staff.pk
    assert alert.details[0]["closed_at"]
    assert f"gateway request {retry.pk}" in alert.resolution_note


def test_a_retry_refused_again_raises_the_alert_again(refused, finance_staff):
    *_, request = refused
    retry = _retry(request, finance_staff).request
    assert retry.state == GatewayRequestState.FAILED
    alert = _alert()
    assert not alert.resolved
    assert [item["gateway_request"] for item in alert.details] == [request.pk, retry.pk]
    assert "a retried refund" in alert.details[1]["why"]


def test_a_refusal_retried_after_the_alert_was_resolved_reopens_it(refused, finance_staff):
    from directcontracts.ledger.alerts import resolve_alert

    *_, request = refused
    resolve_alert(alert=_alert(), by=finance_staff, note="Retrying it from the console.")
    _retry(request, finance_staff)
    assert not _alert().resolved


def test_a_retry_taken_after_a_second_refusal_closes_both_items(
    refused, monkeypatch, finance_staff
):
    *_, request = refused
    again = _retry(request, finance_staff).request
    take_refunds(monkeypatch)
    _retry(again, finance_staff)
    alert = _alert()
    assert alert.resolved
    assert all(item["closed_at"] for item in alert.details)


def test_a_second_click_returns_the_first_retry_and_sends_nothing_more(
    refused, monkeypatch, finance_staff
):
    *_, request = refused
    taken = take_refunds(monkeypatch)
    first = _retry(request, finance_staff)
    second = _retry(request, finance_staff, reason="Clicked again.")
    assert first.created
    assert not second.created
    assert second.request.pk == first.request.pk
    assert len(taken) == 1
    assert GatewayRequest.objects.filter(kind=GatewayRequestKind.REFUND).count() == 2


def test_a_refusal_whose_retry_was_refused_is_not_sent_again_by_a_second_click(
    refused, monkeypatch, finance_staff
):
    *_, request = refused
    first = _retry(request, finance_staff).request
    calls = refuse_refunds(monkeypatch)
    assert _retry(request, finance_staff).request.pk == first.pk
    assert not calls


def test_a_retry_is_on_the_staff_audit_trail_with_the_reason(refused, monkeypatch, finance_staff):
    *_, request = refused
    take_refunds(monkeypatch)
    retry = _retry(request, finance_staff).request
    entry = AuditEntry.objects.get(action="refund_retried")
    assert entry.actor_id == finance_staff.pk
    assert entry.reason == REASON
    assert (entry.data["id"], entry.data["retry"]) == (request.pk, retry.pk)
    retry.refresh_from_db()
    assert (retry.requested_by_id, retry.reason) == (finance_staff.pk, REASON)


def test_a_second_click_writes_no_second_audit_entry(refused, monkeypatch, finance_staff):
    *_, request = refused
    take_refunds(monkeypatch)
    _retry(request, finance_staff)
    _retry(request, finance_staff)
    assert AuditEntry.objects.filter(action="refund_retried").count() == 1


def test_a_retry_needs_a_reason(refused, finance_staff):
    *_, request = refused
    with pytest.raises(DomainError) as refused_error:
        _retry(request, finance_staff, reason="   ")
    assert refused_error.value.code == "resolution_required"
    assert not GatewayRequest.objects.filter(retry_of=request).exists()


@pytest.mark.parametrize(
    "persona", ["support_staff", "trust_safety_staff", "freelancer", "client_user"]
)
def test_only_finance_retry_a_refused_refund(refused, persona, request):
    *_, refused_request = refused
    with pytest.raises(PermissionDenied):
        _retry(refused_request, request.getfixturevalue(persona))
    assert not GatewayRequest.objects.filter(retry_of=refused_request).exists()


def test_a_refund_the_processor_took_cannot_be_retried(
    freelancer, monkeypatch, frozen_clock, finance_staff
):
    from directcontracts.contracts import escrow
    from tests.contracts.factories import funded_milestone

    _, _, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=20_000)
    taken = GatewayRequest.objects.get(kind=GatewayRequestKind.REFUND)
    with pytest.raises(DomainError) as refused_error:
        _retry(taken, finance_staff)
    assert refused_error.value.code == "refund_not_retryable"
    assert refused_error.value.status == 409


def test_a_retry_the_processor_does_not_answer_is_left_for_the_sweep(
    refused, monkeypatch, finance_staff, frozen_clock
):
    from directcontracts.payments.sandbox import SandboxGateway

    *_, request = refused

    def unreachable(self, **kwargs):
        raise ConnectionError("processor out of reach")

    monkeypatch.setattr(SandboxGateway, "refund", unreachable)
    retry = _retry(request, finance_staff).request
    assert retry.state == GatewayRequestState.PENDING
    take_refunds(monkeypatch)
    frozen_clock.advance(minutes=6)
    assert gateway_requests.resend_stale() == 1
    retry.refresh_from_db()
    assert retry.state == GatewayRequestState.SUCCEEDED
    assert _alert().resolved
