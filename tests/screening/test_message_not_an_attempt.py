"""Round 10 on the contact and payment check: what reads like an ask but is not one.

Five ordinary families the check (`messages.screen_message_text`) held on
`messages_heldout_v9.jsonl`: a way of paying on the platform that "adds no fee", a first-time
user's belief about escrow ("I thought I pay and you get it directly"), a warning about a fake
e-mail quoting its look-alike address, a refusal of a messenger ("don't message my WhatsApp")
and the client's business details for the deliverable (a number for the site's footer). Each
family is allowed here, and beside it the real asks of its kind stay held. The sentences are
written for the tests, not taken from a message set.
"""

from __future__ import annotations

import pytest

from directcontracts.screening.messages import screen_message_text


def kinds(text: str) -> list[str]:
    return screen_message_text(text).kinds


@pytest.mark.parametrize(
    "text",
    [
        "FYI the bank debit option adds no fee, the card one adds 2.9 %. Both are on the checkout.",
        "Direct debit has no fee on the platform checkout, so pick that if you like.",
        "The SEPA option charges no fees, cards cost a little more.",
        "Paying by debit card carries no fee here, credit cards have a surcharge.",
    ],
)
def test_a_way_of_paying_on_the_platform_that_adds_no_fee_is_not_held(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "let's skip the platform fee and I send you the money on PayPal",
        "pay me directly, no fees for either of us",
        "no fees if we do it outside the site",
        "my bank adds no fee if you wire it to my account directly",
        "we can do the next job without the middleman since there's no commission",
        "no fees",
        "no platform fee if you pay by Wise",
    ],
)
def test_an_ask_to_avoid_the_platform_fee_is_still_held(text):
    assert kinds(text) == ["off_platform_payment"]


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, new to escrow. I thought I pay and you get it directly?",
        "Why is it pending? I assumed the payment goes to you directly once I click fund.",
        "Oh I see, we thought the payment went straight to you, directly after approval.",
        "I expected the payment to reach the freelancer directly, not to be held first.",
    ],
)
def test_a_first_time_users_belief_about_escrow_is_not_held(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I thought we could pay you directly this time and save the fee",
        "I thought I'd just pay you directly, it's quicker",
        "pay me directly, I thought you knew",
        "can I send the money to you directly?",
        "I thought I pay you on PayPal, easier",
    ],
)
def test_a_proposal_to_pay_directly_is_still_held(text):
    assert "off_platform_payment" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Heads up: a mail says 'confirm your milestone at direct-contracts-verify.co' - it's phishing, ignore it.",
        "Someone texted me from +1 415 555 0188 claiming to be platform support. Looks like a scam, don't reply.",
        "Got a message 'support at dc-payouts.net' asking for my login, it's fake, I reported it.",
    ],
)
def test_a_warning_about_a_fake_message_quoting_its_address_is_not_held(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "This is not a scam, WhatsApp me on +44 7700 900123",
        "don't worry, it's not fake: write to me at jdoe at gmail dot com",
        "my number is +254 712 345 678, the platform chat looks suspicious",
    ],
)
def test_contact_details_given_beside_a_warning_are_still_held(text):
    assert kinds(text) == ["contact_details"]


@pytest.mark.parametrize(
    "text",
    [
        "Please don't message my personal WhatsApp on weekends, the thread here is fine.",
        "No need for Telegram, I read everything in this chat.",
        "Please never DM me on Instagram about the project, use this thread.",
        "Please do not text my WhatsApp, I only check this thread.",
    ],
)
def test_a_refusal_of_a_messenger_is_not_held(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "message me on WhatsApp +44 7700 900123",
        "don't use this chat, WhatsApp me instead",
        "don't hesitate to WhatsApp me",
        "why not Telegram? add me @johnny_dev",
        "no need to wait, text me on whatsapp",
    ],
)
def test_an_invitation_to_a_messenger_is_still_held(text):
    assert kinds(text) == ["contact_details"]


@pytest.mark.parametrize(
    "text",
    [
        "Is +254 720 111 222 the number for the footer, or the landline? Publishing tomorrow.",
        "For the contact page use info@greenbakery.example and 0161 496 0123.",
        "Put the shop line on the flyer: 020 7946 0555, under the opening hours.",
        "The business card should show sales@acme-tools.example and the office number +48 22 555 01 23.",
    ],
)
def test_the_clients_business_details_for_the_deliverable_are_not_held(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "call me on +254 720 111 222, it's also the number for the footer",
        "my email is jdoe at gmail dot com, put it on the flyer too",
        "text me at 0161 496 0123 about the header",
        "WhatsApp me +44 7700 900123",
    ],
)
def test_contact_details_that_invite_contact_with_the_sender_are_still_held(text):
    assert kinds(text) == ["contact_details"]
