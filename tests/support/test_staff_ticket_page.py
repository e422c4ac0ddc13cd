"""The support console's ticket page: its forms, and the ticket's contract in money terms;
and where the requester's page links that contract."""

from __future__ import annotations

import re

import pytest

from directcontracts.support import selectors, tickets
from directcontracts.support.models import Ticket
from directcontracts.support.tokens import access_token
from tests.accounts.helpers import sign_in_staff
from tests.contracts.factories import funded_milestone
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db


def _page(client, staff_user, ticket) -> str:
    sign_in_staff(client, staff_user)
    response = client.get(f"/support/staff/tickets/{ticket.reference}/")
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def funded_ticket(freelancer, monkeypatch, frozen_clock):
    """The client's request about a contract whose first milestone they funded."""
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    ticket = tickets.open_request(
        user=client, data=request_input(contract_id=contract.pk), address=None
    )
    return ticket, milestone


def test_every_label_on_the_staff_ticket_page_points_at_its_own_box(
    client, open_ticket, support_staff
):
    page = _page(client, support_staff, open_ticket)
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    note_label = re.search(r'<label for="([^"]+)">Internal note', page)
    assert note_label is not None
    box = re.search(rf'<textarea name="body"[^>]*id="{note_label.group(1)}"', page)
    assert box is not None
    assert "/note/" in page[: box.start()].rsplit("<form", 1)[1]


def test_support_staff_see_the_charges_and_milestones_of_the_tickets_contract(
    client, funded_ticket, support_staff
):
    ticket, milestone = funded_ticket
    page = _page(client, support_staff, ticket)
    assert "payments and milestones" in page
    assert page.count('data-testid="support-charge-row"') == 1
    assert milestone.title in page
    assert "Settled" in page


def test_the_contract_money_summary_is_read_for_support_staff_only(
    funded_ticket, trust_safety_staff
):
    ticket, _ = funded_ticket
    assert selectors.contract_money(trust_safety_staff, ticket) is None
    assert selectors.contract_money(ticket.requester, ticket) is None


def test_a_ticket_without_a_contract_shows_no_contract_money(open_ticket, support_staff):
    assert selectors.contract_money(support_staff, open_ticket) is None


def test_the_staff_ticket_page_points_at_the_money_summary_not_the_parties_contract_page(
    client, funded_ticket, support_staff
):
    ticket, _ = funded_ticket
    page = _page(client, support_staff, ticket)
    assert f'<a href="#contract-money">#{ticket.contract_id} ' in page
    assert f"/contracts/{ticket.contract_id}/" not in page


def _opened_by(client, ticket) -> str:
    response = client.get(f"/support/requests/{ticket.reference}/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_requester_page_links_the_contract_for_its_party(client, funded_ticket):
    ticket, _ = funded_ticket
    client.force_login(ticket.requester)
    assert f'href="/contracts/{ticket.contract_id}/"' in _opened_by(client, ticket)


def test_the_requester_page_names_the_contract_without_a_link_for_someone_not_a_party(
    client, funded_ticket
):
    # The requester's account gone (SET_NULL): the request is then read through its
    # emailed access link by someone the contract page would answer with a 404.
    ticket, _ = funded_ticket
    Ticket.objects.filter(pk=ticket.pk).update(requester=None)
    key = access_token(ticket.pk, ticket.requester_email)
    client.get(f"/support/requests/{ticket.reference}/", {"key": key})
    page = _opened_by(client, ticket)
    assert f"#{ticket.contract_id} {ticket.contract.title}" in page
    assert f"/contracts/{ticket.contract_id}/" not in page
