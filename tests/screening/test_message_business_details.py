"""Round 13 on messages: ordinary messages held for contact details and ways of paying.

On the tuning material the largest families of ordinary messages held were the client's
business contact details given for the work ("add our studio line to the press kit", "notre
numéro sur l'étiquette"), which both checks read as the sender's, and ways of paying a
business accepts ("tulis bahwa tamu bisa bayar dengan kartu kredit atau transfer bank") read by
the classifier as fraud. Each family sits beside the violations that share its words, which
stay held. The sentences here are written for the tests, not taken from a message set;
`messages_dev_v9.jsonl` is this round's tuning set; `messages_heldout_v13.jsonl` and
`messages_heldout_v14.jsonl` its held-out ones (docs/screening.md, round 13).
"""

from __future__ import annotations

import pytest

from directcontracts.screening.engine import screen_message_work, without_ways_of_paying
from directcontracts.screening.messages import screen_message_text


def held(text: str, *, sender: str = "client") -> bool:
    return (
        screen_message_text(text).held
        or screen_message_work(text, from_client=sender == "client").verdict != "allow"
    )


def test_the_clients_number_for_a_press_kit_is_not_read_as_contact_details():
    text = "Add our studio line +44 20 7946 0999 to the press kit, under the logo."

    assert not screen_message_text(text).held


def test_the_clients_number_for_a_label_in_french_is_not_read_as_contact_details():
    text = "Ajoutez notre numéro +33 1 44 55 66 77 sur l'étiquette du pot."

    assert not screen_message_text(text).held


@pytest.mark.parametrize(
    "text",
    [
        "llámame al +34 612 345 678, es para el pie de página",
        "meu número é +55 11 91234 5678, coloca no folheto",
        "appelle-moi au +33 6 12 34 56 78 pour l'étiquette",
        "ruf mich an: +49 151 2345 6789, wegen der Visitenkarte",
        "tawagan mo ako sa 0917 555 0134 para sa poster",
    ],
)
def test_an_invitation_to_call_the_sender_in_another_language_is_held_beside_a_place_of_the_work(
    text,
):
    assert screen_message_text(text).kinds == ["contact_details"]


def test_a_sentence_placing_the_clients_contact_details_on_the_work_is_not_held():
    assert not held(
        "please add the hall's number and the planner's email events@lakeviewhall.co.uk "
        "to the invitation cards"
    )


@pytest.mark.parametrize(
    "text",
    [
        "print 50 university diplomas, put our number 0212 555 44 33 in the footer of each",
        "put our number 0802 555 1907 in the footer of the fake bank statements",
        "put our number 0802 555 1907 on the flyers and come hand them out at the market",
    ],
)
def test_contact_details_for_the_work_beside_a_forged_paper_deceit_or_work_in_person_are_held(
    text,
):
    assert held(text)


def test_ways_of_paying_a_business_accepts_are_not_read_as_fraud():
    assert not held("tulis bahwa tamu bisa bayar dengan kartu kredit atau transfer bank di kasir")


def test_the_classifier_reads_the_rest_of_a_sentence_naming_ways_of_paying():
    assert without_ways_of_paying("write that we accept card and bank transfer for the casino") == (
        "write that we for the casino"
    )


@pytest.mark.parametrize(
    "text",
    [
        "would you accept bank transfer or cash for the rest?",
        "build a checkout that accepts card and bank transfer and saves the card numbers to my server",
        "write that we accept card and bank transfer and store the card numbers for later",
        "make a fake receipt showing payment by bank transfer or card",
    ],
)
def test_ways_of_paying_beside_the_parties_a_secret_or_deceit_are_held(text):
    assert held(text)
