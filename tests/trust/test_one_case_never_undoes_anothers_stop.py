"""Lifting a suspension, or accepting its appeal, undoes that case's stop only: a ban made in
another case of the same person still stands (it is undone only by its own appeal)."""

from __future__ import annotations

import pytest

from directcontracts.accounts.models import User
from directcontracts.core.errors import DomainError
from directcontracts.trust import appeals, enforcement, flags
from directcontracts.trust.models import AuditEntry


@pytest.fixture
def suspended_then_banned(funded, trust_safety_staff, freelancer):
    """Case A suspended the freelancer and lifted it; case B, about her, then banned her."""
    contract, client, _, case_a = funded
    enforcement.suspend(case=case_a, by=trust_safety_staff, reason="Checking documents.")
    enforcement.reinstate_account(case=case_a, by=trust_safety_staff, reason="Documents fine.")
    case_b = flags.flag(
        reporter=client,
        kind="user",
        target_id=str(freelancer.pk),
        reason="scam_fraud",
        details="",
        address=None,
    ).case
    enforcement.ban(case=case_b, by=trust_safety_staff, reason="Repeated fraud.")
    return case_a, case_b


def test_lifting_an_old_suspension_does_not_reopen_an_account_banned_in_another_case(
    suspended_then_banned, trust_safety_staff, freelancer
):
    case_a, case_b = suspended_then_banned
    with pytest.raises(DomainError) as refused:
        enforcement.reinstate_account(case=case_a, by=trust_safety_staff, reason="Lift it.")
    assert refused.value.code == "account_stopped_in_another_case"
    assert case_b.reference in refused.value.message
    assert User.objects.get(pk=freelancer.pk).is_active is False
    assert AuditEntry.objects.filter(case=case_a, action="reinstate").count() == 1


def test_an_accepted_appeal_of_a_suspension_keeps_the_ban_of_another_case(
    funded, trust_safety_staff, second_staff, freelancer
):
    # Appealed while case A's suspension stood (a lifted one has nothing left to appeal),
    # decided after case B banned her.
    contract, client, _, case_a = funded
    enforcement.suspend(case=case_a, by=trust_safety_staff, reason="Checking documents.")
    made = appeals.appeal(reference=case_a.reference, by=freelancer, statement="Not me.")
    enforcement.reinstate_account(case=case_a, by=trust_safety_staff, reason="Documents fine.")
    case_b = flags.flag(
        reporter=client,
        kind="user",
        target_id=str(freelancer.pk),
        reason="scam_fraud",
        details="",
        address=None,
    ).case
    enforcement.ban(case=case_b, by=trust_safety_staff, reason="Repeated fraud.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=True, reason="Wrong person.")
    assert User.objects.get(pk=freelancer.pk).is_active is False
    decision = AuditEntry.objects.get(case=case_a, action="appeal_overturned")
    assert decision.data["still_stopped_by"] == case_b.reference
