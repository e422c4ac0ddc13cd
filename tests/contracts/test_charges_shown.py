"""Every charge shows what it was made of (issue 11, "bad input and contract gaps"): the
3.4 % card fee was charged but recorded nowhere the client could see it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow, statements
from directcontracts.payments.charges import add_payment_method
from directcontracts.payments.sandbox import CARD_DECLINED
from tests.contracts.factories import active_contract, card, funded_milestone, settle_gateway
from tests.contracts.helpers import text_of

pytestmark = pytest.mark.django_db


def _paid_by_card(freelancer, monkeypatch, frozen_clock, settings):
    settings.CLIENT_CARD_FEE_BPS = 340
    return funded_milestone(freelancer, monkeypatch, frozen_clock)


def test_the_funding_event_says_what_the_charge_was_made_of(
    freelancer, monkeypatch, frozen_clock, settings
):
    contract, client, milestone = _paid_by_card(freelancer, monkeypatch, frozen_clock, settings)
    event = milestone.events.get(kind="milestone.funding_pending")
    assert event.message == (
        "Charged $517.00 to Visa card ending 4242: $500.00 into escrow + $17.00 card "
        "processing fee (3.4%). Waiting for the payment to settle."
    )
    assert {k: event.data[k] for k in ("amount_minor", "fee_minor", "total_minor")} == {
        "amount_minor": 50_000,
        "fee_minor": 1_700,
        "total_minor": 51_700,
    }


def test_a_bank_debit_says_it_carried_no_fee(freelancer, monkeypatch, frozen_clock, settings):
    settings.CLIENT_BANK_DEBIT_FEE_BPS = 0
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    bank = add_payment_method(owner=client, kind="bank_debit", number="000123456789")
    escrow.fund_milestone(milestone=milestone, by=client, method=bank)
    event = milestone.events.get(kind="milestone.funding_pending")
    assert event.message.startswith(
        "Charged $500.00 to bank debit ending 6789: $500.00 into escrow, no processing fee."
    )


def test_the_client_sees_each_charge_on_the_milestone(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    contract, buyer, milestone = _paid_by_card(freelancer, monkeypatch, frozen_clock, settings)
    client.force_login(buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "Charged $517.00 to Visa card ending 4242" in page
    assert "$500.00 into escrow + $17.00 card processing fee" in page
    assert "Settled" in page


def test_a_failed_charge_shows_that_nothing_was_taken(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    escrow.fund_milestone(milestone=milestone, by=buyer, method=card(buyer, "4000000000000341"))
    settle_gateway(frozen_clock)
    client.force_login(buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "Payment of $517.00 with Visa card ending 0341 was declined: nothing was taken." in page


def test_a_declined_payment_is_not_described_as_charged(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    settings.CLIENT_CARD_FEE_BPS = 340
    contract, buyer = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    declined = card(buyer, CARD_DECLINED)
    client.force_login(buyer)
    client.post(
        reverse("contracts:fund", args=[contract.pk, milestone.pk]),
        {"payment_method": declined.pk, "attempt": "once"},
    )
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "Payment of $517.00 with Visa card ending 0002 was declined: nothing was taken." in page
    assert "Charged $517.00" not in page


def test_the_receipt_shows_the_charge_and_its_fee(freelancer, monkeypatch, frozen_clock, settings):
    contract, client, milestone = _paid_by_card(freelancer, monkeypatch, frozen_clock, settings)
    text = text_of(statements.build_receipt(milestone, role="client"))
    assert "Charged to Visa card ending 4242" in text
    assert "$517.00" in text
    assert "Card processing fee (paid by the client) $17.00" in text
    assert "Paid into escrow" in text


def test_the_api_lists_each_charge_of_a_milestone(
    client, freelancer, monkeypatch, frozen_clock, settings
):
    from directcontracts.accounts.services import create_api_token

    contract, buyer, milestone = _paid_by_card(freelancer, monkeypatch, frozen_clock, settings)
    _, secret = create_api_token(user=buyer, name="test")
    response = client.get(
        f"/api/v1/contracts/{contract.pk}/milestones/{milestone.pk}",
        headers={"Authorization": f"Bearer {secret}"},
    )
    [charge] = response.json()["charges"]
    assert {k: charge[k] for k in ("amount_minor", "fee_minor", "total_minor", "state")} == {
        "amount_minor": 50_000,
        "fee_minor": 1_700,
        "total_minor": 51_700,
        "state": "succeeded",
    }
    assert charge["method"] == "Visa card ending 4242"
