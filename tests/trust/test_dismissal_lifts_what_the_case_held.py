"""Dismissing a case lifts the freezes, holds and payout holds it put in place, in its own
transaction: one audit entry per lift, the parties told; another open case's stays."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.contracts import escrow, freezes
from directcontracts.contracts.freeze_models import EscrowFreeze, FreezeSource, PayoutHold
from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.trust import actions, enforcement
from directcontracts.trust.models import Case, CaseState
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


def _lifts(case: Case) -> list[str]:
    return list(case.audit.filter(action="lift_on_dismissal").values_list("reason", flat=True))


def _other_open_case(freelancer) -> Case:
    return Case.objects.create(
        reference="TS-OTHER001",
        target_kind="user",
        target_id=str(freelancer.pk),
        summary="Another report.",
        subject_user_id=freelancer.pk,
        sla_due_at=clock.now() + timedelta(hours=4),
    )


def test_dismissing_lifts_the_escrow_freeze_so_money_moves_again(funded, trust_safety_staff):
    contract, client, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")

    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    assert not EscrowFreeze.objects.active().exists()
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None, method=None)
    milestone.refresh_from_db()
    assert milestone.state == "released"


def test_dismissing_audits_each_lift_before_the_dismissal(funded, trust_safety_staff):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    enforcement.hold_whole_contract(case=case, by=trust_safety_staff, reason="Checking.")

    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    done = list(case.audit.values_list("action", flat=True))
    assert done[-3:] == ["lift_on_dismissal", "lift_on_dismissal", "dismissed"]
    assert any("frozen: lifted, the case was dismissed" in r for r in _lifts(case))
    assert any("on hold: lifted, the case was dismissed" in r for r in _lifts(case))


def test_both_parties_are_told_in_plain_words_that_the_freeze_was_lifted(
    funded, trust_safety_staff, freelancer
):
    contract, client, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")

    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    for person in (client, freelancer):
        body = person.notices.get(kind="escrow.unfrozen").body
        assert "found nothing wrong" in body
        assert "can be released or refunded again" in body


def test_dismissing_lifts_the_cases_payout_hold_and_tells_the_freelancer(
    funded, trust_safety_staff, freelancer
):
    case = funded[3]
    freezes.hold_payouts(
        freelancer=freelancer,
        currency="EUR",
        source=FreezeSource.TRUST_SAFETY,
        reference=case.reference,
        reason="Under review.",
        by=trust_safety_staff,
    )

    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    assert not PayoutHold.objects.active().exists()
    assert "found nothing wrong" in freelancer.notices.get(kind="payouts.hold_lifted").body
    assert len(_lifts(case)) == 1


def test_another_open_cases_freeze_on_the_contract_stays_and_the_parties_are_told(
    funded, trust_safety_staff, freelancer
):
    contract, client, milestone, case = funded
    other = _other_open_case(freelancer)
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    kept = freezes.freeze_escrow(
        contract=contract,
        source=FreezeSource.TRUST_SAFETY,
        reference=other.reference,
        reason="Under review.",
        by=trust_safety_staff,
    )

    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    assert list(EscrowFreeze.objects.active()) == [kept]
    assert f"Case {other.reference} still holds it" in _lifts(case)[0]
    body = client.notices.get(kind="escrow.unfrozen").body
    assert f"still frozen by Trust & Safety case {other.reference}" in body
    assert "can be released or refunded again" not in body
    with pytest.raises(DomainError):
        escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None, method=None)


def test_a_case_whose_suspension_stands_is_not_dismissed_and_nothing_is_lifted(
    funded, trust_safety_staff
):
    case = funded[3]
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud report checked.")

    with pytest.raises(DomainError) as refused:
        actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    assert refused.value.code == "case_still_stops_account"
    assert refused.value.status == 409
    case.refresh_from_db()
    assert case.state != CaseState.CLOSED
    assert EscrowFreeze.objects.active().count() == 1
    assert not _lifts(case)


def test_a_case_whose_suspension_was_lifted_is_dismissed(funded, trust_safety_staff):
    case = funded[3]
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud report checked.")
    enforcement.reinstate_account(case=case, by=trust_safety_staff, reason="Mistaken.")

    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    case.refresh_from_db()
    assert case.state == CaseState.CLOSED


def test_the_case_page_lists_what_dismissing_lifts(client, funded, trust_safety_staff):
    case = funded[3]
    enforcement.hold_whole_contract(case=case, by=trust_safety_staff, reason="Checking.")
    signed = staff_session(client, trust_safety_staff)

    page = signed.get(f"/trust/cases/{case.reference}/").content.decode()

    assert 'data-testid="dismiss-lifts"' in page
    assert f"Contract “{funded[0].title}” on hold" in page


def test_the_audit_trail_shows_each_lift_after_dismissal(client, funded, trust_safety_staff):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    signed = staff_session(client, trust_safety_staff)

    signed.post(f"/trust/cases/{case.reference}/dismiss/", {"reason": "No breach."})
    page = signed.get(f"/trust/cases/{case.reference}/").content.decode()

    assert "Lifted on dismissal" in page
    assert 'data-testid="dismiss-lifts"' not in page
