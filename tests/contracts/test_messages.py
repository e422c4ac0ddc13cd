"""Posting to a contract's thread: bad input and double submits."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import messaging
from directcontracts.contracts.models import Message
from directcontracts.core.errors import DomainError
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


def test_a_message_over_the_limit_is_refused_as_too_long(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    with pytest.raises(DomainError) as refused:
        messaging.post_message(
            contract=contract, sender=freelancer, body="x" * (messaging.MAX_MESSAGE_CHARS + 1)
        )
    assert refused.value.code == "message_too_long"
    assert not Message.objects.exists()


def test_the_same_message_sent_twice_is_posted_once(client, freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    url = reverse("contracts:message", args=[contract.pk])
    first = client.post(url, {"body": "The files are up."})
    second = client.post(url, {"body": "The files are up."})
    assert first.status_code == second.status_code == 302
    assert Message.objects.count() == 1


def test_the_same_words_later_are_a_new_message(freelancer, monkeypatch, frozen_clock):
    contract, _ = active_contract(freelancer, monkeypatch)
    messaging.post_message(contract=contract, sender=freelancer, body="Any news?")
    frozen_clock.advance(seconds=messaging.DUPLICATE_WINDOW.total_seconds() + 1)
    messaging.post_message(contract=contract, sender=freelancer, body="Any news?")
    assert Message.objects.count() == 2


def test_the_other_party_saying_the_same_words_is_their_own_message(freelancer, monkeypatch):
    contract, buyer = active_contract(freelancer, monkeypatch)
    messaging.post_message(contract=contract, sender=freelancer, body="Thanks!")
    messaging.post_message(contract=contract, sender=buyer, body="Thanks!")
    assert Message.objects.count() == 2


def test_the_new_message_notice_opens_the_contracts_thread_not_the_top_of_its_page(
    freelancer, monkeypatch
):
    from directcontracts.notifications.models import Notice

    contract, buyer = active_contract(freelancer, monkeypatch)
    messaging.post_message(contract=contract, sender=buyer, body="The brief is attached.")
    notice = Notice.objects.get(recipient=freelancer, kind="contract.message_posted")
    assert notice.url == f"/contracts/{contract.pk}/#messages"


def test_an_empty_message_comes_back_at_the_thread_with_its_error_listed_and_linked(
    client, freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    url = reverse("contracts:message", args=[contract.pk])
    response = client.post(url, {"body": ""})
    assert response.status_code == 400
    page = response.content.decode()
    # The thread is far down the contract's page: the refusal scrolls there and says what to fix.
    assert f'action="{url}#messages"' in page
    summary = page[page.index('id="error-summary"') :]
    assert 'href="#id_body"' in summary[: summary.index("</div>")]
    assert not Message.objects.exists()


def test_a_held_message_is_explained_at_the_thread_the_page_comes_back_to(
    client, freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    url = reverse("contracts:message", args=[contract.pk])
    response = client.post(url, {"body": "Skip the fees: pay me directly by PayPal instead"})
    assert response.status_code == 422
    page = response.content.decode()
    thread = page[page.index('id="messages"') :]
    assert 'data-error-code="message_held"' in thread[: thread.index("</form>")]
    assert page.count('data-error-code="message_held"') == 1


def test_the_thread_says_what_its_refusal_says_a_message_asking_to_pay_elsewhere_is_not_sent(
    client, freelancer, monkeypatch
):
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(freelancer)
    url = reverse("contracts:message", args=[contract.pk])
    page = client.post(url, {"body": "Skip the fees: pay me directly by PayPal"}).content.decode()
    thread = page[page.index('id="messages"') :]
    assert "Your message was not sent." in thread
    assert "messages asking to pay elsewhere are not sent." in thread
    assert "are held" not in thread
