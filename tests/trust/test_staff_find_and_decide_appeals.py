"""Trust & Safety find every appeal that waits (a closed case's too) from the queue, and
the case page offers the appeal's forms only to a member who may decide it, in words that
cannot be read backwards ("Refused", not "Upheld")."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse

from directcontracts.trust import actions, appeals, enforcement
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


def _case_page(client, staff, case) -> str:
    page = staff_session(client, staff).get(reverse("trust:case", args=[case.reference]))
    return html.unescape(page.content.decode())


def _queue(client, staff, **query) -> str:
    page = staff_session(client, staff).get(reverse("trust:queue"), query)
    return html.unescape(page.content.decode())


def _appealed_warning(case, staff, person):
    enforcement.warn(case=case, by=staff, reason="Keep payments on the platform.")
    return appeals.appeal(reference=case.reference, by=person, statement="I did not.")


def test_a_member_who_warned_is_told_another_decides_the_appeal_instead_of_a_form(
    client, funded, trust_safety_staff, freelancer
):
    case = funded[3]
    _appealed_warning(case, trust_safety_staff, freelancer)
    page = _case_page(client, trust_safety_staff, case)
    assert 'data-testid="appeal-decided-by-another"' in page
    assert reverse("trust:case_action", args=[case.reference, "appeal_upheld"]) not in page


def test_a_member_who_took_no_action_is_offered_both_decisions(
    client, funded, trust_safety_staff, second_staff, freelancer
):
    case = funded[3]
    _appealed_warning(case, trust_safety_staff, freelancer)
    page = _case_page(client, second_staff, case)
    assert reverse("trust:case_action", args=[case.reference, "appeal_upheld"]) in page
    assert reverse("trust:case_action", args=[case.reference, "appeal_overturned"]) in page


def test_a_refused_appeal_reads_refused_on_the_case_page_not_upheld(
    client, funded, trust_safety_staff, second_staff, freelancer
):
    case = funded[3]
    made = _appealed_warning(case, trust_safety_staff, freelancer)
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=False, reason="It stands.")
    page = _case_page(client, second_staff, case)
    assert ": Refused: the action stands</h2>" in page
    assert "Upheld: the action stands" not in page


def test_an_appeal_on_a_closed_case_is_listed_under_appeals_waiting(
    client, funded, trust_safety_staff, freelancer
):
    case = funded[3]
    enforcement.warn(case=case, by=trust_safety_staff, reason="Keep payments on the platform.")
    actions.uphold(case=case, by=trust_safety_staff, reason="Confirmed.")
    appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")
    page = _queue(client, trust_safety_staff, view="appeals")
    assert case.reference in page
    assert 'data-testid="appeal-waiting"' in page


def test_the_live_queue_says_how_many_appeals_wait_and_links_to_them(
    client, funded, trust_safety_staff, freelancer
):
    case = funded[3]
    _appealed_warning(case, trust_safety_staff, freelancer)
    page = _queue(client, trust_safety_staff)
    notice = page.split('data-testid="appeals-waiting"', 1)[1].split("</div>", 1)[0]
    assert "1 appeal waits for a decision" in notice
    assert 'href="?view=appeals"' in notice


def test_the_live_queue_says_nothing_of_appeals_when_none_waits(client, funded, trust_safety_staff):
    assert 'data-testid="appeals-waiting"' not in _queue(client, trust_safety_staff)
