"""A case dismissed with only freezes and holds to its name lifted them all: the person has
nothing standing to appeal, so the appeal is refused with why (before, it was taken and
waited in the appeals queue for a decision about nothing). A reopened case's freezes are
appealed again."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.trust import actions, appeals, enforcement

pytestmark = pytest.mark.django_db


def test_the_person_cannot_appeal_a_freeze_the_dismissal_lifted(
    funded, trust_safety_staff, freelancer
):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    with pytest.raises(DomainError) as refused:
        appeals.appeal(reference=case.reference, by=freelancer, statement="It was wrong.")

    assert refused.value.code == "appeal_action_lifted"
    assert "nothing to appeal" in refused.value.message
    assert not case.appeals.exists()


def test_a_warning_of_a_dismissed_case_is_still_appealed(funded, trust_safety_staff, freelancer):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach after all.")

    appeals.appeal(reference=case.reference, by=freelancer, statement="The warning was wrong.")

    assert case.appeals.count() == 1


def test_the_freeze_put_back_by_reopening_is_appealed_again(funded, trust_safety_staff, freelancer):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")
    actions.reopen(case=case, by=trust_safety_staff, reason="New evidence.")

    appeals.appeal(reference=case.reference, by=freelancer, statement="It was wrong.")

    assert case.appeals.count() == 1


def test_the_appeal_page_says_there_is_nothing_to_appeal(
    client, funded, trust_safety_staff, freelancer
):
    case = funded[3]
    enforcement.hold_whole_contract(case=case, by=trust_safety_staff, reason="Checking.")
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")
    client.force_login(freelancer)

    page = client.get(f"/trust/appeals/{case.reference}/").content.decode()

    assert "with no action taken" in page
    assert 'name="statement"' not in page
