"""The flag form is no dead end: it links back to where the flag was raised, as the page
after it does."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import messaging
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def contract(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    return contract


def test_the_form_to_flag_a_message_links_back_to_that_message_in_its_contract(client, contract):
    message = messaging.post_message(contract=contract, sender=contract.freelancer, body="Hi.")
    client.force_login(contract.client)
    page = client.get(reverse("trust:flag") + f"?kind=message&id={message.pk}").content.decode()
    back = reverse("contracts:detail", args=[contract.pk]) + f"#message-{message.pk}"
    assert f'<a href="{back}">← Back to the contract “{contract.title}”</a>' in page


def test_the_form_to_flag_a_contract_links_back_to_the_contract(client, contract):
    client.force_login(contract.client)
    page = client.get(reverse("trust:flag") + f"?kind=contract&id={contract.pk}").content.decode()
    back = reverse("contracts:detail", args=[contract.pk])
    assert f'<a href="{back}">← Back to the contract “{contract.title}”</a>' in page
