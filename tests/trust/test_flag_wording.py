"""Flag as Inappropriate is one action with one name: the pages before and after it, and the
links that lead to it, say "flag", never "report" for the same thing."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def contract(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    return contract


def _visible_text(page: str) -> str:
    body = page.split("<main", 1)[-1]
    return re.sub(r"<[^>]+>", " ", body)


def _flag_the_contract(client, contract):
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=contract&id={contract.pk}"
    return client.post(url, {"reason": "scam_fraud", "details": "Asked me to pay by wire."})


def test_the_flag_form_says_flag_not_report(client, contract):
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=contract&id={contract.pk}"
    page = client.get(url).content.decode()
    assert "Send flag</button>" in page
    assert "report" not in _visible_text(page).lower()


def test_the_page_after_flagging_says_the_flag_was_received(client, contract):
    page = _flag_the_contract(client, contract).content.decode()
    assert "<title>Flag received" in page
    assert re.search(r"<h1>Thank you: flag FL-[^<]+ received</h1>", page)
    assert ">your flags</a>" in page
    assert "report" not in _visible_text(page).lower()


def test_ones_own_list_is_called_your_flags(client, contract):
    _flag_the_contract(client, contract)
    page = client.get(reverse("trust:my_flags")).content.decode()
    assert "<h1>Your flags</h1>" in page
    assert "report" not in _visible_text(page).lower()


def test_the_contract_page_names_flagging_the_other_party_as_flagging(client, contract):
    client.force_login(contract.client)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert ">Flag the freelancer as inappropriate</a>" in page
    assert "Report the freelancer" not in page


def test_the_freelancer_is_offered_to_flag_the_client_in_the_same_words(client, contract):
    client.force_login(contract.freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert ">Flag the client as inappropriate</a>" in page
    assert "Report the client" not in page
