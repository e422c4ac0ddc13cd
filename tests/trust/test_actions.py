"""Staff actions: trust_safety only, a required reason, audited, outcome reported back."""

from __future__ import annotations

import pytest

from directcontracts.core.concerns import Concern, raise_concern, register_resolution_handler
from directcontracts.core.errors import DomainError, NotFound
from directcontracts.trust import actions
from directcontracts.trust.models import AuditEntry, Case, CaseState, Outcome

pytestmark = pytest.mark.django_db


@pytest.fixture
def case():
    raise_concern(
        Concern(
            source="screening",
            target_kind="contract",
            target_id="5",
            reason="prohibited_work",
            summary="Held draft",
        )
    )
    return Case.objects.get()


def test_assigning_a_case_to_oneself_marks_it_triaged_and_audits_it(case, trust_safety_staff):
    actions.assign_to_me(case=case, by=trust_safety_staff)
    case.refresh_from_db()
    assert case.state == CaseState.ASSIGNED
    assert case.assigned_to == trust_safety_staff
    assert case.triaged_at is not None
    assert AuditEntry.objects.get().action == "assign"


def test_dismissing_needs_a_reason(case, trust_safety_staff):
    with pytest.raises(DomainError) as refused:
        actions.dismiss(case=case, by=trust_safety_staff, reason="  ")
    assert refused.value.code == "action_reason_required"
    assert AuditEntry.objects.count() == 0


def test_dismissing_closes_the_case_and_tells_the_source_it_was_cleared(
    case, trust_safety_staff, monkeypatch
):
    told = []
    monkeypatch.setattr("directcontracts.core.concerns._resolution_handlers", {})
    register_resolution_handler("screening", lambda concern, outcome, by: told.append(outcome))
    actions.dismiss(case=case, by=trust_safety_staff, reason="A legitimate brief.")
    case.refresh_from_db()
    assert (case.state, case.outcome) == (CaseState.CLOSED, Outcome.DISMISSED)
    assert "cleared" in told


def test_upholding_tells_the_source_it_was_upheld(case, trust_safety_staff, monkeypatch):
    told = []
    monkeypatch.setattr("directcontracts.core.concerns._resolution_handlers", {})
    register_resolution_handler("screening", lambda concern, outcome, by: told.append(outcome))
    actions.uphold(case=case, by=trust_safety_staff, reason="Selling cracked software.")
    assert "upheld" in told


def test_a_closed_case_cannot_be_closed_again(case, trust_safety_staff):
    actions.dismiss(case=case, by=trust_safety_staff, reason="Fine.")
    with pytest.raises(DomainError) as refused:
        actions.uphold(case=case, by=trust_safety_staff, reason="Changed my mind.")
    assert refused.value.code == "case_closed"


def test_a_reopened_case_can_be_worked_again(case, trust_safety_staff):
    actions.dismiss(case=case, by=trust_safety_staff, reason="Fine.")
    actions.reopen(case=case, by=trust_safety_staff, reason="New evidence arrived.")
    case.refresh_from_db()
    assert case.state == CaseState.OPEN
    assert [e.action for e in AuditEntry.objects.all()] == ["dismissed", "reopen"]


def test_a_new_concern_after_closing_opens_a_new_case(case, trust_safety_staff):
    actions.dismiss(case=case, by=trust_safety_staff, reason="Fine.")
    raise_concern(
        Concern(source="flag", target_kind="contract", target_id="5", reason="spam", summary="x")
    )
    assert Case.objects.count() == 2


@pytest.mark.parametrize("who", ["support_staff", "freelancer", "client_user"])
def test_only_trust_and_safety_staff_may_act(case, request, who):
    person = request.getfixturevalue(who)
    with pytest.raises(NotFound):
        actions.dismiss(case=case, by=person, reason="Not mine to decide.")


def test_audit_entries_cannot_be_changed_or_deleted(case, trust_safety_staff):
    actions.assign_to_me(case=case, by=trust_safety_staff)
    entry = AuditEntry.objects.get()
    entry.reason = "rewritten"
    with pytest.raises(ValueError, match="append-only"):
        entry.save()
    with pytest.raises(ValueError, match="append-only"):
        entry.delete()


@pytest.mark.postgres
def test_the_database_refuses_to_update_or_delete_audit_entries(case, trust_safety_staff):
    from django.db import DatabaseError, transaction

    actions.assign_to_me(case=case, by=trust_safety_staff)
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEntry.objects.update(reason="rewritten")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEntry.objects.all()._raw_delete(AuditEntry.objects.db)
