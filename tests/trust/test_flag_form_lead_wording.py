"""The flag form's opening words: a website (flagged from Check a request) is not spoken of as
"the other person", and a name that ends in a full stop ("Nadia K.") ends the sentence once."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import messaging
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db

LOOK_ALIKE = "directcontracts-payments.example.com"


def test_the_website_flag_form_does_not_speak_of_another_person(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(contract.client)
    url = reverse("trust:flag") + f"?kind=domain&id={LOOK_ALIKE}"
    page = client.get(url).content.decode()
    assert LOOK_ALIKE in page
    assert "other person" not in page
    assert "Only Trust &amp; Safety see who flagged it." in page


def test_a_message_from_a_name_with_an_initial_ends_its_sentence_once(
    client, freelancer, monkeypatch
):
    freelancer.freelancer_profile.display_name = "Nadia K."
    freelancer.freelancer_profile.save(update_fields=["display_name"])
    contract, _ = active_contract(freelancer, monkeypatch)
    message = messaging.post_message(contract=contract, sender=freelancer, body="Hello there.")
    client.force_login(contract.client)
    page = client.get(reverse("trust:flag") + f"?kind=message&id={message.pk}").content.decode()
    assert "a message from Nadia K." in page
    assert "Nadia K.." not in page
