"""Reopening a dismissed case puts its reports back under review: the reporter's list no
longer says "No action taken" for a review that goes on, and when the case is then upheld
the reporter is told action was taken (before, the report stayed answered "No action
taken" for good)."""

from __future__ import annotations

import pytest

from directcontracts.trust import actions
from directcontracts.trust.models import Flag

pytestmark = pytest.mark.django_db


def test_reopening_a_dismissed_case_puts_its_report_back_under_review(funded, trust_safety_staff):
    case = funded[3]
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")

    actions.reopen(case=case, by=trust_safety_staff, reason="New evidence.")

    made = Flag.objects.get(case=case)
    assert (made.closed_at, made.outcome) == (None, "")


def test_the_reporter_is_told_of_the_action_when_the_reopened_case_is_upheld(
    funded, trust_safety_staff
):
    contract, client, milestone, case = funded
    actions.dismiss(case=case, by=trust_safety_staff, reason="No breach.")
    actions.reopen(case=case, by=trust_safety_staff, reason="New evidence.")

    actions.uphold(case=case, by=trust_safety_staff, reason="Breach confirmed.")

    assert Flag.objects.get(case=case).outcome == "upheld"
    bodies = list(client.notices.filter(kind="trust.flag_outcome").values_list("body", flat=True))
    assert len(bodies) == 2
    assert any("took action" in body for body in bodies)


def test_a_report_answered_action_taken_stays_answered_when_the_case_is_reopened(
    funded, trust_safety_staff
):
    case = funded[3]
    actions.uphold(case=case, by=trust_safety_staff, reason="Breach.")

    actions.reopen(case=case, by=trust_safety_staff, reason="Look again.")

    assert Flag.objects.get(case=case).outcome == "upheld"
