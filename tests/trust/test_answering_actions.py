"""Which actions answer a case's reports is declared once (`enforcement.ANSWERING_ACTIONS`):
each action named there answers the reports when taken, an action that only stops money does
not, and answering with an action that is not declared is refused, so the case page (which
reads the same list) and the actions cannot drift apart."""

from __future__ import annotations

import pytest

from directcontracts.trust import enforcement
from directcontracts.trust.models import Flag, Outcome

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("action", enforcement.ANSWERING_ACTIONS)
def test_each_declared_answering_action_answers_the_cases_reports(
    funded, trust_safety_staff, action
):
    case = funded[3]
    getattr(enforcement, action)(case=case, by=trust_safety_staff, reason="Policy breach.")
    assert set(Flag.objects.filter(case=case).values_list("outcome", flat=True)) == {Outcome.UPHELD}


def test_freezing_the_escrow_leaves_the_reports_open(funded, trust_safety_staff):
    case = funded[3]
    enforcement.freeze_contract_escrow(case=case, by=trust_safety_staff, reason="Checking.")
    assert Flag.objects.filter(case=case, closed_at__isnull=True).exists()


def test_answering_the_reports_with_an_undeclared_action_is_refused(funded, trust_safety_staff):
    case = funded[3]
    with pytest.raises(ValueError, match="ANSWERING_ACTIONS"):
        enforcement._answer_the_reports(case, trust_safety_staff, "freeze_escrow", "Checking.")
    assert Flag.objects.filter(case=case, closed_at__isnull=True).exists()
