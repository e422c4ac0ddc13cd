"""Hostile review, round H (7 December 2026): a card the circumvention check refuses still
counts against the day's PAYMENT_METHODS_PER_DAY.

Decided, not changed: the number was sent to the processor and tokenised before the check
(the check compares its fingerprint), and the refusal's code differs from the processor's
(`circumvention_*` against `invalid_card_number`), so it tells the caller the number is
live; and a client trying card after card until one is not linked to their other account
is the probing the check is there to slow. Either way the limit is what bounds it.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import paying
from directcontracts.contracts.identity import ClientContext
from directcontracts.core.errors import DomainError, PermissionDenied
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db

CTX = ClientContext(ip="203.0.113.7", user_agent="pytest", device_id="device-x")


def _refusal(call) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call()
    return refused.value


@pytest.fixture
def refusing_check(monkeypatch):
    """The circumvention check refusing every card, and how often it was asked."""
    asked: list[str] = []

    def refuse(**kwargs):
        asked.append(kwargs["payment_fingerprint"])
        raise PermissionDenied("Refused.", code="circumvention_existing_account")

    monkeypatch.setattr(paying, "check_client_signals", refuse)
    return asked


def _add(contract, client, number: str = "4242424242424242"):
    return paying.add_payment_method(
        contract=contract, client=client, kind="card", number=number, context=CTX
    )


def test_cards_the_circumvention_check_refuses_count_against_the_days_limit(
    freelancer, monkeypatch, frozen_clock, settings, refusing_check
):
    settings.PAYMENT_METHODS_PER_DAY = 3
    contract, client = active_contract(freelancer, monkeypatch)
    for _ in range(3):
        assert _refusal(lambda: _add(contract, client)).code == "circumvention_existing_account"
    refused = _refusal(lambda: _add(contract, client))
    assert (refused.code, refused.status) == ("rate_limited", 429)
    assert len(refusing_check) == 3  # the fourth card reached neither the processor nor the check
