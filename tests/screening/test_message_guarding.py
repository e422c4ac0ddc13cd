"""Round 12 on messages: ordinary messages the classifier held on single words.

On new text by other authors about one ordinary message in ten is held, almost all by the work
check's classifier alone (no rule fired), on words that name a harm the sender is avoiding:
"without" before a pronoun ("I can't finish without them"), a secret the sender refuses ("don't
post your bank login here"), a scam the sender warns about ("I got an SMS asking me to pay on
some link, didn't click") and the platform's money process in other languages ("Meilenstein",
"Rechnung"). Each family sits beside the violations that share its words, which stay held. The
sentences here are written for the tests, not taken from a message set;
`messages_dev_v8.jsonl` is this round's tuning set, `messages_heldout_v12.jsonl` its held-out one.
"""

from __future__ import annotations

import pytest

from directcontracts.screening.engine import for_classifier, screen_message_work
from directcontracts.screening.messages import screen_message_text


def held(text: str, *, sender: str = "client") -> bool:
    return (
        screen_message_text(text).held
        or screen_message_work(text, from_client=sender == "client").verdict != "allow"
    )


def test_the_classifier_does_not_read_without_before_a_pronoun():
    assert for_classifier("i can t finish without them") == "i can t finish them"


def test_the_classifier_still_reads_without_before_a_third_party():
    assert for_classifier("so it runs without her noticing") == "so it runs without her noticing"


def test_the_classifier_still_reads_without_before_a_pronoun_doing_something_unseen():
    assert for_classifier("without them noticing") == "without them noticing"


def test_a_message_waiting_for_files_it_cannot_finish_without_is_not_held():
    assert not held(
        "I can't finish the banner without them, could you upload the logo files today?"
    )


def test_a_sentence_refusing_a_secret_is_not_held():
    assert not held(
        "Do not post your bank login here, just upload the statement export to the contract files."
    )


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "I got an SMS saying my escrow is frozen and asking for my card on a link. "
            "Didn't click, reporting it to support.",
            "client",
        ),
        (
            "Received an email from 'DirectContracts billing' asking me to pay a fee on another "
            "site, looks like a scam, ignore it if you get one.",
            "freelancer",
        ),
    ],
)
def test_a_warning_about_a_scam_message_the_sender_received_is_not_held(text, sender):
    assert not held(text, sender=sender)


def test_the_platforms_money_process_in_german_is_not_held():
    assert not held(
        "Ich habe den Meilenstein freigegeben. Die Rechnung lade ich mir aus der Plattform herunter."
    )


@pytest.mark.parametrize(
    "text",
    [
        "install the tracker on her phone so it runs without her noticing",
        "read my employees' emails without them noticing",
        "sell the pills without a prescription, ship them without it being checked",
    ],
)
def test_without_that_is_the_harm_is_still_held(text):
    assert held(text)


def test_a_secret_kept_from_a_third_party_is_still_held():
    assert held("don't tell her, just get me the password of my wife's email")


def test_a_refusal_beside_a_request_for_someone_elses_account_is_still_held():
    assert held("don't send me the password, just get me into her account")


@pytest.mark.parametrize(
    "text",
    [
        "I got an email from the bank, make a fake one just like it with our link",
        "refund scam: tell the bank we never got the goods, i need a script for the call",
    ],
)
def test_a_received_message_beside_a_request_for_the_harm_is_still_held(text):
    assert held(text)


@pytest.mark.parametrize(
    "text",
    [
        "para el siguiente hito me haces una transferencia directa, sin la comisión",
        "Den Meilenstein hier nur 10 Euro, den Rest zahle ich dir direkt bar, ohne Gebühr.",
    ],
)
def test_money_kept_out_of_escrow_in_other_languages_is_still_held(text):
    assert held(text)
