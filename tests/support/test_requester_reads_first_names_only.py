"""A support reply is signed to the requester with the staff member's first name, on the
request's page as in the reply email; their full name stays with the support team."""

from __future__ import annotations

import pytest

from directcontracts.support import staff
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import sign_in_as, staff_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def agent(db):
    return StaffFactory(
        email="ada.agent@example.com", full_name="Ada Quennell-Hart", groups=["support"]
    )


def test_the_requester_reads_a_reply_signed_with_the_agents_first_name_only(
    client, open_ticket, client_user, agent
):
    staff.reply_to_customer(ticket=open_ticket, by=agent, body="We have refunded the fee.")
    sign_in_as(client, client_user)
    page = client.get(f"/support/requests/{open_ticket.reference}/").content.decode()
    assert "Ada (support)" in page
    assert "Quennell-Hart" not in page


def test_the_support_team_still_reads_who_replied_in_full(client, open_ticket, agent):
    staff.reply_to_customer(ticket=open_ticket, by=agent, body="We have refunded the fee.")
    staff_session(client, agent)
    page = client.get(f"/support/staff/tickets/{open_ticket.reference}/").content.decode()
    assert "Ada Quennell-Hart (support)" in page
