"""A contract message is screened for work outside the policy as a message, not as a brief.

The sets are `tests/screening/data/messages_dev.jsonl` (tuned on) and
`messages_heldout.jsonl` (written before the fix was measured on it, never tuned on):
clients' everyday messages on remote design and development contracts that mention
physical things in passing, and requests for on-site work sent as messages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from directcontracts.contracts import messaging
from directcontracts.screening import engine
from directcontracts.screening.models import ReviewState, ScreeningAttempt
from tests.contracts.factories import active_contract

DATA = Path(__file__).parent / "data"
REPORTED = (
    "Mockups look great, thanks! Can you send the final files by Friday? "
    "We'll print the menus at the shop next week."
)
# Still held, for reasons outside this family (read after the held-out set was measured).
STILL_HELD = {
    "msg-dev-ok-018": "'your time' asks the reader, so the meeting sentence is read as work",
    "msg-ho-ok-004": "the classifier reads a laptop taken to a branch as 21% illegal work",
    "msg-ho-ok-019": "'into your form' asks the reader; the sentence reads as 43% misleading",
}


def _items(policy_is_ok: bool) -> list[object]:
    rows = [
        json.loads(line)
        for name in ("messages_dev.jsonl", "messages_heldout.jsonl")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [
        pytest.param(
            row["description"],
            id=row["id"],
            marks=[pytest.mark.xfail(reason=STILL_HELD[row["id"]], strict=True)]
            if row["id"] in STILL_HELD
            else [],
        )
        for row in rows
        if (row["policy"] == "ok") == policy_is_ok
    ]


@pytest.mark.parametrize("text", _items(policy_is_ok=True))
def test_a_clients_everyday_message_mentioning_physical_things_is_not_held(text):
    assert engine.screen_message_work(text, from_client=True).verdict == engine.Decision.ALLOW


@pytest.mark.parametrize("text", _items(policy_is_ok=False))
def test_a_message_asking_for_on_site_work_is_still_held(text):
    verdict = engine.screen_message_work(text, from_client=True)
    assert verdict.verdict == engine.Decision.REVIEW
    assert verdict.policy.startswith("excluded.")


def test_a_freelancer_offering_on_site_work_in_their_own_words_is_still_held():
    verdict = engine.screen_message_work(
        "I'll drive the kids to school each morning.", from_client=False
    )
    assert verdict.verdict == engine.Decision.REVIEW
    assert verdict.policy == "excluded.physical"


def test_a_first_person_sentence_asking_the_reader_is_not_the_senders_own_doing():
    (part,) = engine.item_parts("", "We'll need you to clean the shop on Friday.")
    assert not engine.own_doing(part)


@pytest.mark.xfail(
    strict=True,
    reason="rule physical.on_site matches 'moving office' (the client's own move); rules "
    "read every sentence of a message, and changing the rule is a new rule set version",
)
def test_a_client_saying_they_are_moving_office_is_not_held():
    text = "We're moving office next month, please update the address in the footer."
    assert engine.screen_message_work(text, from_client=True).verdict == engine.Decision.ALLOW


@pytest.mark.django_db
def test_the_reported_clients_message_reaches_no_trust_and_safety_queue(freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    messaging.post_message(contract=contract, sender=buyer, body=REPORTED)
    assert not ScreeningAttempt.objects.filter(review_state=ReviewState.HELD).exists()
