"""Reopening a dismissed case puts back the freezes, holds and payout holds its dismissal
lifted, in the reopening's transaction: one audit entry each, the parties told as for a new
freeze; what cannot be put back (money that moved meanwhile) is said to the staff member."""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow, freezes
from directcontracts.contracts.freeze_models import EscrowFreeze, FreezeSource, PayoutHold
from directcontracts.core.errors import DomainError
from directcontracts.trust import actions, enforcement
from tests.accounts.helpers import staff_session
from tests.payments.factories import money_to_withdraw, withdraw

pytestmark = pytest.mark.django_db


def _entries(case, action: str) -> list[str]:
    return list(case.audit.filter(action=action).values_list("reason", flat=True))


def _dismissed_and_reopened(case, staff) -> None:
    actions.dismiss(case=case, by=staff, reason="No breach.")
    actions.reopen(case=case, by=staff, reason="New evidence came in.")


def _hold_payouts(case, freelancer, staff) -> PayoutHold:
    return freezes.hold_payouts(
        freelancer=freelancer,
        currency="USD",
        source=FreezeSource.TRUST_SAFETY,
        reference=case.reference,
        reason="Under review.",
        by=staff,
    )


def test_reopening_a_dismissed_case_freezes_its_escrow_again(funded, trust_safety_staff):
    contract, client, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")

    _dismissed_and_reopened(case, trust_safety_staff)

    assert EscrowFreeze.objects.active().filter(reference=case.reference).count() == 1
    with pytest.raises(DomainError):
        escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None, method=None)


def test_each_thing_put_back_is_an_audit_entry_after_the_reopening(funded, trust_safety_staff):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    enforcement.hold_whole_contract(case=case, by=trust_safety_staff, reason="Checking.")

    _dismissed_and_reopened(case, trust_safety_staff)

    done = list(case.audit.values_list("action", flat=True))
    assert done[-3:] == ["reopen", "reapply_on_reopen", "reapply_on_reopen"]
    assert all("put back, the case was reopened" in r for r in _entries(case, "reapply_on_reopen"))


def test_both_parties_are_told_the_escrow_is_frozen_again(funded, trust_safety_staff, freelancer):
    contract, client, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")

    _dismissed_and_reopened(case, trust_safety_staff)

    for person in (client, freelancer):
        assert person.notices.filter(kind="escrow.frozen").count() == 2


def test_reopening_puts_the_payout_hold_back_and_tells_the_freelancer(
    funded, trust_safety_staff, freelancer
):
    case = funded[3]
    _hold_payouts(case, freelancer, trust_safety_staff)

    _dismissed_and_reopened(case, trust_safety_staff)

    assert PayoutHold.objects.active().filter(reference=case.reference).count() == 1
    assert freelancer.notices.filter(kind="payouts.held").count() == 2


def test_a_payout_made_while_the_hold_was_lifted_is_named_to_the_staff_member(
    freelancer, monkeypatch, frozen_clock, settings, funded, trust_safety_staff
):
    case = funded[3]
    _hold_payouts(case, freelancer, trust_safety_staff)
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")
    bank = money_to_withdraw(
        freelancer, monkeypatch, frozen_clock, settings, client_email="other@example.org"
    )
    withdraw(freelancer, bank)

    actions.reopen(case=case, by=trust_safety_staff, reason="New evidence came in.")

    (said,) = _entries(case, "reapply_on_reopen")
    assert "$475.00 was paid out while it was lifted" in said
    assert "cannot be held again" in said


def test_a_hold_on_a_contract_that_ended_meanwhile_is_not_put_back_and_says_why(
    funded, trust_safety_staff
):
    contract, client, milestone, case = funded
    enforcement.hold_whole_contract(case=case, by=trust_safety_staff, reason="Checking.")
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None, method=None)
    type(contract).objects.filter(pk=contract.pk).update(state="ended")

    actions.reopen(case=case, by=trust_safety_staff, reason="New evidence came in.")

    assert not EscrowFreeze.objects.active().exists()
    (said,) = _entries(case, "not_reapplied_on_reopen")
    assert "not put back, the contract is ended and nothing is in its escrow" in said


def test_a_freeze_put_back_names_the_milestone_released_while_it_was_lifted(
    funded, trust_safety_staff
):
    contract, client, milestone, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")
    escrow.approve_milestone(milestone=milestone, by=client, amount_minor=None, method=None)

    actions.reopen(case=case, by=trust_safety_staff, reason="New evidence came in.")

    (said,) = _entries(case, "reapply_on_reopen")
    assert f"Released while it was lifted, and not frozen again: “{milestone.title}”" in said


def test_reopening_again_puts_back_only_what_the_last_dismissal_lifted(funded, trust_safety_staff):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    _dismissed_and_reopened(case, trust_safety_staff)
    enforcement.unfreeze(case=case, by=trust_safety_staff, reason="Not needed now.")

    _dismissed_and_reopened(case, trust_safety_staff)

    assert not EscrowFreeze.objects.active().exists()
    assert len(_entries(case, "reapply_on_reopen")) == 1


def test_reopening_an_upheld_case_puts_nothing_back(funded, trust_safety_staff):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    actions.uphold(case=case, by=trust_safety_staff, reason="Breach.")

    actions.reopen(case=case, by=trust_safety_staff, reason="Look again.")

    assert EscrowFreeze.objects.active().count() == 1
    assert not _entries(case, "reapply_on_reopen")


def test_the_staff_member_reads_what_reopening_put_back(client, funded, trust_safety_staff):
    case = funded[3]
    enforcement.hold_whole_contract(case=case, by=trust_safety_staff, reason="Checking.")
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")
    signed = staff_session(client, trust_safety_staff)

    page = signed.post(
        f"/trust/cases/{case.reference}/reopen/", {"reason": "New evidence."}, follow=True
    ).content.decode()

    assert f"Contract “{funded[0].title}” on hold: put back, the case was reopened." in page
    assert "Put back on reopening" in page
