"""Round 8 on messages: money in the platform's own terms.

Money that stays in escrow and milestones (funding, invoices, VAT, the platform fee, payouts,
refunds, the contract's currency) is process, not a violation; money for this work moved
outside escrow (the rest, the balance, the real amount paid separately, privately, by transfer
or in cash, a payment service as a verb) is held. Sets: `messages_dev_v6.jsonl` (this round's
own, its `split` says what was tuned on) and `messages_heldout_v5.jsonl` (a tuning set now).
"""

from __future__ import annotations

import pytest

from directcontracts.screening.engine import screen_message_work
from directcontracts.screening.messages import screen_message_text


def held(text: str, *, sender: str = "client") -> bool:
    return (
        screen_message_text(text).held
        or screen_message_work(text, from_client=sender == "client").verdict != "allow"
    )


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("reverse charge applies for us (EU B2B), please put that on the invoice.", "client"),
        (
            "Could we change the contract to EUR instead of USD? My bank charges a lot for "
            "conversion on payouts.",
            "freelancer",
        ),
        (
            "If you prefer, I can split the remaining €800 into two milestones so you don't "
            "have to fund it all at once.",
            "freelancer",
        ),
        ("Our finance team asks for a W-8BEN, do you have one you can upload?", "client"),
    ],
)
def test_talk_about_paying_through_the_platform_is_not_held(text, sender):
    assert not held(text, sender=sender)


def test_a_short_aside_next_to_the_platform_fee_does_not_make_it_work():
    text = "The platform fee — is it on my side or yours? Just so I know what to quote."
    assert not held(text, sender="freelancer")


@pytest.mark.parametrize(
    "text",
    [
        "we need invoices from a company that doesnt exist yet, with dates from last year, "
        "for the tax office",
        "Can you create an invoice on our supplier's letterhead showing a higher amount? "
        "It's for the insurance claim.",
        "write a text pretending to be the parcel company, saying a customs fee is due",
    ],
)
def test_a_deceitful_invoice_or_fee_is_still_work_to_screen(text):
    assert held(text)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "bring the laptop to my place and I'll open it up and fix the fan, add it as a "
            "milestone",
            "freelancer",
        ),
        (
            "Next milestone: assemble the 12 office desks that arrive Monday. Tools are here.",
            "client",
        ),
    ],
)
def test_work_paid_through_a_milestone_is_still_screened_as_work(text, sender):
    assert held(text, sender=sender)


@pytest.mark.parametrize(
    "text",
    [
        "Let's save us both the fee: I'll do a direct bank transfer for the rest and we close "
        "the contract here.",
        "We could set the milestone to $1 so the platform is happy, and I pay you the real "
        "amount separately.",
        "The balance I can wire you separately next week, just mark the milestone complete.",
        "put a token amount in escrow, the rest goes by bank transfer to me",
    ],
)
def test_what_is_left_of_the_price_moved_outside_escrow_is_held(text):
    assert screen_message_text(text).held


@pytest.mark.parametrize(
    "text",
    [
        "Honestly the fees here are crazy. Wise me the balance and I'll mark it delivered, fine?",
        "can you just zelle me the rest? escrow takes too long",
        "I'll paypal you the remaining 300 tonight",
    ],
)
def test_a_payment_service_used_as_a_verb_is_held(text):
    assert screen_message_text(text).held


@pytest.mark.parametrize(
    "text",
    [
        "My cousin will pay you in cash when he's in Manila next week, that's easier than "
        "funding escrow.",
        "I can cashapp you today instead of funding the milestone.",
        "A friend will hand you the payment, so we don't need escrow.",
    ],
)
def test_paying_instead_of_escrow_is_held(text):
    assert screen_message_text(text).held


@pytest.mark.parametrize(
    "text",
    [
        "I set my payout method to my Wise account in the settings, so the release should land "
        "there.",
        "I'll fund the next milestone by bank transfer tomorrow, card limit is reached.",
        "I'll send the rest of the files directly after the call, they're still exporting.",
        "Here are the first 20 icons, the rest will follow separately tomorrow.",
        "We'll pay the rest when the last milestone is approved, as agreed.",
        "Please add cash on delivery as a payment option at checkout.",
    ],
)
def test_money_or_files_that_stay_on_the_platform_are_not_an_ask_to_pay_outside(text):
    assert not screen_message_text(text).held


# Coordinator, after reading v6's results (so v6 is a tuning set from here on): "paid" and
# "pays" are forms of paying like "pay", and money sent to someone's (crypto) wallet leaves
# escrow as surely as money sent to a PayPal.
@pytest.mark.parametrize(
    "text",
    [
        "could the last milestone be paid by Revolut? the payout here takes days",
        "the rest gets paid via Zelle once you deliver, ok?",
        "Bitcoin ok? I'll send the equivalent of £220 to your wallet and we mark it done.",
        "I can send the money into my crypto wallet first and then to yours",
    ],
)
def test_paying_by_a_payment_service_or_into_a_wallet_is_held(text):
    assert screen_message_text(text).held


@pytest.mark.parametrize(
    "text",
    [
        "the milestone is paid when you approve it, that's how escrow works here",
        "I'll send you the wallet screens for the banking app tomorrow",
        "Payout from the platform arrived on my Wise account today, all good, thanks again.",
    ],
)
def test_escrow_paying_out_and_wallet_screens_are_not_held(text):
    assert not screen_message_text(text).held
