"""A contract message is screened for work outside the policy as a message, not as a brief.

The sets are `tests/screening/data/messages_dev.jsonl` (tuned on) and
`messages_heldout.jsonl` (written before the fix was measured on it, never tuned on):
clients' everyday messages on remote design and development contracts that mention
physical things in passing, and requests for on-site work sent as messages. Later rounds add
`messages_heldout_v2.jsonl` (round 3) and `messages_dev_v3.jsonl` (round 4: price talk,
status updates, pictures of physical things; its `split` says what was tuned on).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directcontracts.contracts import messaging
from directcontracts.screening import engine
from directcontracts.screening.messages import screen_message_text
from directcontracts.screening.models import ReviewState, ScreeningAttempt
from tests.contracts.factories import active_contract

DATA = Path(__file__).parent / "data"
REPORTED = (
    "Mockups look great, thanks! Can you send the final files by Friday? "
    "We'll print the menus at the shop next week."
)
# Still held, for reasons outside this family (read after the held-out set was measured).
# (Round 5: msg-ho-ok-004, msg-ho-ok-019 and msg-ho-own-006 ask nothing of the reader and are
# no longer held on the classifier's banned readings.)
STILL_HELD = {
    # Round 2's held-out misses, measured once and not tuned on.
    "msg-ho-own-012": "'to your office' asks the reader, so the courier sentence is read as work",
}
# Real requests the screener lets through. ("send nudes" was one: the classifier's 17 % on two
# words is under the length calibration; rule `sexual.explicit` names it since rules v14.)
STILL_ALLOWED = {
    "msg-ho-shortsite-003": "'pick my kids from school tomorow' (typo): allowed before and after",
}


def _rows(*names: str) -> list[dict[str, str]]:
    return [
        json.loads(line)
        for name in names
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _items(policy_is_ok: bool) -> list[object]:
    rows = _rows("messages_dev.jsonl", "messages_heldout.jsonl")
    return [
        pytest.param(
            row["description"],
            row.get("sender", "client") == "client",
            id=row["id"],
            marks=[pytest.mark.xfail(reason=KNOWN[row["id"]], strict=True)]
            if row["id"] in (KNOWN := STILL_HELD | STILL_ALLOWED)
            else [],
        )
        for row in rows
        if (row["policy"] == "ok") == policy_is_ok
    ]


@pytest.mark.parametrize(("text", "from_client"), _items(policy_is_ok=True))
def test_an_everyday_message_mentioning_physical_things_is_not_held(text, from_client):
    verdict = engine.screen_message_work(text, from_client=from_client)
    assert verdict.verdict == engine.Decision.ALLOW


@pytest.mark.parametrize(("text", "from_client"), _items(policy_is_ok=False))
def test_a_message_asking_for_work_outside_the_policy_is_still_held(text, from_client):
    verdict = engine.screen_message_work(text, from_client=from_client)
    assert verdict.verdict != engine.Decision.ALLOW


# Round 3: messages_heldout_v2.jsonl was written and measured before this round's change and
# is not tuned on; only its violations are a test (its harmless misses are in the docs).
V2_STILL_ALLOWED = {
    "msg-ho2-onsite_request-009": "'pls paint the shopfront sign this weekend': allowed before this round too",
}


@pytest.mark.parametrize(
    ("text", "from_client"),
    [
        pytest.param(
            row["description"],
            row.get("sender", "client") == "client",
            id=row["id"],
            marks=[pytest.mark.xfail(reason=V2_STILL_ALLOWED[row["id"]], strict=True)]
            if row["id"] in V2_STILL_ALLOWED
            else [],
        )
        for row in _rows("messages_heldout_v2.jsonl")
        if row["policy"] != "ok"
    ],
)
def test_a_fresh_held_out_violation_is_still_held(text, from_client):
    verdict = engine.screen_message_work(text, from_client=from_client)
    assert verdict.verdict != engine.Decision.ALLOW


@pytest.mark.parametrize(
    "text", ["im at the vets all morning", "ive been at the shop all week doing inventory"]
)
def test_im_and_ive_without_an_apostrophe_are_first_person(text):
    (part,) = engine.item_parts("", text)
    assert engine.own_doing(part)


def test_were_opening_a_sentence_before_an_ing_verb_is_we_are():
    (part,) = engine.item_parts("", "were moving office next month")
    assert engine.own_doing(part)


def test_were_asking_the_reader_is_not_the_senders_own_doing():
    (part,) = engine.item_parts("", "were you able to come and fix the sink at our flat?")
    assert not engine.own_doing(part)


def test_a_third_person_verb_after_our_makes_the_sentence_the_senders_own():
    (part,) = engine.item_parts("", "Our cleaner comes on tuesdays so the wifi might be off")
    assert engine.own_doing(part)


def test_coming_soon_says_when_not_whom_the_sender_asks():
    (part,) = engine.item_parts("", "we are moving, new billing address coming soon")
    assert engine.own_doing(part)


def test_no_need_asks_for_nothing():
    (part,) = engine.item_parts("", "we are closed friday, no need to change the hours page")
    assert engine.own_doing(part)


def test_a_freelancer_saying_they_are_moving_office_is_not_held():
    text = "We're moving office next week, so I might be slow on Tuesday. The docs are on track."
    verdict = engine.screen_message_work(text, from_client=False)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "I can come over on Saturday and paint the shop sign myself.",
        "If you like I will clean the office every evening for a small extra fee.",
        "We're moving office anyway, I could help you move yours on Sunday.",
        "I am available to clean the office on weekends too.",
        "ive got a van, i do house removals on weekends as well",
        "I clean offices on weekends",
    ],
)
def test_a_freelancer_offering_physical_work_is_still_held(text):
    verdict = engine.screen_message_work(text, from_client=False)
    assert verdict.verdict == engine.Decision.REVIEW


def test_a_freelancer_offering_on_site_work_in_their_own_words_is_still_held():
    verdict = engine.screen_message_work(
        "I'll drive the kids to school each morning.", from_client=False
    )
    assert verdict.verdict == engine.Decision.REVIEW
    assert verdict.policy == "excluded.physical"


def test_a_first_person_sentence_asking_the_reader_is_not_the_senders_own_doing():
    (part,) = engine.item_parts("", "We'll need you to clean the shop on Friday.")
    assert not engine.own_doing(part)


def test_a_client_saying_they_are_moving_office_is_not_held():
    text = "We're moving office next month, please update the address in the footer."
    verdict = engine.screen_message_work(text, from_client=True)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


def test_a_client_moving_house_who_asks_for_a_hand_is_still_held():
    text = "We're moving house on Saturday. Can you help?"
    assert engine.screen_message_work(text, from_client=True).verdict == engine.Decision.REVIEW


def test_a_short_conversational_message_is_not_held_on_the_classifier_alone():
    verdict = engine.screen_message_work("looks fine to me", from_client=True)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


def test_a_short_request_to_break_into_an_account_is_still_held():
    verdict = engine.screen_message_work("get me into my ex's instagram", from_client=True)
    assert verdict.verdict == engine.Decision.REVIEW
    assert verdict.policy == "banned.illegal"


def test_a_short_request_for_fake_reviews_is_still_blocked_by_rule_and_classifier():
    verdict = engine.screen_message_work("can you write fake reviews?", from_client=True)
    assert verdict.verdict == engine.Decision.BLOCK


def test_a_short_imperative_with_my_is_a_request_not_the_senders_own_doing():
    (part,) = engine.item_parts("", "walk my dog tomorrow?")
    assert not engine.own_doing(part)


@pytest.mark.parametrize(
    "text", ["pay me via paypal instead", "whatsapp me", "lets skip the fees, pay direct"]
)
def test_a_short_ask_to_leave_the_platform_is_still_held(text):
    assert screen_message_text(text).held


@pytest.mark.django_db
def test_the_reported_clients_message_reaches_no_trust_and_safety_queue(freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    messaging.post_message(contract=contract, sender=buyer, body=REPORTED)
    assert not ScreeningAttempt.objects.filter(review_state=ReviewState.HELD).exists()


def test_a_message_in_no_language_the_screener_reads_describes_no_work():
    assert engine.screen_message_work("kk", from_client=True).verdict == engine.Decision.ALLOW


# Round 4: messages_dev_v3.jsonl (own set, `split` "tune" and "held"). Every violation is a
# test; its tuning part's harmless messages are too (the held-out part's are in the docs).
# (Model v18 trains on this set, so its six known misses, two violations allowed and four
# everyday messages held, are now right and left these lists.)
V3_STILL_ALLOWED: dict[str, str] = {}
V3_STILL_HELD: dict[str, str] = {}


def _own_set_items(file: str, known: dict[str, str], *, policy_is_ok: bool) -> list[object]:
    """A round's own set as parameters: every violation, and the everyday messages of its
    tuning part (its held part is for measuring only); `known` misses are strict xfails."""
    return [
        pytest.param(
            row["description"],
            row["sender"] == "client",
            id=row["id"],
            marks=[pytest.mark.xfail(reason=known[row["id"]], strict=True)]
            if row["id"] in known
            else [],
        )
        for row in _rows(file)
        if (row["policy"] == "ok") == policy_is_ok and (not policy_is_ok or row["split"] == "tune")
    ]


def _v3_items(policy_is_ok: bool) -> list[object]:
    return _own_set_items(
        "messages_dev_v3.jsonl", V3_STILL_ALLOWED | V3_STILL_HELD, policy_is_ok=policy_is_ok
    )


@pytest.mark.parametrize(("text", "from_client"), _v3_items(policy_is_ok=False))
def test_a_round_four_violation_is_still_held(text, from_client):
    verdict = engine.screen_message_work(text, from_client=from_client)
    assert verdict.verdict != engine.Decision.ALLOW


@pytest.mark.parametrize(("text", "from_client"), _v3_items(policy_is_ok=True))
def test_a_round_four_everyday_message_is_not_held(text, from_client):
    verdict = engine.screen_message_work(text, from_client=from_client)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


@pytest.mark.parametrize(
    "text", ["can you do it cheaper?", "could u do it cheapr if i send the texts ready?"]
)
def test_asking_for_a_lower_price_is_not_held(text):
    verdict = engine.screen_message_work(text, from_client=True)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


def test_the_classifier_reads_a_message_without_its_price_words_and_numbers():
    assert (
        engine.for_classifier("would you take 300 for a cheaper logo")
        == "would you take for a logo"
    )


def test_asking_for_a_lower_price_for_on_site_work_is_still_held():
    verdict = engine.screen_message_work("can you do it cheaper and also clean the office")
    assert verdict.verdict == engine.Decision.REVIEW
    assert verdict.policy == "excluded.physical"


@pytest.mark.parametrize(
    "text",
    ["I updated your dashboard, have a look", "lets talk after my meeting, around 3pm your time"],
)
def test_your_naming_the_deliverable_or_the_readers_time_asks_no_one(text):
    (part,) = engine.item_parts("", text)
    assert engine.own_doing(part)


def test_your_naming_a_place_of_the_readers_still_asks():
    (part,) = engine.item_parts("", "we will send the cleaner to your flat")
    assert not engine.own_doing(part)


@pytest.mark.parametrize(
    "text", ["sending the prototype tonight", "finished the wireframes for your app"]
)
def test_a_status_report_without_a_subject_is_the_senders_own_doing(text):
    (part,) = engine.item_parts("", text)
    assert engine.own_doing(part)


def test_a_freelancers_status_report_on_the_deliverable_is_not_held():
    text = "finished the wireframes for your app, uploaded to the milestone"
    verdict = engine.screen_message_work(text, from_client=False)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


def test_a_freelancers_status_report_on_work_at_the_readers_place_is_still_held():
    verdict = engine.screen_message_work("finished the fence at your house", from_client=False)
    assert verdict.verdict == engine.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "The photo of our kitchen on the homepage looks dark, can you brighten it?",
        "Can you make a 3D walkthrough of the apartment from the floor plan?",
    ],
)
def test_a_physical_thing_as_what_a_picture_shows_is_not_held(text):
    verdict = engine.screen_message_work(text, from_client=True)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


def test_a_picture_taken_in_person_is_not_only_a_depiction():
    (part,) = engine.item_parts("", "can you come and take photos of the kitchen")
    assert not engine.depicts_only(part)


def test_telling_the_reader_what_they_will_get_asks_nothing_of_them():
    text = "Our photographer comes on Monday to shoot the rooms, you will get the pictures Tuesday."
    verdict = engine.screen_message_work(text, from_client=True)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


# Found by hand probes after the first version of round 4 (not in any set): printed things
# handled in person and reports of physical work done must stay held.
@pytest.mark.parametrize(
    "text",
    [
        "can you print the posters and hang them in the shop windows",
        "pls frame the photos and hang them in our office",
        "could you photograph the apartment for the listing next tuesday",
        "can you stick the vinyl labels on all the jars in our warehouse",
    ],
)
def test_printed_things_handled_in_person_are_still_held(text):
    verdict = engine.screen_message_work(text, from_client=True)
    assert verdict.verdict == engine.Decision.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "delivered the boxes to the customers today, the rest tomorrow",
        "sent the cleaner to the house this morning",
        pytest.param(
            "working at the shop this weekend to set up the shelves",
            marks=pytest.mark.xfail(
                reason="regression of model v18 (thread messages in training): allowed, the "
                "classifier reads it as a freelancer's schedule; held by model v17",
                strict=True,
            ),
        ),
        "finished painting the fence, sending photos",
    ],
)
def test_a_freelancers_report_of_physical_work_done_is_still_held(text):
    verdict = engine.screen_message_work(text, from_client=False)
    assert verdict.verdict == engine.Decision.REVIEW


def test_a_picture_of_a_physical_thing_wanted_by_a_deadline_is_not_held():
    text = "can you retouch the photos of our kitchen by tomorrow"
    verdict = engine.screen_message_work(text, from_client=True)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


# Round 5: messages_dev_v4.jsonl (own set, `split` "tune" and "held"): a message that asks the
# reader for nothing and offers nothing is not a work request. Every violation is a test; the
# tuning part's harmless messages are too.
# (Model v18 trains on this set: "make the mock-up ... look more real" and "show the real
# average" are no longer held, and "can you go there and check the sound system" is.)
V4_STILL_HELD: dict[str, str] = {}
# ("I can drop by and fix your wifi router" and "stop by the store and take down the old
# posters" were here: rule `physical.drop_by` names them since rules v15.)
V4_STILL_ALLOWED = {
    "msg-v4-onsite-027": "'pls go to the post office ..., i'm sick': 'pls' is not read as a "
    "request beside 'i'm' (allowed on main)",
}


def _v4_items(policy_is_ok: bool) -> list[object]:
    return _own_set_items(
        "messages_dev_v4.jsonl", V4_STILL_ALLOWED | V4_STILL_HELD, policy_is_ok=policy_is_ok
    )


@pytest.mark.parametrize(("text", "from_client"), _v4_items(policy_is_ok=False))
def test_a_round_five_violation_is_still_held(text, from_client):
    verdict = engine.screen_message_work(text, from_client=from_client)
    assert verdict.verdict != engine.Decision.ALLOW


@pytest.mark.parametrize(("text", "from_client"), _v4_items(policy_is_ok=True))
def test_a_round_five_everyday_message_is_not_held(text, from_client):
    verdict = engine.screen_message_work(text, from_client=from_client)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


@pytest.mark.parametrize(
    "text",
    ["i m 9 hours ahead so your morning is my evening", "i m happy to do calls in your evening"],
)
def test_your_before_a_time_of_the_readers_day_asks_no_one(text):
    (part,) = engine.item_parts("", text)
    assert engine.own_doing(part)


@pytest.mark.parametrize(
    "text",
    [
        "the 3d model of your sofa is finished i ll send the renders",
        "i will clean the dataset of your store sales",
    ],
)
def test_your_after_a_picture_or_deliverable_of_names_what_the_work_is_about(text):
    (part,) = engine.item_parts("", text)
    assert engine.own_doing(part)


def test_your_naming_a_place_after_of_without_a_deliverable_still_asks():
    (part,) = engine.item_parts("", "i will take care of your garden")
    assert not engine.own_doing(part)


@pytest.mark.parametrize(
    "text",
    [
        "I will finish the logo today and upload three options tonight.",
        "The 3D model of your sofa is finished, I'll send the renders tomorrow.",
        "I'll set up the staging server this week and send you the login.",
    ],
)
def test_a_freelancers_plan_for_desk_work_is_not_held(text):
    verdict = engine.screen_message_work(text, from_client=False)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


def test_a_freelancer_saying_where_they_will_be_is_not_held():
    text = "We're moving flats this weekend so I'll be offline Saturday and Sunday."
    verdict = engine.screen_message_work(text, from_client=False)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "i ll drive the kids to school on monday",
        "i ll be there at 9 to fix the sink",
        "i ll be available to clean the office on weekends",
        "i will paint the fence on saturday the drawings are done",
        "i will keep working on the app and i will deliver the boxes too",
        "i ll fix the photos of the house and then mow the lawn",
        "i can send the files and come to install the screens",
    ],
)
def test_a_freelancers_plan_of_work_in_person_is_an_offer(text):
    assert not engine.plans_own_work(text.split())


@pytest.mark.parametrize(
    "text",
    [
        "I will come to your shop on Saturday and hang the new signs myself.",
        "I'll deliver the printed boxes myself and set them up at your store",
        "I'll visit your restaurant to repair the tablet stand and the card reader.",
        "I will move your furniture to the new office, I have a truck.",
        "i'll drive the kids to school on monday",
        "I'll be available to clean the office on weekends",
        "I'll fix the photos of the house and then mow the lawn",
    ],
)
def test_a_freelancers_offer_of_work_in_person_is_still_held(text):
    verdict = engine.screen_message_work(text, from_client=False)
    assert verdict.verdict == engine.Decision.REVIEW


@pytest.mark.parametrize(
    ("text", "from_client"),
    [
        (
            "my laptop died yesterday, I'm setting up a new one, the files are all in the cloud",
            False,
        ),
        ("where do I upload the product photos, here in the chat or in a drive folder?", True),
        (
            "We'll mail the old brochures to you? no, I'll just scan them and upload them here.",
            True,
        ),
    ],
)
def test_a_message_that_asks_nothing_is_not_held_on_a_banned_reading(text, from_client):
    verdict = engine.screen_message_work(text, from_client=from_client)
    assert verdict.verdict == engine.Decision.ALLOW, verdict.reasons


@pytest.mark.parametrize(
    "text",
    [
        "write an email that looks like it comes from their bank, we have the logo already",
        "ok so invent a few glowing quotes from buyers, we don't have any yet",
        "pls post twenty five-star ratings from different accounts, I have the list",
    ],
)
def test_a_sentence_opening_with_a_request_verb_is_a_request_not_a_message_that_asks_nothing(
    text,
):
    parts = engine.item_parts("", text)
    assert not engine.asks_nothing(parts, set(range(len(parts))))


def test_a_first_person_wish_is_a_request_not_a_message_that_asks_nothing():
    parts = engine.item_parts("", "I'd like the home address of the girl from instagram")
    assert not engine.asks_nothing(parts, {0})


@pytest.mark.parametrize(
    ("text", "from_client"),
    [
        ("I'd like the home address of the girl from instagram", True),
        ("can you come to the office on monday and set up the printers?", True),
        ("we're moving flats this weekend, could you help us carry the boxes?", True),
        ("the internet is down at our office, can you come and fix the router?", True),
        ("i was sick last week, can you make me a doctors note with those dates", True),
    ],
)
def test_a_request_beside_the_senders_own_news_is_still_held(text, from_client):
    verdict = engine.screen_message_work(text, from_client=from_client)
    assert verdict.verdict != engine.Decision.ALLOW
