"""The earnings page and API after the bank sent a paid payout back: the payout reads
"Returned by the bank", the release it took reads withdrawable "now" again (the money is in
the balance), and the API names the state and when."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.payments.models import PayoutState
from tests.contracts.helpers import money_api_caller
from tests.payments.factories import delivered, money_to_withdraw, withdraw

pytestmark = pytest.mark.django_db


@pytest.fixture
def returned_payout(freelancer, monkeypatch, frozen_clock, settings):
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    payout = withdraw(freelancer, bank)
    delivered("evt_paid", "payout.paid", payout.gateway_payout_id)
    frozen_clock.advance(days=3)
    delivered("evt_back", "payout.failed", payout.gateway_payout_id, failure_code="account_closed")
    payout.refresh_from_db()
    assert payout.state == PayoutState.RETURNED
    return payout


def _page(client, freelancer) -> str:
    client.force_login(freelancer)
    return client.get(reverse("contracts:earnings")).content.decode()


def test_the_payouts_table_says_the_bank_returned_the_payout(client, freelancer, returned_payout):
    page = _page(client, freelancer)
    assert "Returned by the bank" in page
    said = re.search(r'<span data-testid="payout-returned">(.*?)</span>', page, re.S)
    assert said is not None
    assert "the money is in your balance again" in said.group(1)
    assert "check the bank account's details" in said.group(1)


def test_the_release_the_returned_payout_took_is_withdrawable_again(
    client, freelancer, returned_payout
):
    page = _page(client, freelancer)
    cells = re.findall(r'<td data-label="Withdrawable">(.*?)</td>', page, re.S)
    assert cells == ["now"]
    assert 'data-testid="withdrawable-USD">$475.00' in page


def test_the_api_lists_the_payout_as_returned_with_when(client, freelancer, returned_payout):
    api = money_api_caller(client)
    listed = api(freelancer, "get", "/payouts").json()["items"][0]
    assert listed["state"] == "returned"
    assert listed["failure_message"] == "account_closed"
    assert listed["returned_at"] is not None
    earnings = api(freelancer, "get", "/earnings").json()
    assert earnings[0]["withdrawable_minor"] == 47_500
    assert earnings[0]["can_request_payout"] is True
