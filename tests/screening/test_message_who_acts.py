"""Seventh round on messages: who acts, and whether the reader is asked.

A clause whose subject is a third party ("the team will review the wireframes", "my colleague
will send the guidelines", "the site will be down on Sunday") is news: it neither offers the
sender's work nor asks the reader for any. Feedback passed on ("they liked the direction") is
a view of the work, not a request. Rules v16 read hands-on work on a physical thing asked of
the reader or offered by the sender, the reader's own people asked to rate, and a false story
spread over many pages. The set is `tests/screening/data/messages_dev_v5.jsonl` (own, `split`
"tune" and "held"); the examples below are our own words, not the independent sets'.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directcontracts.screening import engine
from directcontracts.screening.messages import screen_message_text

DATA = Path(__file__).parent / "data"
CLIENT, FREELANCER = True, False
# Misses of the set, read after the change was frozen (the held part's) or left (the tune part's).
# (Model v18 trains on this set: the café window and the poisoned river are now held.)
V5_STILL_ALLOWED = {
    "msg-v5-onsite_request-004": "'pls install the cameras in the garage too, I'll leave the "
    "key': 'I'll' makes the client's sentence their own, so the rule is context",
}


def _held(text: str, *, from_client: bool) -> bool:
    verdict = engine.screen_message_work(text, from_client=from_client)
    return screen_message_text(text).held or verdict.verdict != engine.Decision.ALLOW


def _v5_items(*, policy_is_ok: bool) -> list[object]:
    """Every violation of the set, and the harmless messages of its tuning part."""
    rows = [
        json.loads(line)
        for line in (DATA / "messages_dev_v5.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [
        pytest.param(
            row["description"],
            row["sender"] == "client",
            id=row["id"],
            marks=[pytest.mark.xfail(reason=V5_STILL_ALLOWED[row["id"]], strict=True)]
            if row["id"] in V5_STILL_ALLOWED
            else [],
        )
        for row in rows
        if (row["policy"] == "ok") == policy_is_ok and (not policy_is_ok or row["split"] == "tune")
    ]


@pytest.mark.parametrize(("text", "from_client"), _v5_items(policy_is_ok=False))
def test_a_round_seven_violation_is_held(text, from_client):
    assert _held(text, from_client=from_client)


@pytest.mark.parametrize(("text", "from_client"), _v5_items(policy_is_ok=True))
def test_a_round_seven_everyday_message_is_not_held(text, from_client):
    assert not _held(text, from_client=from_client)


def _part(text: str) -> engine.Part:
    return engine.item_parts("", text)[0]


def test_a_sentence_is_cut_into_clauses_at_punctuation_and_joining_words():
    clauses = engine.clauses(_part("the kids will be home all week, so calls only after 8"))
    assert clauses == [
        ["the", "kids", "will", "be", "home", "all", "week"],
        ["calls", "only"],
        ["8"],
    ]


def test_and_after_a_future_word_joins_two_verbs_of_one_subject():
    clauses = engine.clauses(_part("the manager will take the photos and upload them"))
    assert clauses == [["the", "manager", "will", "take", "the", "photos", "upload", "them"]]


@pytest.mark.parametrize(
    "clause",
    [
        "the team will review the wireframes tomorrow",
        "my colleague will send you the guidelines",
        "our it guy is going to give you access",
        "the site will be down on sunday",
        "the background in my video calls will look messy",
    ],
)
def test_a_third_party_with_a_future_word_is_others_acting(clause):
    assert engine.others_act(clause.split())


@pytest.mark.parametrize(
    "clause",
    [
        "i will send the files",
        "we ll print the menus",
        "you will get the pictures",
        "will call you when i get home",
        "someone will need to fix the sink",
        "pls the team will",
        "your designer will join",
        "the site will sell replica pistols",
        "the checkout will collect card numbers",
    ],
)
def test_the_sender_the_reader_someone_or_the_work_itself_is_not_a_third_party(clause):
    assert not engine.others_act(clause.split())


def test_a_third_partys_plan_is_the_clients_own_news():
    assert engine.own_doing(_part("the store manager will take the photos of the shelves"))


def test_a_third_partys_plan_beside_an_order_is_not_the_senders_own():
    assert not engine.own_doing(_part("the desks will arrive monday, assemble them please"))


def test_a_third_party_arriving_asks_no_one():
    assert engine.own_doing(_part("we're repainting the shop so the photos will come monday"))


def test_a_third_partys_plan_is_not_the_freelancers_offer():
    part = _part("Tomasz will take over the emails while I am on leave, he knows the project")
    assert engine.own_circumstance(part, from_client=False)


def test_a_third_partys_hands_on_work_is_still_the_freelancers_offer():
    part = _part("my team will paint the walls of the office next week")
    assert not engine.own_circumstance(part, from_client=False)


@pytest.mark.parametrize(
    "text",
    [
        "I showed it to the team and they liked the direction",
        "my partner thinks the green is too bright",
        "everyone in the office says the homepage loads faster",
    ],
)
def test_a_view_of_others_passes_on_feedback(text):
    assert engine.passes_on_feedback(_part(text))


@pytest.mark.parametrize(
    "text",
    [
        "everyone liked it, now make 50 fake accounts to review it",
        "I think the first version reads better",
        "you said the logo is too small",
    ],
)
def test_an_order_or_a_view_of_the_sender_or_reader_is_not_feedback_passed_on(text):
    assert not engine.passes_on_feedback(_part(text))


@pytest.mark.parametrize(
    ("text", "from_client"),
    [
        ("Overall great, I showed it to the team and they liked the direction. Otherwise good.", CLIENT),
        ("our courier will deliver the brochures to the shops, you just need to send the print file", CLIENT),
        ("the renders will take a bit longer, the lighting in the scene is tricky", FREELANCER),
        ("the courier will bring my new monitor tomorrow so I'll be faster after that", FREELANCER),
        ("our cleaner will come tomorrow so the office photos will be nicer", CLIENT),
    ],
)  # fmt: skip
def test_a_third_partys_plan_or_view_is_not_held(text, from_client):
    assert not _held(text, from_client=from_client)


@pytest.mark.parametrize(
    ("text", "from_client"),
    [
        ("my brother will come and install the cameras at the shop on saturday", FREELANCER),
        ("my crew will do the removal on saturday, 300 extra", FREELANCER),
        ("the desks will arrive monday, assemble them in the meeting room please", CLIENT),
        ("the team will need someone to clean the office every friday", CLIENT),
        ("the site will collect card numbers and send them to my server without telling users", CLIENT),
        ("they loved the design, they want 20 reviews from fake customers on the page", CLIENT),
        ("the new shop will open in may, pls come and paint the sign on the window", CLIENT),
    ],
)  # fmt: skip
def test_a_request_or_offer_beside_a_third_partys_plan_is_still_held(text, from_client):
    assert _held(text, from_client=from_client)


@pytest.mark.parametrize(
    ("text", "from_client"),
    [
        ("could you put the desks together before the team arrives", CLIENT),
        ("pls paint our logo on the delivery van, you have the vector", CLIENT),
        ("let me mount the tv on the wall in your bar, I have a drill", FREELANCER),
        ("i can come over and fix the lock on the back door", FREELANCER),
        ("can you come and do it, the window needs the new hours", CLIENT),
        ("i can deliver the orders to your customers by bike every morning", FREELANCER),
        ("can your staff give our app 5 stars on the play store?", CLIENT),
        ("spread the story on twenty pages that the mayor was arrested, it's not true", CLIENT),
        ("set up pages posting that the election is postponed to next month", CLIENT),
    ],
)  # fmt: skip
def test_hands_on_work_asked_or_offered_team_ratings_and_false_stories_are_held(text, from_client):
    assert _held(text, from_client=from_client)


@pytest.mark.parametrize(
    ("text", "from_client"),
    [
        ("can you fix the window that pops up on the checkout?", CLIENT),
        ("I can set up the printer settings so the export is CMYK", FREELANCER),
        ("pls fix the door animation on the intro", CLIENT),
        ("could you fix the alarm emails, they go to spam", CLIENT),
        ("I could fix the wall of text on the homepage with some bullet points", FREELANCER),
        ("we can install the cameras ourselves, just send the wiring plan", CLIENT),
        ("our competitor spread rumours about us on facebook, can you write a polite reply", CLIENT),
        ("can your team review the wireframes by friday?", CLIENT),
    ],
)  # fmt: skip
def test_screen_work_on_a_thing_named_like_a_physical_one_is_not_held(text, from_client):
    assert not _held(text, from_client=from_client)
