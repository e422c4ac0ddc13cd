"""Round 9 on messages: families, not items.

Ordinary messages that were held: news of the sender's own life (a wedding, exams, illness,
a death in the family, moving home, holidays), tax and currency questions in their own words,
feedback that quotes a harmless "fake", "copy" or "clone". Violations that were allowed: money
for this work moved off the platform however worded (split between here and another channel,
carried on between the two after the contract, the platform set aside, the buyer's own
portal), a service done for people in person (tutoring at home, cooking at an event) and reviews
asked for in bulk. The sentences here are written for the tests, not taken from a message set;
`messages_dev_v7.jsonl` is this round's own set (its `split` says what was tuned on).
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
        ("Got married on Saturday!! 🎉 back at my desk tomorrow", "freelancer"),
        ("My father passed away on Sunday, I need a few days off.", "client"),
        ("Going to my sister's wedding in Kraków, 4 days.", "freelancer"),
        ("Was in hospital with a kidney stone, out now and catching up.", "freelancer"),
        ("Eid holidays here from Wednesday, the office is closed until Monday.", "client"),
    ],
)
def test_news_of_the_senders_own_life_is_not_held(text, sender):
    assert not held(text, sender=sender)


@pytest.mark.parametrize(
    "text",
    [
        "we're on holiday, please log into my husband's email and read his messages",
        pytest.param(
            "my wife is sick, can you find out who she is texting",
            marks=pytest.mark.xfail(
                strict=True,
                reason="regression of model v18 (thread messages in training), found when rounds nine and v18 were merged: the classifier reads it as ordinary thread talk (87-94 % ok) and no rule fires",
            ),
        ),
        "moving house on saturday, can you help us carry the boxes",
        "I'm pregnant and need someone to clean my house weekly",
    ],
)
def test_a_request_beside_life_news_is_still_held(text):
    assert held(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm back from holiday, happy to clean your office weekly",
        "after my exams I can come to your house and fix the sink",
    ],
)
def test_a_freelancers_offer_beside_life_news_is_still_held(text):
    assert held(text, sender="freelancer")


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Is HST added on top of that, or is it in the number already?", "client"),
        ("Do you include IVA in that number or is it extra?", "client"),
    ],
)
def test_a_tax_named_by_its_own_name_is_process(text, sender):
    assert not held(text, sender=sender)


@pytest.mark.parametrize(
    "text",
    [
        "exchange 5000 dollars of stolen crypto for me",
        "process these card numbers and withdraw the dollars",
    ],
)
def test_a_currency_that_is_not_the_contracts_price_is_still_screened(text):
    assert held(text)


def test_a_receipt_that_looks_right_is_process():
    text = "I put my VAT number in the settings, can you check the new receipt looks right?"
    assert not held(text, sender="freelancer")


@pytest.mark.xfail(
    strict=True,
    reason="regression of model v18 (thread messages in training), found when rounds nine and v18 were merged: the classifier reads it as ordinary thread talk (87-94 % ok) and no rule fires",
)
def test_a_receipt_made_to_look_like_another_is_still_held():
    assert held("make the receipt look like it was paid in march")


@pytest.mark.parametrize(
    "text",
    [
        "The team photo looks a little fake, too much retouching. Can we tone it down?",
        "the leather texture reads as fake, make it warmer",
    ],
)
def test_feedback_that_the_work_looks_fake_is_not_held(text):
    assert not held(text)


def test_a_fake_door_test_page_is_not_held():
    assert not held("The fake door page for the pro plan should link to the waitlist.")


def test_a_wish_not_to_copy_a_competitor_is_not_held():
    text = "Please don't copy their landing page that closely, it has to feel like us."
    assert not held(text)


@pytest.mark.parametrize(
    "text",
    [
        "copy the competitor's website exactly and put our logo on it",
        "clone the Netflix app and sell it as ours",
        "the reviews look fake, write 30 more that sound real",
        "the ID looks fake, make it look more real",
    ],
)
def test_copying_someone_elses_work_or_faking_things_is_still_held(text):
    assert held(text)


@pytest.mark.parametrize(
    "text",
    [
        "can you fake the test results for my thesis",
        "fake data: make up 200 survey answers for my dissertation",
    ],
)
def test_fake_as_a_verb_is_still_held(text):
    assert held(text)


@pytest.mark.xfail(
    strict=True,
    reason="regression of model v18 (thread messages in training), found when rounds nine and v18 were merged: the classifier reads it as ordinary thread talk (87-94 % ok) and no rule fires",
)
def test_the_copy_dictating_a_false_claim_is_still_held():
    assert held("the copy should say the product cures cancer")


@pytest.mark.parametrize(
    "text",
    [
        "part here part through coinbase, ok for you?",
        "Half through the site, half via USDC, deal?",
        "some of it here and the rest on binance is fine",
    ],
)
def test_the_price_split_between_here_and_another_channel_is_held(text):
    assert held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Once the contract ends we can keep the hosting going between us, monthly.",
        "let's end the contract here and I'll invoice you directly from now on",
        "once this contract closes we keep the maintenance between us, I send the bill",
    ],
)
def test_work_carried_on_between_the_two_after_the_contract_is_held(text):
    assert held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our CFO would rather not pay through the platform for the second phase.",
        "for the next part we'd prefer not to go through the site, other options?",
        "management would rather not run phase 3 through the site",
    ],
)
def test_the_platform_set_aside_is_held(text):
    assert held(text)


@pytest.mark.parametrize(
    "text",
    [
        "A small milestone here for the record; the real amount goes through our vendor portal.",
        "please invoice us through our procurement system from now on",
    ],
)
def test_paying_through_the_buyers_own_portal_is_held(text):
    assert held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Half the icons are done here, the other half on Monday.",
        "Between us, I prefer the darker version.",
        "Between us, the payment page needs more work.",
        "once the contract ends, escrow will pay you out",
        "I'd rather not use the site's chat for big files",
        "close the modal here and show the monthly invoices page",
        "skip the site header on mobile",
        "I can't log in to the platform since yesterday",
        "once the contract ends I will send you the source files",
        "we'll pay the rest when the last milestone is approved, all through here",
    ],
)
def test_splits_and_endings_that_are_not_money_moving_off_are_not_held(text):
    assert not held(text)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("I can cook for your team offsite, 25 people no problem", "freelancer"),
        ("we'd love you to teach our daughter violin at our home", "client"),
    ],
)
def test_a_service_done_for_people_in_person_is_held(text, sender):
    assert held(text, sender=sender)


@pytest.mark.parametrize(
    "text",
    [
        "I only tutor over Zoom, the lessons are recorded",
        "could you design the menu for our anniversary dinner?",
        "can you write recipes that families can cook at home",
    ],
)
def test_a_service_in_person_done_on_a_screen_is_not_held(text):
    assert not held(text)


@pytest.mark.parametrize(
    "text",
    [
        "we want 150 google reviews before the grand opening",
        "reviews that look like verified purchases, 20 of them",
    ],
)
def test_reviews_asked_for_in_bulk_are_held(text):
    assert held(text)


@pytest.mark.parametrize(
    "text",
    [
        "please import our 300 Trustpilot reviews into the homepage carousel",
        "can the widget show 10 reviews per page?",
        "we need 500 reviews analysed for sentiment by theme",
    ],
)
def test_reviews_the_client_already_has_are_not_held(text):
    assert not held(text)


@pytest.mark.parametrize(
    "text",
    [
        "we need 2 review rounds before the launch",
        "we want 5 reviews of the design from the board before friday",
    ],
)
def test_rounds_of_reviewing_the_work_are_not_reviews_in_bulk(text):
    assert not held(text)


def test_cooking_up_ideas_is_not_a_service_in_person():
    assert not held("could you cook up some ideas for the birthday campaign?")
