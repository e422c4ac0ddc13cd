"""A Trust & Safety action sent from a page that is out of date, posted twice, or stopped by a
crash half-way: it is refused with a stable code or leaves nothing behind, and the retry
completes (the concurrent versions: test_staff_action_races.py, on PostgreSQL)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.accounts.models import User
from directcontracts.contracts.freeze_models import EscrowFreeze
from directcontracts.contracts.models import MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.ledger.models import Transfer
from directcontracts.ledger.verify import verify_ledger
from directcontracts.trust import actions, enforcement
from directcontracts.trust.models import AuditEntry, Case, CaseState
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


class Crash(Exception):
    """A failure between the service's steps (the process dies, a bug, the database goes)."""


def _crash(*args, **kwargs):
    raise Crash


def _actions_of(case: Case) -> list[str]:
    return list(AuditEntry.objects.filter(case=case).values_list("action", flat=True))


def test_a_freeze_sent_from_a_page_read_before_the_dismissal_is_refused(
    funded, trust_safety_staff, second_staff
):
    page_copy = funded[3]  # what the reviewer's page read: the case still open
    actions.dismiss(case=Case.objects.get(pk=page_copy.pk), by=second_staff, reason="No breach.")

    with pytest.raises(DomainError) as refused:
        enforcement.freeze_contract_escrow(case=page_copy, by=trust_safety_staff, reason="Fraud?")

    assert refused.value.code == "case_closed"
    assert not EscrowFreeze.objects.exists()
    assert "freeze_escrow" not in _actions_of(page_copy)


def test_a_refund_sent_from_a_page_read_before_the_dismissal_is_refused(
    funded, trust_safety_staff, second_staff
):
    page_copy, milestone = funded[3], funded[2]
    actions.dismiss(case=Case.objects.get(pk=page_copy.pk), by=second_staff, reason="No breach.")

    with pytest.raises(DomainError) as refused:
        enforcement.refund_client(case=page_copy, by=trust_safety_staff, reason="Fraud.")

    assert refused.value.code == "case_closed"
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED


def test_the_freeze_form_posted_twice_freezes_once_and_says_so(client, funded, trust_safety_staff):
    case = funded[3]
    url = reverse("trust:case_action", args=[case.reference, "freeze"])
    session = staff_session(client, trust_safety_staff)

    first = session.post(url, {"reason": "Checking the payments."})
    second = session.post(url, {"reason": "Checking the payments."})

    assert first.status_code == 302
    assert second.status_code == 409
    assert "already froze the contract" in second.content.decode()
    assert _actions_of(case).count("freeze_escrow") == 1
    assert EscrowFreeze.objects.active().count() == 1


def test_a_suspension_that_crashes_before_its_audit_leaves_the_account_open(
    funded, trust_safety_staff, freelancer, monkeypatch
):
    case = funded[3]
    # After the notice, the deactivation, the sign-out and the contract holds.
    monkeypatch.setattr(enforcement.flags, "tell_reporters", _crash)

    with pytest.raises(Crash):
        enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud report checked.")

    assert User.objects.get(pk=freelancer.pk).is_active is True
    assert not freelancer.notices.filter(kind="trust.suspend").exists()
    assert not EscrowFreeze.objects.exists()
    assert _actions_of(case) == []


def test_a_suspension_retried_after_a_crash_completes(
    funded, trust_safety_staff, freelancer, monkeypatch
):
    case = funded[3]
    with monkeypatch.context() as crashing:
        crashing.setattr(enforcement.flags, "tell_reporters", _crash)
        with pytest.raises(Crash):
            enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud report checked.")

    enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud report checked.")

    assert User.objects.get(pk=freelancer.pk).is_active is False
    assert _actions_of(case).count("suspend") == 1
    assert freelancer.notices.filter(kind="trust.suspend").count() == 1


def test_a_refund_that_crashes_after_moving_the_money_moves_none(
    funded, trust_safety_staff, monkeypatch
):
    case, milestone = funded[3], funded[2]
    transfers = Transfer.objects.count()
    # After the ledger movement and the milestone's new state, before the audit entry.
    monkeypatch.setattr(enforcement.flags, "tell_reporters", _crash)

    with pytest.raises(Crash):
        enforcement.refund_client(case=case, by=trust_safety_staff, reason="Fraud confirmed.")

    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.FUNDED
    assert Transfer.objects.count() == transfers
    assert "refund_client" not in _actions_of(case)
    assert verify_ledger() == []


def test_a_refund_retried_after_a_crash_refunds_the_client_once(
    funded, trust_safety_staff, monkeypatch
):
    case, milestone = funded[3], funded[2]
    with monkeypatch.context() as crashing:
        crashing.setattr(enforcement.flags, "tell_reporters", _crash)
        with pytest.raises(Crash):
            enforcement.refund_client(case=case, by=trust_safety_staff, reason="Fraud confirmed.")

    refunded = enforcement.refund_client(case=case, by=trust_safety_staff, reason="Fraud.")

    milestone.refresh_from_db()
    assert (refunded, milestone.state) == (milestone.amount_minor, MilestoneState.REFUNDED)
    assert _actions_of(case).count("refund_client") == 1
    assert verify_ledger() == []


def test_a_dismissal_that_crashes_before_telling_the_reporters_leaves_the_case_open(
    funded, trust_safety_staff, monkeypatch
):
    case = funded[3]
    monkeypatch.setattr(actions.flags, "tell_reporters", _crash)

    with pytest.raises(Crash):
        actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    case.refresh_from_db()
    assert case.state != CaseState.CLOSED
    assert _actions_of(case) == []
