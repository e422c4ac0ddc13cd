"""Every notice about a contract names it: its number and its title, for every caller."""

from __future__ import annotations

import pytest

from directcontracts.contracts import messaging
from directcontracts.contracts.announce import contract_label
from directcontracts.contracts.models import Contract
from directcontracts.notifications.models import Notice
from tests.contracts.factories import active_contract, funded_milestone

pytestmark = pytest.mark.django_db


def test_a_contract_is_named_by_its_number_and_its_title():
    assert contract_label(Contract(pk=12, title="Logo design")) == "Contract #12: Logo design"


def test_a_contract_title_is_named_on_one_line_whatever_its_spacing():
    assert (
        contract_label(Contract(pk=3, title=" Logo\u00a0  design ")) == "Contract #3: Logo design"
    )


def test_both_parties_notices_of_a_funding_name_the_contract(freelancer, monkeypatch, frozen_clock):
    contract, client, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    for person in (freelancer, client):
        notice = Notice.objects.get(recipient=person, kind="milestone.funded")
        assert notice.about == f"Contract #{contract.pk}: A website for the bakery"


def test_a_message_notice_names_the_contract_as_its_title_was_typed(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch, title="Bakery <site> & shop")
    messaging.post_message(contract=contract, sender=client, body="Can we talk on Monday?")
    notice = Notice.objects.get(recipient=freelancer, kind="contract.message_posted")
    assert notice.about == f"Contract #{contract.pk}: Bakery <site> & shop"


def test_the_email_of_a_contract_notice_names_the_contract_in_its_subject(
    freelancer, monkeypatch, mailoutbox, django_capture_on_commit_callbacks
):
    contract, client = active_contract(freelancer, monkeypatch)
    with django_capture_on_commit_callbacks(execute=True):
        messaging.post_message(contract=contract, sender=client, body="Can we talk on Monday?")
    (message,) = [m for m in mailoutbox if m.to == [freelancer.email]]
    # The title leaves the contract to the about line: the subject names it in full.
    assert message.subject == (
        f"New message from {client.display_name} · "
        f"Contract #{contract.pk}: A website for the bakery · Direct Contracts"
    )
