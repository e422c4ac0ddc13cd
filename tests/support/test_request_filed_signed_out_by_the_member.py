"""A support member who files a Get Help request signed out, with their own address, raised
it: they are refused it as staff like a request they filed signed in (core/own_matter.py,
`403 staff_is_a_party`), and the back office leaves it out of their list. Another member
handles it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.core.errors import DomainError
from directcontracts.support import access, staff, tickets
from tests.accounts.factories import StaffFactory
from tests.accounts.helpers import staff_session
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(db):
    return StaffFactory(email="sam.support@example.com", groups=["support"])


@pytest.fixture
def their_request(member):
    return tickets.open_request(
        user=None,
        data=request_input(email="Sam.Support@example.com", name="Sam"),
        address=None,
    )


def test_the_member_cannot_open_a_request_they_filed_signed_out(member, their_request):
    with pytest.raises(DomainError) as refused:
        access.get_ticket_for_staff(member, their_request.reference)
    assert (refused.value.status, refused.value.code) == (403, "staff_is_a_party")


def test_the_member_cannot_note_on_a_request_they_filed_signed_out(member, their_request):
    with pytest.raises(DomainError) as refused:
        staff.add_internal_note(ticket=their_request, by=member, body="Handled it myself.")
    assert refused.value.code == "staff_is_a_party"


def test_the_back_office_leaves_it_out_of_their_list(client, member, their_request):
    page = staff_session(client, member).get(reverse("admin:support_ticket_changelist"))
    assert page.status_code == 200
    assert reverse("admin:support_ticket_change", args=[their_request.pk]) not in (
        page.content.decode()
    )


def test_another_member_opens_it(support_staff, their_request):
    assert access.get_ticket_for_staff(support_staff, their_request.reference) == their_request
