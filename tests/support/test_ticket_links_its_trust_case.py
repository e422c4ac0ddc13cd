"""A ticket handed to Trust & Safety links its case for staff who may open it, and names it
without a link for those who may not (they would be told it does not exist)."""

from __future__ import annotations

import pytest

from directcontracts.support import trust_cases
from directcontracts.trust.models import CaseSignal
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_as

pytestmark = pytest.mark.django_db


@pytest.fixture
def escalated(open_ticket, support_staff):
    trust_cases.escalate_to_trust_safety(ticket=open_ticket, by=support_staff, summary="Fraud")
    open_ticket.refresh_from_db()
    return open_ticket


def _page(client, staff, ticket) -> str:
    sign_in_as(client, staff)
    return client.get(f"/support/staff/tickets/{ticket.reference}/").content.decode()


def _case_url(ticket) -> str:
    return f'href="/trust/cases/{ticket.trust_case_ref}/"'


def test_a_member_of_support_and_trust_and_safety_reads_the_case_as_a_link(client, escalated):
    both = StaffFactory(email="bea.both@example.com", groups=["support", "trust_safety"])
    page = _page(client, both, escalated)
    assert _case_url(escalated) in page
    assert 'data-testid="trust-case-link"' in page


def test_a_support_member_outside_trust_and_safety_reads_the_case_without_a_link(
    client, escalated, support_staff
):
    page = _page(client, support_staff, escalated)
    assert f"case {escalated.trust_case_ref}" in page
    assert _case_url(escalated) not in page


def test_a_member_who_raised_the_case_reads_it_without_a_link(escalated):
    both = StaffFactory(email="bea.both@example.com", groups=["support", "trust_safety"])
    # Who raised a case is a party to it (core/own_matter.py): here, as the case's reporter.
    CaseSignal.objects.filter(case_id=escalated.trust_case_id).update(reporter_user_id=both.pk)
    assert trust_cases.case_url_for(both, escalated) == ""
