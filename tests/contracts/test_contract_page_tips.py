"""The contract page's advice about starting work is shown only in the states it is true for:
not on a draft, an invitation waiting for an answer or a cancelled contract (nothing can be
funded there), and not once every milestone is funded or finished."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import invitations, services
from tests.contracts.factories import (
    active_contract,
    draft_contract,
    funded_milestone,
    milestone,
    sent_invitation,
)

pytestmark = pytest.mark.django_db

FUNDING_TIP = "Start work on a milestone only once it is <strong>funded</strong>"
ACTIVE_ESCROW_NOTE = "the client funds each milestone before work"


def _page(client, user, contract) -> str:
    client.force_login(user)
    return client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()


def test_a_draft_gives_no_advice_about_funded_work(client, freelancer):
    page = _page(client, freelancer, draft_contract(freelancer))
    assert FUNDING_TIP not in page
    assert ACTIVE_ESCROW_NOTE not in page
    assert "Escrow: nothing is paid before the client accepts." in page


def test_an_invitation_not_yet_accepted_gives_no_advice_about_funded_work(client, freelancer):
    contract, _, _ = sent_invitation(freelancer)
    page = _page(client, freelancer, contract)
    assert FUNDING_TIP not in page
    assert ACTIVE_ESCROW_NOTE not in page


def test_a_cancelled_contract_says_nothing_was_paid_into_escrow(client, freelancer):
    contract = draft_contract(freelancer)
    services.cancel_contract(contract=contract, by=freelancer)
    page = _page(client, freelancer, contract)
    assert "nothing was paid into escrow" in page
    assert "before work on it starts" not in page


def test_an_active_contract_with_a_milestone_waiting_for_money_gives_the_funding_tip(
    client, freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    page = _page(client, freelancer, contract)
    assert FUNDING_TIP in page
    assert ACTIVE_ESCROW_NOTE in page


def test_an_active_contract_whose_every_milestone_is_funded_gives_no_funding_tip(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _, _ = funded_milestone(
        freelancer, monkeypatch, frozen_clock, milestones=[milestone("Design", 50_000)]
    )
    page = _page(client, freelancer, contract)
    assert FUNDING_TIP not in page
    assert 'class="actions card"' not in page  # no empty card left behind


def test_the_invitation_page_tells_the_client_nothing_is_paid_before_they_accept(
    client, freelancer, monkeypatch
):
    _, _, token = sent_invitation(freelancer)
    monkeypatch.setattr(invitations.secrets, "randbelow", lambda n: 424242)
    client.post(reverse("contracts:invitation_send_code", args=[token]))
    client.post(reverse("contracts:invitation_verify", args=[token]), {"code": "424242"})
    page = client.get(reverse("contracts:invitation", args=[token])).content.decode()
    assert "Escrow: nothing is paid before you accept." in page
    assert ACTIVE_ESCROW_NOTE not in page


def test_cancelling_a_draft_takes_a_second_step_that_says_it_is_final(client, freelancer):
    page = _page(client, freelancer, draft_contract(freelancer))
    box = page[page.index('data-testid="cancel-contract"') :].split("</details>", 1)[0]
    assert "<summary>Cancel contract</summary>" in box
    assert "Cancelling is final" in box
    assert "Cancel this contract for good</button>" in box


def test_cancelling_an_invitation_says_the_client_is_told_and_the_link_stops_working(
    client, freelancer
):
    contract, _, _ = sent_invitation(freelancer)
    page = _page(client, freelancer, contract)
    box = page[page.index('data-testid="cancel-contract"') :].split("</details>", 1)[0]
    assert f"the invitation link stops working, {contract.client_name} is told" in box
