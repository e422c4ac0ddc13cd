"""Every staff decision on a case, taken from the case page, is an audit entry naming who
decided, what, and why; an accepted appeal's entry also says what it undid."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.trust import actions, appeals, enforcement, views
from directcontracts.trust.models import AuditEntry
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db

REASON = "Payments stay on the platform."


def _appealed(case, first, freelancer):
    enforcement.warn(case=case, by=first, reason="Keep payments on the platform.")
    appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")


# What each action needs done first (by another staff member), and the code it is audited as.
DECISIONS = {
    "assign": (None, "assign"),
    "dismiss": (None, "dismissed"),
    "uphold": (None, "upheld"),
    "reopen": (lambda case, first, _: actions.dismiss(case=case, by=first, reason="x"), "reopen"),
    "warn": (None, "warn"),
    "freeze": (None, "freeze_escrow"),
    "hold": (None, "hold_contract"),
    "unfreeze": (
        lambda case, first, _: enforcement.freeze_contract_escrow(case=case, by=first, reason="x"),
        "unfreeze",
    ),
    "refund": (None, "refund_client"),
    "suspend": (None, "suspend"),
    "ban": (None, "ban"),
    "reinstate": (
        lambda case, first, _: enforcement.suspend(case=case, by=first, reason="x"),
        "reinstate",
    ),
    "appeal_upheld": (_appealed, "appeal_upheld"),
    "appeal_overturned": (_appealed, "appeal_overturned"),
}


def test_the_list_covers_every_action_of_the_case_page():
    assert set(DECISIONS) == {*views._ACTIONS, "assign", "appeal_upheld", "appeal_overturned"}


@pytest.mark.parametrize("action", DECISIONS)
def test_a_decision_on_the_case_page_is_audited_with_who_and_why(
    client, funded, trust_safety_staff, second_staff, freelancer, action
):
    case = funded[3]
    before, code = DECISIONS[action]
    if before is not None:
        before(case, trust_safety_staff, freelancer)
    response = staff_session(client, second_staff).post(
        reverse("trust:case_action", args=[case.reference, action]),
        {"reason": REASON, "confirmed": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    entry = AuditEntry.objects.filter(case=case).last()
    assert (entry.actor, entry.action) == (second_staff, code)
    assert entry.reason == (REASON if action != "assign" else "Took the case.")


def test_an_accepted_appeal_is_audited_with_what_it_undid(
    funded, trust_safety_staff, second_staff, freelancer
):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Fraud?")
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=True, reason="Misread.")
    entry = AuditEntry.objects.get(case=case, action="appeal_overturned")
    assert entry.data == {
        "appeal": made.pk,
        "undone": ["freeze_escrow", "suspend"],
        "reinstated": freelancer.pk,
        "lifted": 2,  # the freeze, and the hold the suspension put on the open contract
    }


def test_lifting_a_suspension_is_audited_with_the_person_and_what_was_released(
    funded, trust_safety_staff, freelancer
):
    case = funded[3]
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Fraud.")
    enforcement.reinstate_account(case=case, by=trust_safety_staff, reason="Cleared.")
    entry = AuditEntry.objects.get(case=case, action="reinstate")
    assert entry.data == {"person": freelancer.pk, "lifted": 1}
