"""A support staff member who also works as a freelancer (staff may) should not read or
answer a Get Help request their own client opened about their contract: the client writes
about them, and the reply would be the platform's word in their own case, as a Trust &
Safety member never mediates their own dispute (`disputes.access.mediates`).

The staff lookup (`support.access.get_ticket_for_staff`) answers such a member 403 with
`staff_is_a_party` and says why (core/own_matter.py `says_why_not_theirs`, as for Trust &
Safety cases); every staff service refuses them `403 staff_is_a_party`
(`support.staff.require_ticket_handler`), as for disputes."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.errors import DomainError
from directcontracts.support import staff, tickets, trust_cases
from directcontracts.support.models import MessageKind, Status, TicketMessage
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


def test_a_support_member_cannot_open_a_request_about_their_own_contract(
    client, support_freelancer, ticket_about_them
):
    sign_in_as(client, support_freelancer)
    page = client.get(reverse("support:staff_ticket", args=[ticket_about_them.reference]))
    assert page.status_code == 403
    assert COMPLAINT not in page.content.decode()


def test_another_support_member_opens_it(client, support_staff, ticket_about_them):
    sign_in_as(client, support_staff)
    page = client.get(reverse("support:staff_ticket", args=[ticket_about_them.reference]))
    assert page.status_code == 200


def test_the_page_says_another_member_must_handle_it(client, support_freelancer, ticket_about_them):
    sign_in_as(client, support_freelancer)
    page = client.get(reverse("support:staff_ticket", args=[ticket_about_them.reference]))
    text = page.content.decode()
    assert "You are a party to this request; another support member must handle it." in text
    assert 'data-error-code="staff_is_a_party"' in text


@pytest.mark.parametrize(
    ("step", "form"),
    [
        ("staff_reply", {"body": "All is well.", "status_after": "resolved"}),
        ("staff_note", {"body": "Client is exaggerating."}),
        ("staff_status", {"status": "closed", "reason": "Done.", "confirmed": "on"}),
    ],
)
def test_a_party_posting_a_staff_step_changes_nothing(
    client, support_freelancer, ticket_about_them, step, form
):
    sign_in_as(client, support_freelancer)
    answer = client.post(reverse(f"support:{step}", args=[ticket_about_them.reference]), form)
    assert answer.status_code == 403
    ticket_about_them.refresh_from_db()
    assert ticket_about_them.status != Status.CLOSED
    assert not TicketMessage.objects.filter(
        ticket=ticket_about_them, kind__in=[MessageKind.STAFF, MessageKind.NOTE]
    ).exists()


EVERY_STAFF_STEP = {
    "reply": lambda ticket, by: staff.reply_to_customer(ticket=ticket, by=by, body="All is well."),
    "note": lambda ticket, by: staff.add_internal_note(ticket=ticket, by=by, body="Nothing."),
    "status": lambda ticket, by: staff.change_status(ticket=ticket, by=by, status=Status.CLOSED),
    "priority": lambda ticket, by: staff.change_priority(
        ticket=ticket, by=by, priority="low", reason="Not urgent."
    ),
    "assign": lambda ticket, by: staff.assign_ticket(ticket=ticket, assignee=by, by=by),
    "escalate": lambda ticket, by: trust_cases.escalate_to_trust_safety(
        ticket=ticket, by=by, summary="Look at the client."
    ),
}


@pytest.mark.parametrize("step", sorted(EVERY_STAFF_STEP))
def test_every_staff_service_refuses_a_party(support_freelancer, ticket_about_them, step):
    with pytest.raises(DomainError) as refused:
        EVERY_STAFF_STEP[step](ticket_about_them, support_freelancer)
    assert (refused.value.status, refused.value.code) == (403, "staff_is_a_party")


def test_a_support_member_cannot_handle_a_request_they_filed(support_staff):
    ticket = tickets.open_request(
        user=support_staff,
        data=request_input(subject="My own payout", description="Where is my payout?"),
        address=None,
    )
    with pytest.raises(DomainError) as refused:
        staff.reply_to_customer(ticket=ticket, by=support_staff, body="Paid now.")
    assert refused.value.code == "staff_is_a_party"


def _queue(client, member):
    page = client.get(reverse("support:queue"))
    assert page.status_code == 200
    return page.context["page"].paginator.count, page.context["counts"]


def test_the_queue_leaves_out_a_request_about_the_members_own_contract(
    client, support_freelancer, ticket_about_them
):
    sign_in_as(client, support_freelancer)
    listed, counts = _queue(client, support_freelancer)
    assert listed == 0
    assert counts["new"] + counts["open"] + counts["waiting"] == 0


def test_another_support_member_finds_it_in_the_queue(client, support_staff, ticket_about_them):
    sign_in_as(client, support_staff)
    listed, counts = _queue(client, support_staff)
    assert listed == 1
    assert counts["new"] + counts["open"] + counts["waiting"] == 1


def test_the_queue_leaves_out_a_request_the_member_filed(client, support_freelancer):
    tickets.open_request(
        user=support_freelancer,
        data=request_input(subject="My own problem", description=COMPLAINT),
        address=None,
    )
    sign_in_as(client, support_freelancer)
    assert _queue(client, support_freelancer)[0] == 0
