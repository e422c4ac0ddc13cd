"""The case page tells the reviewer what this case has done and what is left to do."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.trust import appeals, enforcement
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


def _page(client, staff, case) -> str:
    signed = staff_session(client, staff)
    return signed.get(reverse("trust:case", args=[case.reference])).content.decode()


def _unfreeze_url(case) -> str:
    return reverse("trust:case_action", args=[case.reference, "unfreeze"])


def test_unfreeze_is_not_offered_when_nothing_of_the_case_is_frozen(
    client, trust_safety_staff, funded
):
    *_, case = funded
    assert _unfreeze_url(case) not in _page(client, trust_safety_staff, case)


def test_unfreeze_is_offered_once_the_case_froze_the_escrow(client, trust_safety_staff, funded):
    *_, case = funded
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    assert _unfreeze_url(case) in _page(client, trust_safety_staff, case)


def test_after_a_warning_the_person_line_counts_it_in_this_case(client, trust_safety_staff, funded):
    *_, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    page = _page(client, trust_safety_staff, case)
    assert "0 actions against them in other cases, 1 in this one (warning)" in page
    assert "0 earlier actions against them" not in page


def test_a_warned_case_that_stays_open_says_closing_it_is_left_to_do(
    client, trust_safety_staff, funded
):
    *_, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    page = _page(client, trust_safety_staff, case)
    left = page.split('data-testid="left-to-do"', 1)[1].split("</div>", 1)[0]
    assert "Action taken: warning" in left
    assert "stays open until you close it" in left


def test_a_case_without_an_action_says_nothing_is_left_over(client, trust_safety_staff, funded):
    *_, case = funded
    assert 'data-testid="left-to-do"' not in _page(client, trust_safety_staff, case)


def _left_to_do(page: str) -> str:
    return page.split('data-testid="left-to-do"', 1)[1].split("</div>", 1)[0]


def test_after_an_accepted_appeal_the_case_no_longer_offers_to_uphold_the_undone_action(
    client, trust_safety_staff, second_staff, freelancer, funded
):
    *_, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=True, reason="Misread.")
    left = _left_to_do(_page(client, trust_safety_staff, case))
    assert "Action taken" not in left
    assert "Uphold</strong> below closes it with that finding" not in left
    assert "An appeal was accepted and undid this case's action (warning)" in left
    assert "<strong>Dismiss</strong> below closes it" in left


def test_an_action_taken_after_an_accepted_appeal_is_named_as_standing(
    client, trust_safety_staff, second_staff, freelancer, funded
):
    *_, case = funded
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=True, reason="Misread.")
    enforcement.warn(case=case, by=second_staff, reason="Off-platform payment again.")
    left = _left_to_do(_page(client, trust_safety_staff, case))
    assert "Action taken: warning;" in left
