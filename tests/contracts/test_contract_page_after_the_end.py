"""The contract page tells what happened once the money settled and the contract ended (browser
tour E): a partly refunded milestone, an unfunded milestone closed with the contract, and the
money actually paid, released and refunded rather than the quote."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.contracts.factories import ended_contract, partly_refunded_contract
from tests.contracts.helpers import progress_items

pytestmark = pytest.mark.django_db


def _page(client, user, contract) -> str:
    client.force_login(user)
    return client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()


def _card(page: str, position: int) -> str:
    start = page.index(f'data-testid="milestone-state-{position}"')
    return page[start : page.index("</article>", start)]


@pytest.mark.parametrize("viewer", ["freelancer", "client"])
def test_a_partly_refunded_milestone_shows_what_was_released_and_what_was_refunded(
    client, freelancer, monkeypatch, frozen_clock, viewer
):
    contract, buyer = partly_refunded_contract(freelancer, monkeypatch, frozen_clock)
    card = _card(_page(client, freelancer if viewer == "freelancer" else buyer, contract), 1)
    assert "$250.00 released · $150.00 refunded" in card
    assert ">Released in part, rest refunded</span>" in card


def test_an_unfunded_milestone_of_an_ended_contract_reads_as_closed_not_awaiting_funding(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _ = ended_contract(freelancer, monkeypatch, frozen_clock)
    card = _card(_page(client, freelancer, contract), 2)
    assert ">Not funded: contract ended</span>" in card
    assert "Awaiting funding" not in card


def test_the_freelancer_is_not_told_to_wait_for_funding_on_an_ended_contract(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _ = ended_contract(freelancer, monkeypatch, frozen_clock)
    assert "wait until the client funds" not in _page(client, freelancer, contract)


def test_an_ended_contracts_progress_ends_at_the_end_with_no_current_step(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = ended_contract(freelancer, monkeypatch, frozen_clock)
    items = progress_items(_page(client, buyer, contract))
    assert [label for _, label, _ in items] == [
        "Invited",
        "Accepted",
        "Funded",
        "Submitted",
        "In review",
        "Released",
        "Ended",
    ]
    assert all(state == "done" for state, _, _ in items)
    assert items[-1][2] == "done: the contract has ended; nothing further is paid into it"


@pytest.mark.parametrize("viewer", ["freelancer", "client"])
def test_an_ended_contracts_money_says_what_was_paid_released_and_refunded(
    client, freelancer, monkeypatch, frozen_clock, settings, viewer
):
    settings.FREELANCER_FEE_BPS = 500
    contract, buyer = ended_contract(freelancer, monkeypatch, frozen_clock)
    page = _page(client, freelancer if viewer == "freelancer" else buyer, contract)
    money = page.split('data-testid="money-so-far"', 1)[1].split("</dl>", 1)[0]
    assert 'data-testid="paid-in">$400.00<' in money
    assert 'data-testid="released">$250.00<' in money
    assert 'data-testid="refunded">$150.00<' in money
    assert 'data-testid="freelancer-received">$237.50 ' in money
    assert "Freelancer receives" not in page


def _fund_page(client, buyer, contract):
    unfunded = contract.milestones.get(position=2)
    client.force_login(buyer)
    return client.get(reverse("contracts:fund", args=[contract.pk, unfunded.pk]))


def test_an_ended_contracts_fund_page_refuses_without_offering_to_add_a_method(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = ended_contract(freelancer, monkeypatch, frozen_clock)
    page = _fund_page(client, buyer, contract).content.decode()
    assert "nothing more is paid into it" in page
    assert "goes into escrow" not in page
    assert "Add a card or bank account" not in page
    assert 'name="number"' not in page


def test_no_payment_method_is_added_for_an_ended_contract(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.payments.models import PaymentMethod

    contract, buyer = ended_contract(freelancer, monkeypatch, frozen_clock)
    unfunded = contract.milestones.get(position=2)
    before = PaymentMethod.objects.filter(owner=buyer).count()
    client.force_login(buyer)
    response = client.post(
        reverse("contracts:fund", args=[contract.pk, unfunded.pk]),
        {"kind": "card", "number": "5555555555554444", "holder_name": "Nora"},
    )
    assert response.status_code == 409
    assert PaymentMethod.objects.filter(owner=buyer).count() == before


def test_an_ended_contracts_page_shows_the_freelancer_no_empty_actions_box(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _ = ended_contract(freelancer, monkeypatch, frozen_clock)
    assert 'aria-label="Actions"' not in _page(client, freelancer, contract)
