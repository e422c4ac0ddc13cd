"""A support staff member who also works as a freelancer (staff may) should not read or
answer a Get Help request their own client opened about their contract: the client writes
about them, and the reply would be the platform's word in their own case, as a Trust &
Safety member never mediates their own dispute (`disputes.access.mediates`).

Support's files are helper H's in this review: the hole is written down here, failing, for
them to close (`support/views.py` `staff_ticket` and the staff actions check only
`staff.is_support_staff(request.user)`, never whether the ticket's contract is theirs)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.support import tickets
from tests.accounts.factories import FreelancerProfileFactory, StaffFactory
from tests.accounts.helpers import sign_in_as
from tests.contracts.factories import active_contract
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db

COMPLAINT = "My freelancer stopped answering and I think they are overcharging me."


@pytest.fixture
def support_freelancer(db):
    member = StaffFactory(email="sid.support@example.com", groups=["support"], is_freelancer=True)
    FreelancerProfileFactory(user=member)
    return member


@pytest.fixture
def ticket_about_them(support_freelancer, monkeypatch):
    contract, client = active_contract(support_freelancer, monkeypatch)
    return tickets.open_request(
        user=client,
        data=request_input(
            subject="Problem with my freelancer", description=COMPLAINT, contract_id=contract.pk
        ),
        address=None,
    )


@pytest.mark.xfail(
    strict=True,
    reason="support/views.py staff_ticket checks only is_support_staff: a support member "
    "reads the complaint their own client filed about their contract",
)
def test_a_support_member_cannot_open_a_request_about_their_own_contract(
    client, support_freelancer, ticket_about_them
):
    sign_in_as(client, support_freelancer)
    page = client.get(reverse("support:staff_ticket", args=[ticket_about_them.reference]))
    assert page.status_code == 404
    assert COMPLAINT not in page.content.decode()


def test_another_support_member_opens_it(client, support_staff, ticket_about_them):
    sign_in_as(client, support_staff)
    page = client.get(reverse("support:staff_ticket", args=[ticket_about_them.reference]))
    assert page.status_code == 200
