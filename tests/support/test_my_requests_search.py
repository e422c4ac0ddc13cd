"""Get Help's "Your support requests" list has a search: by reference or by words of the
subject or the message, over the person's own requests only."""

from __future__ import annotations

import pytest

from directcontracts.support import tickets
from tests.support.helpers import request_input

pytestmark = pytest.mark.django_db


def ask(user, subject, description="Please help."):
    return tickets.open_request(
        user=user, data=request_input(subject=subject, description=description), address=None
    )


def listed(client, **params) -> str:
    return client.get("/support/requests/", params).content.decode()


def test_a_word_of_the_subject_finds_that_request_only(client, client_user):
    ask(client_user, "Payout never arrived")
    ask(client_user, "Change my email")
    client.force_login(client_user)
    page = listed(client, q="payout")
    assert ("Payout never arrived" in page, "Change my email" in page) == (True, False)


def test_a_word_of_the_message_finds_the_request(client, client_user):
    ask(client_user, "A question", description="My invoice shows the wrong VAT number.")
    ask(client_user, "Another question")
    client.force_login(client_user)
    page = listed(client, q="vat number")
    assert ("A question" in page, "Another question" in page) == (True, False)


def test_the_reference_finds_the_request(client, client_user):
    wanted = ask(client_user, "The one I want")
    ask(client_user, "Another one")
    client.force_login(client_user)
    page = listed(client, q=wanted.reference.lower())
    assert ("The one I want" in page, "Another one" in page) == (True, False)


def test_a_search_that_finds_nothing_says_so_and_offers_the_whole_list(client, client_user):
    ask(client_user, "Change my email")
    client.force_login(client_user)
    assert "None of your requests matches “zebra”." in listed(client, q="zebra")
