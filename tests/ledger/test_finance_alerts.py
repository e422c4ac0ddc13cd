"""Resolving a finance alert is an audited finance action: who, when and why, once."""

from __future__ import annotations

from datetime import date

import pytest

from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.ledger import alerts
from directcontracts.ledger.models import FinanceAlert, FinanceAlertKind
from tests.accounts.helpers import sign_in_staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def alert(db):
    return FinanceAlert.objects.create(
        kind=FinanceAlertKind.RECONCILIATION_MISMATCH,
        day=date(2026, 3, 1),
        mismatch_count=2,
        details=[],
        created_at=clock.now(),
        updated_at=clock.now(),
    )


def test_resolving_an_alert_in_the_back_office_records_who_when_and_why(
    client, alert, finance_staff
):
    sign_in_staff(client, finance_staff)
    response = client.post(
        f"/admin/ledger/financealert/{alert.pk}/change/",
        {"resolution": "Gateway fee posted a day late; matched on the 2nd.", "confirm": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    alert.refresh_from_db()
    assert alert.resolved
    assert alert.resolved_by_id == finance_staff.pk
    assert alert.resolved_at is not None
    assert alert.resolution_note == "Gateway fee posted a day late; matched on the 2nd."


def test_resolving_an_alert_is_on_the_staff_audit_trail_with_the_note(alert, finance_staff):
    from directcontracts.trust.models import AuditEntry

    alerts.resolve_alert(alert=alert, by=finance_staff, note="Matched on the 2nd.")
    entry = AuditEntry.objects.get(action="finance_alert_resolved")
    assert (entry.actor, entry.case, entry.reason) == (finance_staff, None, "Matched on the 2nd.")
    assert (entry.data["from"], entry.data["to"]) == (
        {"resolved": False},
        {"resolved": True, "resolution_note": "Matched on the 2nd."},
    )


def test_an_alert_is_not_resolved_without_a_note(client, alert, finance_staff):
    sign_in_staff(client, finance_staff)
    response = client.post(
        f"/admin/ledger/financealert/{alert.pk}/change/", {"resolution": " ", "confirm": "on"}
    )
    assert response.status_code == 200
    alert.refresh_from_db()
    assert not alert.resolved


def test_a_resolved_alert_cannot_be_changed_again(client, alert, finance_staff):
    alerts.resolve_alert(alert=alert, by=finance_staff, note="Matched.")
    sign_in_staff(client, finance_staff)
    client.post(f"/admin/ledger/financealert/{alert.pk}/change/", {"resolution": "Again."})
    alert.refresh_from_db()
    assert alert.resolution_note == "Matched."


def test_only_finance_staff_resolve_alerts(alert, support_staff):
    with pytest.raises(DomainError):
        alerts.resolve_alert(alert=alert, by=support_staff, note="Looks fine to me.")
    alert.refresh_from_db()
    assert not alert.resolved


def test_an_alert_is_not_resolved_without_ticking_that_it_was_dealt_with(
    client, alert, finance_staff
):
    sign_in_staff(client, finance_staff)
    response = client.post(
        f"/admin/ledger/financealert/{alert.pk}/change/", {"resolution": "Matched on the 2nd."}
    )
    assert response.status_code == 200
    assert "I have dealt with this" in response.content.decode()
    alert.refresh_from_db()
    assert not alert.resolved


def test_resolving_in_the_back_office_is_on_the_staff_audit_trail(client, alert, finance_staff):
    from directcontracts.trust.models import AuditEntry

    sign_in_staff(client, finance_staff)
    client.post(
        f"/admin/ledger/financealert/{alert.pk}/change/",
        {"resolution": "Matched on the 2nd.", "confirm": "on"},
    )
    entry = AuditEntry.objects.get(action="finance_alert_resolved")
    assert (entry.actor, entry.reason) == (finance_staff, "Matched on the 2nd.")


def test_a_resolved_alert_names_who_resolved_it_not_their_id(client, alert, finance_staff):
    finance_staff.full_name = "Fay Finance"
    finance_staff.save(update_fields=["full_name"])
    alerts.resolve_alert(alert=alert, by=finance_staff, note="Matched.")
    sign_in_staff(client, finance_staff)
    page = client.get(f"/admin/ledger/financealert/{alert.pk}/change/").content.decode()
    assert "Fay Finance &lt;fay.finance@example.com&gt;" in page


def _refused_refund_alert(**item):
    return FinanceAlert.objects.create(
        kind=FinanceAlertKind.GATEWAY_REQUEST_REFUSED,
        day=date(2026, 3, 2),
        mismatch_count=1,
        details=[
            {
                "key": "gateway_request:41",
                "gateway_request": 41,
                "request_kind": "refund",
                "idempotency_key": "unapplied:7",
                "subject": "payment:7",
                "amount_minor": 12345,
                "currency": "USD",
                "failure_code": "insufficient_funds",
                "why": "The processor refused the refund.",
                **item,
            }
        ],
        created_at=clock.now(),
        updated_at=clock.now(),
    )


def test_alert_details_show_what_each_item_means_not_raw_json(client, finance_staff):
    alert = _refused_refund_alert()
    sign_in_staff(client, finance_staff)
    page = client.get(f"/admin/ledger/financealert/{alert.pk}/change/").content.decode()
    assert "<dt>What happened</dt><dd>The processor refused the refund.</dd>" in page
    assert "<dt>Failure code</dt><dd>insufficient_funds</dd>" in page
    assert '"amount_minor"' not in page


def test_alert_amounts_are_shown_in_their_currency(client, finance_staff):
    alert = _refused_refund_alert()
    sign_in_staff(client, finance_staff)
    page = client.get(f"/admin/ledger/financealert/{alert.pk}/change/").content.decode()
    assert '<dt>Amount</dt><dd><span class="nowrap">$123.45</span></dd>' in page


def test_a_refused_refund_in_an_alert_links_to_the_refused_refunds_console(client, finance_staff):
    alert = _refused_refund_alert()
    sign_in_staff(client, finance_staff)
    page = client.get(f"/admin/ledger/financealert/{alert.pk}/change/").content.decode()
    assert 'href="/staff/finance/refused-refunds/?q=%2341"' in page


def test_a_refused_evidence_request_in_an_alert_does_not_link_to_refused_refunds(
    client, finance_staff
):
    alert = _refused_refund_alert(request_kind="chargeback_evidence")
    sign_in_staff(client, finance_staff)
    page = client.get(f"/admin/ledger/financealert/{alert.pk}/change/").content.decode()
    assert "/staff/finance/refused-refunds/?" not in page


def test_a_payment_reference_in_an_alert_is_shown_as_a_reference(client, finance_staff):
    alert = _refused_refund_alert(reference="pay_ABC123")
    sign_in_staff(client, finance_staff)
    page = client.get(f"/admin/ledger/financealert/{alert.pk}/change/").content.decode()
    assert "<dt>Payment reference</dt><dd><code>pay_ABC123</code></dd>" in page
