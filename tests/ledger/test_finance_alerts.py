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
        {"resolution": "Gateway fee posted a day late; matched on the 2nd."},
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
    response = client.post(f"/admin/ledger/financealert/{alert.pk}/change/", {"resolution": " "})
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
