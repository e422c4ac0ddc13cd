"""One primary action per view; money and destructive actions look different from it."""

import re

import pytest
from django.urls import reverse

from tests.contracts.factories import active_contract, funded_milestone, sent_invitation

pytestmark = pytest.mark.django_db

BUTTON = re.compile(r'<(?:button|a)\b[^>]*class="([^"]*)"[^>]*>\s*([^<]+?)\s*</(?:button|a)>')


def _buttons(response) -> dict[str, str]:
    """Each button's (or button-styled link's) text mapped to its class list."""
    html = response.content.decode()
    return {text: classes for classes, text in BUTTON.findall(html) if "button" in classes}


def _primary(buttons: dict[str, str]) -> list[str]:
    return [text for text, classes in buttons.items() if classes.split() == ["button"]]


def test_the_freelancers_active_contract_has_one_primary_action(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    buttons = _buttons(client.get(reverse("contracts:detail", args=[contract.pk])))
    assert _primary(buttons) == ["Submit work"]


def test_ending_the_contract_looks_destructive(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    buttons = _buttons(client.get(reverse("contracts:detail", args=[contract.pk])))
    assert "button-danger" in buttons["End the contract"]


def test_sending_a_message_and_proposing_a_change_are_secondary(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    buttons = _buttons(client.get(reverse("contracts:detail", args=[contract.pk])))
    assert "button-secondary" in buttons["Send message"]
    assert "button-secondary" in buttons["Propose"]


def test_withdrawing_an_invitation_looks_destructive(client, freelancer):
    contract, _, _ = sent_invitation(freelancer)
    client.force_login(freelancer)
    buttons = _buttons(client.get(reverse("contracts:detail", args=[contract.pk])))
    assert "button-danger" in buttons["Withdraw invitation"]
    assert "button-secondary" in buttons["Re-send invitation"]


def test_refunding_the_client_looks_like_a_money_action(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, _, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    client.force_login(freelancer)
    buttons = _buttons(client.get(reverse("contracts:detail", args=[contract.pk])))
    assert "button-money" in buttons["Refund"]


def test_the_clients_review_has_money_release_and_secondary_change_request(
    client, freelancer, monkeypatch, frozen_clock
):
    from directcontracts.contracts import escrow

    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Done")
    client.force_login(buyer)
    buttons = _buttons(client.get(reverse("contracts:detail", args=[contract.pk])))
    assert "button-money" in buttons["Approve and release"]
    assert "button-secondary" in buttons["Request changes"]
    assert _primary(buttons) == []
