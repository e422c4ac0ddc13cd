"""Hostile review, round G (7 December 2026): card testing through a contract.

A client with one active contract could add card after card (each number sent to the
processor to be tokenised) and fund a milestone with each, without limit: the classic use of
a payment form to sort stolen card numbers into live and dead, on the platform's processor
account (whose decline rate the processor watches) and at the card holders' expense. Now a
person adds at most PAYMENT_METHODS_PER_DAY methods a day (refused numbers count: they are
the guesses) and, after DECLINED_PAYMENTS_PER_DAY declined charges in 24 hours, no charge
is asked of the processor until the oldest is a day old (`429 rate_limited`).
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import escrow
from directcontracts.contracts.models import MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.payments.models import GatewayRequest, Payment, PaymentMethod
from tests.contracts.factories import active_contract, card
from tests.contracts.helpers import money_api_caller

pytestmark = pytest.mark.django_db

DECLINED_CARD = "4000000000000002"
GOOD_CARD = "4242424242424242"
NOT_A_CARD = "4242424242424241"  # fails the Luhn check: the processor refuses it


@pytest.fixture
def limits(settings):
    settings.PAYMENT_METHODS_PER_DAY = 3
    settings.DECLINED_PAYMENTS_PER_DAY = 2
    return settings


@pytest.fixture
def api(client):
    return money_api_caller(client)


def _first_milestone(contract):
    return contract.milestones.order_by("position").first()


def _refusal(call) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call()
    return refused.value


def _decline(milestone, client, times: int) -> None:
    method = card(client, DECLINED_CARD)
    for attempt in range(times):
        refused = _refusal(
            lambda n=attempt: escrow.fund_milestone(
                milestone=milestone, by=client, method=method, idempotency_key=f"try-{n}"
            )
        )
        assert refused.code == "payment_declined"


# --- Adding payment methods -----------------------------------------------------------------


def test_a_client_adding_more_methods_in_a_day_than_the_limit_is_refused(
    freelancer, monkeypatch, frozen_clock, limits
):
    _, client = active_contract(freelancer, monkeypatch)
    for _ in range(3):
        card(client)
    refused = _refusal(lambda: card(client))
    assert (refused.code, refused.status) == ("rate_limited", 429)
    assert PaymentMethod.objects.filter(owner=client).count() == 3


def test_card_numbers_the_processor_refuses_count_against_the_limit(
    freelancer, monkeypatch, frozen_clock, limits
):
    _, client = active_contract(freelancer, monkeypatch)
    for _ in range(3):
        assert _refusal(lambda: card(client, NOT_A_CARD)).code == "invalid_card_number"
    assert _refusal(lambda: card(client)).code == "rate_limited"


def test_a_client_may_add_methods_again_the_next_day(freelancer, monkeypatch, frozen_clock, limits):
    _, client = active_contract(freelancer, monkeypatch)
    for _ in range(3):
        card(client)
    frozen_clock.advance(days=1)
    assert card(client).owner == client


def test_the_api_answers_a_card_over_the_limit_429_with_when_to_retry(
    api, freelancer, monkeypatch, frozen_clock, limits
):
    contract, client = active_contract(freelancer, monkeypatch)
    path = f"/contracts/{contract.pk}/payment-methods"
    body = {"kind": "card", "number": GOOD_CARD, "holder_name": "Nora Newclient"}
    assert [api(client, "post", path, data=body).status_code for _ in range(3)] == [201] * 3
    answer = api(client, "post", path, data=body)
    assert answer.status_code == 429
    assert answer.json()["error"]["code"] == "rate_limited"
    assert int(answer["Retry-After"]) > 0


# --- Declined charges -----------------------------------------------------------------------


def test_after_the_days_declines_no_further_charge_is_asked_of_the_processor(
    freelancer, monkeypatch, frozen_clock, limits
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = _first_milestone(contract)
    _decline(milestone, client, times=2)
    charges_asked = GatewayRequest.objects.count()
    another = card(client, GOOD_CARD)
    refused = _refusal(
        lambda: escrow.fund_milestone(
            milestone=milestone, by=client, method=another, idempotency_key="third"
        )
    )
    assert (refused.code, refused.status) == ("rate_limited", 429)
    assert GatewayRequest.objects.count() == charges_asked
    assert Payment.objects.filter(payer=client).count() == 2
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.AWAITING_FUNDING


def test_a_client_under_the_decline_limit_still_funds_with_a_good_card(
    freelancer, monkeypatch, frozen_clock, limits
):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = _first_milestone(contract)
    _decline(milestone, client, times=1)
    funded = escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    assert funded.state == MilestoneState.FUNDING_PENDING


def test_declines_older_than_a_day_no_longer_count(freelancer, monkeypatch, frozen_clock, limits):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = _first_milestone(contract)
    _decline(milestone, client, times=2)
    frozen_clock.advance(days=1, seconds=1)
    funded = escrow.fund_milestone(milestone=milestone, by=client, method=card(client))
    assert funded.state == MilestoneState.FUNDING_PENDING


def test_a_refused_funding_key_can_be_used_again_once_the_wait_is_over(
    api, freelancer, monkeypatch, frozen_clock, limits
):
    """A 429 says "come back later": it is not kept as the key's answer, or the same request
    sent again after Retry-After would be answered 429 from the store for a day."""
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = _first_milestone(contract)
    _decline(milestone, client, times=2)
    method = card(client, GOOD_CARD)
    path = f"/contracts/{contract.pk}/milestones/{milestone.pk}/fund"
    body = {"payment_method_id": method.pk}
    refused = api(client, "post", path, data=body, key="after-declines")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) <= 24 * 3600
    frozen_clock.advance(seconds=int(refused["Retry-After"]) + 1)
    answer = api(client, "post", path, data=body, key="after-declines")
    assert answer.status_code == 200
    assert answer.json()["state"] == "funding_pending"
