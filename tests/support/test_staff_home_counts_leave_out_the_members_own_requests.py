"""The staff home's Support queue count counts what the queue shows: a request about the
member's own contract is left out of both (core/own_matter.py); another member counts it."""

from __future__ import annotations

import pytest

from directcontracts.core.staff_home import staff_links_for
from directcontracts.support import tickets
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.contracts.factories import active_contract
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def support_freelancer(db):
    member = StaffFactory(email="sal.support@example.com", groups=["support"], is_freelancer=True)
    FreelancerProfileFactory(user=member)
    return member


def _waiting(member) -> int:
    link = next(link for link in staff_links_for(member) if link.title == "Support queue")
    return link.waiting(member)


def test_the_support_count_leaves_out_a_request_about_the_members_contract(
    support_freelancer, monkeypatch, support_staff
):
    contract, client = active_contract(support_freelancer, monkeypatch)
    tickets.open_request(user=client, data=request_input(contract_id=contract.pk), address=None)

    assert _waiting(support_freelancer) == 0
    assert _waiting(support_staff) == 1
