"""A person's own reports (/trust/my-flags/) say what was reported, as the reporter saw it
(a person's name, a contract's title, a message's first words), and nothing they can't see."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import messaging
from directcontracts.contracts.models import Message
from directcontracts.trust import flags
from directcontracts.trust.models import Flag
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def contract(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    return contract


def _flag(user, kind, target_id):
    return flags.flag(
        reporter=user,
        kind=kind,
        target_id=str(target_id),
        reason="scam_fraud",
        details="",
        address="203.0.113.9",
    )


def _about(client, user) -> str:
    client.force_login(user)
    page = client.get(reverse("trust:my_flags")).content.decode()
    return " ".join(page.split())


def test_a_report_about_a_person_names_them(client, contract):
    _flag(contract.client, "user", contract.freelancer_id)
    page = _about(client, contract.client)
    assert f'<td data-label="About">{contract.freelancer.display_name}</td>' in page


def test_a_report_about_a_contract_gives_its_title(client, contract):
    _flag(contract.client, "contract", contract.pk)
    page = _about(client, contract.client)
    assert f'<td data-label="About">the contract “{contract.title}”</td>' in page


def test_a_report_about_a_message_gives_its_sender_and_first_words(client, contract):
    body = "Please pay me by bank wire to this account instead, it is much faster for both of us."
    message = messaging.post_message(contract=contract, sender=contract.freelancer, body=body)
    _flag(contract.client, "message", message.pk)
    page = _about(client, contract.client)
    sender = contract.freelancer.display_name
    assert (
        f"a message from {sender}: “Please pay me by bank wire to this account instead, it is…”"
        in (page)
    )
    assert "both of us" not in page


def test_a_report_about_what_the_reporter_no_longer_sees_shows_only_its_kind(
    client, contract, freelancer, monkeypatch
):
    other, _ = active_contract(freelancer, monkeypatch, client_email="someone.else@example.org")
    hidden = Message.objects.create(contract=other, sender=freelancer, body="A private note.")
    Flag.objects.create(
        reference="FL-TEST0001",
        reporter=contract.client,
        target_kind="message",
        target_id=str(hidden.pk),
        reason="spam",
    )
    page = _about(client, contract.client)
    assert "a message you can no longer see" in page
    assert "A private note." not in page


def test_more_than_a_page_of_reports_has_a_next_page(client, contract, settings):
    settings.FLAGS_PER_HOUR = 100
    for n in range(21):
        _flag(contract.client, "domain", f"pay-escrow-{n}.example")
    first = _about(client, contract.client)
    assert "Page 1 of 2" in first
    assert '<a href="?page=2" rel="next">Next</a>' in first
    second = " ".join(client.get(reverse("trust:my_flags") + "?page=2").content.decode().split())
    assert second.count('<td data-label="Reference">') == 1
