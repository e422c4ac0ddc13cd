"""What a Trust & Safety member reads without opening anything: the queue says how it is
ordered and what else joined a case; the case page says why the person's account does not
work and what an accepted appeal undid."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse

from directcontracts.core.concerns import Concern
from directcontracts.trust import appeals, enforcement
from directcontracts.trust.cases import receive_concern
from tests.accounts.helpers import staff_session

pytestmark = pytest.mark.django_db


def _get(client, staff, url, **query) -> str:
    return html.unescape(staff_session(client, staff).get(url, query).content.decode())


def _case_page(client, staff, case) -> str:
    return _get(client, staff, reverse("trust:case", args=[case.reference]))


def test_the_queue_says_how_its_cases_are_ordered(client, funded, trust_safety_staff):
    page = _get(client, trust_safety_staff, reverse("trust:queue"))
    order = page.split('data-testid="queue-order"', 1)[1].split("</p>", 1)[0]
    assert "1 case under “Open and being handled”" in order
    assert "by priority, then by triage deadline" in order


def test_a_queue_row_names_a_signal_that_joined_after_the_first(
    client, funded, trust_safety_staff, freelancer
):
    contract, *_ = funded
    receive_concern(
        Concern(
            source="velocity",
            target_kind="contract",
            target_id=str(contract.pk),
            reason="circumvention",
            summary="Velocity rule: 1 matching event.",
            subject_user_id=freelancer.pk,
        )
    )
    page = _get(client, trust_safety_staff, reverse("trust:queue"))
    more = page.split('data-testid="more-signals"', 1)[1].split("</span>", 1)[0]
    assert "Also: Velocity rule: Moving marketplace work off the marketplace" in more


def test_a_suspended_persons_line_says_suspended_and_where_not_closed(
    client, funded, trust_safety_staff
):
    case = funded[3]
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Checking the payments.")
    page = _case_page(client, trust_safety_staff, case)
    standing = page.split('data-testid="account-standing"', 1)[1].split("</span>", 1)[0]
    assert f"account suspended in {case.reference}" in standing
    assert "account closed" not in page


def test_an_accepted_appeals_audit_entry_says_what_it_undid(
    client, funded, trust_safety_staff, second_staff, freelancer
):
    case = funded[3]
    enforcement.suspend(case=case, by=trust_safety_staff, reason="Checking the payments.")
    made = appeals.appeal(reference=case.reference, by=freelancer, statement="I did not.")
    appeals.decide_appeal(appeal=made, by=second_staff, overturn=True, reason="Misread.")
    page = _case_page(client, second_staff, case)
    effect = page.split('data-testid="audit-effect"', 1)[1].split("</span>", 1)[0]
    assert "undid: account suspended" in effect
    assert "account reinstated" in effect
