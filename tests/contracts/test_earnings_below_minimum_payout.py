"""The earnings page and API when less than the smallest payout is free (review, 7 December
2026). The page said "You can withdraw up to $X now" with no form, when $X was below the
minimum payout, so no payout of it could be requested. Now it names the minimum and says the
balance becomes withdrawable once it reaches it; the API says whether a payout can be
requested and what the minimum is.
"""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow, paying
from directcontracts.core.errors import DomainError
from tests.contracts.factories import funded_milestone
from tests.contracts.helpers import money_api_caller

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(client):
    return money_api_caller(client)


NET = 47_500  # a $500 milestone released, less the 5 % service fee
MINIMUM = 50_000  # a smallest payout above it: $500.00


@pytest.fixture
def below_the_minimum(freelancer, monkeypatch, frozen_clock, settings):
    """$475.00 is free of holds; the smallest payout is $500.00."""
    _, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    settings.MINIMUM_PAYOUT_MINOR = MINIMUM
    paying.add_payout_method(
        freelancer=freelancer, account_number="000123456789", holder_name="Fiona", currency="USD"
    )


def _withdraw_line(client, freelancer) -> str:
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    return re.search(r'data-testid="withdraw-now-USD">(.*?)</p>', page).group(1)


def test_below_the_minimum_the_page_names_the_minimum_and_when_it_can_be_withdrawn(
    client, freelancer, below_the_minimum
):
    line = _withdraw_line(client, freelancer)
    assert line.startswith("The smallest payout is <strong>$500.00</strong>")
    assert "it becomes withdrawable once it reaches $500.00." in line


def test_below_the_minimum_the_page_offers_no_amount_to_withdraw(
    client, freelancer, below_the_minimum
):
    line = _withdraw_line(client, freelancer)
    assert "You can withdraw" not in line
    assert "$475.00" not in line


def test_below_the_minimum_the_balance_is_not_called_withdrawable_now(
    client, freelancer, below_the_minimum
):
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert "Of which you can withdraw now" not in page
    assert "below the smallest payout of $500.00" in page
    assert "Request payout" not in page


def test_below_the_minimum_a_payout_of_the_balance_is_refused(freelancer, below_the_minimum):
    method = freelancer.payout_methods.get()
    with pytest.raises(DomainError) as refused:
        paying.withdraw(
            freelancer=freelancer, method=method, amount_minor=NET, idempotency_key="below"
        )
    assert refused.value.code == "below_minimum_payout"


def test_the_earnings_api_says_no_payout_can_be_requested_below_the_minimum(
    api, freelancer, below_the_minimum
):
    [usd] = api(freelancer, "get", "/earnings").json()
    assert (usd["withdrawable_minor"], usd["minimum_payout_minor"]) == (NET, MINIMUM)
    assert usd["can_request_payout"] is False


def test_the_earnings_api_says_a_payout_can_be_requested_from_the_minimum(
    api, freelancer, below_the_minimum, settings
):
    settings.MINIMUM_PAYOUT_MINOR = NET
    [usd] = api(freelancer, "get", "/earnings").json()
    assert usd["can_request_payout"] is True


def test_below_the_minimum_a_release_row_names_the_minimum_instead_of_now(
    client, freelancer, below_the_minimum
):
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    [cell] = re.findall(r'<td data-label="Withdrawable">(.*?)</td>', page, re.S)
    assert "now" not in cell
    assert "once your money free of holds reaches the smallest payout, $500.00" in cell


def test_from_the_minimum_a_release_row_says_now_again(
    client, freelancer, below_the_minimum, settings
):
    settings.MINIMUM_PAYOUT_MINOR = NET
    client.force_login(freelancer)
    page = client.get(reverse("contracts:earnings")).content.decode()
    assert re.findall(r'<td data-label="Withdrawable">(.*?)</td>', page, re.S) == ["now"]
