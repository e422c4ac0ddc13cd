"""Round 14 on messages: payments as the subject of the work, and a banned trade's payments.

Three families, each beside the violations that share its words: how a business's customers
pay, written into the work (a checkout, an FAQ, a donate page), was held by the contact/payment
check as this contract's money moved out of escrow; one way of paying named for a business's
customers was read by the classifier as fraud; and the payments of a banned trade ("accept
card and bank transfer for the online casino") were allowed once round 13 read ways of paying
without their words. The sentences here are written for the tests, not taken from a message
set; `messages_dev_v10.jsonl` is this round's tuning set, `messages_heldout_v15.jsonl` its
held-out one (docs/screening.md, round 14).
"""

from __future__ import annotations

import pytest

from directcontracts.screening.engine import item_parts, names_ways_of_paying, screen_message_work
from directcontracts.screening.messages import screen_message_text


def held(text: str) -> bool:
    return (
        screen_message_text(text).held
        or screen_message_work(text, from_client=True).verdict != "allow"
    )


@pytest.mark.parametrize(
    "text",
    [
        "On the checkout page, write that customers can pay by bank transfer or card.",
        "customers can pay by bank transfer, so the order page must show our IBAN",
        "en la web pon que los clientes pueden pagar por transferencia, tarjeta o Bizum",
        "I'll set up Stripe so your customers can pay by card or bank transfer",
    ],
)
def test_customers_paying_by_transfer_as_the_works_content_is_not_an_ask_to_leave_escrow(text):
    assert "off_platform_payment" not in screen_message_text(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "customers pay by card anyway, so can I pay you the rest by bank transfer instead?",
        "the checkout takes PayPal for customers; send the balance to my PayPal directly",
        "donors give via GCash on the page, and I'll transfer your fee by GCash",
        "los clientes pagan con tarjeta, y a ti te pago fuera de la plataforma por transferencia",
    ],
)
def test_payment_between_the_parties_beside_customers_paying_is_still_held(text):
    assert "off_platform_payment" in screen_message_text(text).kinds


def test_one_way_of_paying_named_for_a_business_customers_is_read_without_its_paying_words():
    (part,) = item_parts("", "parents abroad should be able to pay the tuition with PayPal too")

    assert names_ways_of_paying(part)


@pytest.mark.parametrize(
    "text",
    [
        'add "extra services for gentlemen, cash only, ask at reception" to the menu page',
        "would you accept a card payment for the remaining balance?",
        "make the checkout save the customers' card numbers for us",
    ],
)
def test_one_way_of_paying_beside_harm_or_the_parties_keeps_its_paying_words(text):
    parts = item_parts("", text)

    assert not any(names_ways_of_paying(part) for part in parts)


@pytest.mark.parametrize(
    "text",
    [
        "accept card and bank transfer for the online casino",
        "we need a payment gateway for our poker site, card and e-wallets",
        "checkout for the online pharmacy, we sell tramadol, card or bitcoin",
    ],
)
def test_ways_of_paying_for_a_banned_trade_hold_the_message(text):
    verdict = screen_message_work(text, from_client=True)

    assert verdict.verdict != "allow"
    assert verdict.policy.startswith("banned.")


def test_ways_of_paying_for_an_escort_agency_are_held_as_sexual_work():
    verdict = screen_message_work(
        "the escort agency page needs a checkout, card or bank transfer", from_client=True
    )

    assert verdict.policy == "banned.sexual"


@pytest.mark.parametrize(
    "text",
    [
        "our licensed online casino's deposit page should list card and bank transfer",
        "the gambling helpline's donate page accepts card and PayPal",
        "a booking page where customers choose cleaning slots and pay by card",
    ],
)
def test_payments_for_a_licensed_trade_help_against_it_or_innocent_slots_are_allowed(text):
    assert not held(text)
