import pytest

from directcontracts.screening.messages import reasons_in_sentences, screen_message_text


@pytest.mark.parametrize(
    "text",
    [
        "Let's skip the platform fees, pay me via PayPal directly",
        "Send the money to my bank account directly instead",
        "Can you pay outside the platform? It's cheaper for both of us",
    ],
)
def test_request_to_pay_off_platform_is_held(text):
    verdict = screen_message_text(text)
    assert verdict.held
    assert "off_platform_payment" in verdict.kinds


@pytest.mark.parametrize(
    "text",
    [
        "call me: five five five, zero one two, three four five six",
        "my email is name AT yahoo dot com",
        "write to john.doe [at] gmail (dot) com",
        "WhatsApp me on +44 7700 900123",
        "text me 5\ufe0f\u20e35\ufe0f\u20e35\ufe0f\u20e30\ufe0f\u20e31\ufe0f\u20e32\ufe0f\u20e33\ufe0f\u20e3",
        "my number: 5 5 5 0 1 9 9 2 2",
        "telegram @johnny_dev",
    ],
)
def test_hidden_contact_details_are_held(text):
    verdict = screen_message_text(text)
    assert verdict.held
    assert "contact_details" in verdict.kinds


@pytest.mark.parametrize(
    "text",
    [
        "The budget is $1,500,000 and the deadline is 2026-05-01",
        "We have 12000000 rows to clean",
        "I delivered milestone 2, please review. Ticket #4521 is fixed.",
        "Can we have a video call on the platform tomorrow at 10?",
        "The banner is 2048 x 1080 pixels",
    ],
)
def test_ordinary_messages_are_not_held(text):
    assert not screen_message_text(text).held


@pytest.mark.parametrize(
    ("reasons", "sentences"),
    [
        (["It asks to pay outside."], "It asks to pay outside."),
        (
            ["It asks to pay outside.", "It shares contact details;"],
            "It asks to pay outside. It shares contact details.",
        ),
        (
            ["It asks to pay outside.", "it shares contact details", "Is this a phone number?"],
            "It asks to pay outside. It shares contact details. Is this a phone number?",
        ),
    ],
)
def test_one_two_or_three_hold_reasons_read_as_sentences_without_doubled_stops(reasons, sentences):
    assert reasons_in_sentences(reasons) == sentences


@pytest.mark.parametrize(
    "text",
    [
        "I'll send the files directly to your printer",
        "i will send you the prototype directly after the call",
        "sending the prototype direct to your tester",
    ],
)
def test_sending_the_work_directly_is_not_an_ask_to_pay_off_platform(text):
    assert not screen_message_text(text).held


@pytest.mark.parametrize(
    "text", ["no fee for the extra revision, it's included", "no fee on this change, small fix"]
)
def test_no_fee_for_a_piece_of_work_is_a_price_not_an_ask_to_skip_the_fees(text):
    assert not screen_message_text(text).held


@pytest.mark.parametrize(
    "text",
    [
        "send me $500 directly",
        "send the balance directly to me",
        "send it to my paypal",
        "no fees",
        "sem taxas",
        "no commission for the platform",
    ],
)
def test_an_ask_to_send_money_directly_or_skip_the_fees_is_still_held(text):
    verdict = screen_message_text(text)
    assert verdict.kinds == ["off_platform_payment"]


@pytest.mark.parametrize(
    "text",
    [
        "let's put just $1 in escrow to keep it open and settle the rest in cash",
        "fund only 5 usd here, rest in cash when we meet",
        "I'll give you the remaining 300 in cash next week",
        "the balance by cash on friday?",
        "escrow the first milestone and the other 700 direct, ok?",
        "happy to pay cash in hand for the second part",
        "deposit just a token amount so the contract stays open",
    ],
)
def test_the_rest_of_the_price_in_cash_or_a_token_sum_in_escrow_is_held(text):
    assert screen_message_text(text).kinds == ["off_platform_payment"]


@pytest.mark.parametrize(
    "text",
    [
        "can you add a cash on delivery option to the checkout?",
        "the cash flow chart on the dashboard looks off",
        "our customers mostly pay cash in the shop, so the app only shows the menu",
        "the rest of the pages look great",
        "I'll send the rest of the files directly to the printer",
        "the remaining 2 pages directly after lunch",
        "I'll fund the rest of the milestones next week",
        "I'll fund just $200 now for the first milestone",
    ],
)
def test_cash_and_the_rest_in_ordinary_talk_about_the_work_are_not_held(text):
    assert not screen_message_text(text).held
