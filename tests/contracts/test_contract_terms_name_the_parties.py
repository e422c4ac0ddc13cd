"""The contract page names each party as the other reads them: an agency member with their
agency, and a client who closed their account in words, never by its placeholder address;
once closed, the page no longer offers to write to them or to wait for their feedback."""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.accounts import closure
from tests.contracts.factories import active_contract, ended_contract

pytestmark = pytest.mark.django_db


def test_the_client_reads_the_freelancers_agency_beside_their_name(client, freelancer, monkeypatch):
    freelancer.freelancer_profile.agency_name = "BrightPixel Studio"
    freelancer.freelancer_profile.save(update_fields=["agency_name"])
    contract, _ = active_contract(freelancer, monkeypatch)
    client.force_login(contract.client)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert f"{freelancer.display_name} (BrightPixel Studio)</dd>" in page


def test_the_freelancer_reads_that_the_client_closed_their_account_not_a_placeholder_address(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = ended_contract(freelancer, monkeypatch, frozen_clock)
    closure.close_account(user=buyer, password="a-long-client-passphrase-7", confirmed=True)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "closed.invalid" not in page
    assert "closed their account on" in page


def test_the_agency_field_tells_a_freelancer_what_it_is_for(client, freelancer):
    client.force_login(freelancer)
    page = client.get(reverse("accounts:settings")).content.decode()
    assert "Set for agency members." not in page
    assert "shown to your clients beside yours" in page


def test_after_the_client_closed_their_account_the_freelancer_is_offered_no_message_box(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = ended_contract(freelancer, monkeypatch, frozen_clock)
    closure.close_account(user=buyer, password="a-long-client-passphrase-7", confirmed=True)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "nobody reads messages sent here any more" in page
    assert "Send message</button>" not in page


def test_after_the_client_closed_their_account_feedback_does_not_wait_for_theirs(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer = ended_contract(freelancer, monkeypatch, frozen_clock)
    closure.close_account(user=buyer, password="a-long-client-passphrase-7", confirmed=True)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert "until they leave theirs" not in page
    assert "closed their account and cannot leave theirs" in page
