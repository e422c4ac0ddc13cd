"""Ending a contract is final, so the page says what it means and asks for an explicit
confirmation (a box to tick, no JavaScript needed). One click used to end it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts.models import ContractState
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


def _end(client, contract, user, data):
    client.force_login(user)
    return client.post(reverse("contracts:end", args=[contract.pk]), data)


def _end_box(page: str) -> str:
    return page[page.index('<details id="end"') :].split("</details>", 1)[0]


def test_the_end_box_says_what_ending_means(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    box = _end_box(client.get(reverse("contracts:detail", args=[contract.pk])).content.decode())
    assert "nothing more can be paid into it" in box
    assert "can leave feedback" in box
    assert "it cannot be undone" in box
    assert 'type="checkbox" name="confirm"' in box
    assert 'name="reason"' in box


def test_ending_without_the_confirmation_is_refused_at_the_box(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    response = _end(client, contract, freelancer, {"reason": "Scope done"})
    assert response.status_code == 400
    box = _end_box(response.content.decode())
    assert box.startswith('<details id="end" open>')
    assert (
        '<li data-error-code="end_not_confirmed"><a href="#end-confirm">'
        "I understand that ending cannot be undone: Tick this box to end the contract.</a>"
    ) in box
    assert 'aria-describedby="end-confirm_error"' in box


def test_an_unconfirmed_end_leaves_the_contract_active(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    _end(client, contract, freelancer, {"reason": "Scope done"})
    contract.refresh_from_db()
    assert contract.state == ContractState.ACTIVE
    assert not contract.events.filter(kind="contract.ended").exists()


def test_an_unconfirmed_end_keeps_the_reason_typed(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    response = _end(client, contract, freelancer, {"reason": "Scope done"})
    assert ">\nScope done</textarea>" in _end_box(response.content.decode())


def test_a_confirmed_end_ends_the_contract_with_its_reason(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    response = _end(client, contract, freelancer, {"reason": "Scope done", "confirm": "on"})
    assert response.status_code == 302
    contract.refresh_from_db()
    assert contract.state == ContractState.ENDED
    assert contract.events.get(kind="contract.ended").message == "Scope done"


def test_the_client_can_end_it_too_once_confirmed(client, freelancer, monkeypatch):
    contract, client_user = active_contract(freelancer, monkeypatch)
    response = _end(client, contract, client_user, {"confirm": "on"})
    assert response.status_code == 302
    contract.refresh_from_db()
    assert contract.state == ContractState.ENDED


def test_a_stranger_cannot_end_it_even_confirmed(
    client, freelancer, stranger_freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    response = _end(client, contract, stranger_freelancer, {"confirm": "on"})
    assert response.status_code == 404
    contract.refresh_from_db()
    assert contract.state == ContractState.ACTIVE
