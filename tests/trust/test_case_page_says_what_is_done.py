"""The case page tells the reviewer what this case has done and what is left to do."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.trust import enforcement
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
