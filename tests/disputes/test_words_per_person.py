"""The list of disputes and the contract page's dispute link read as the dispute page does:
whose turn it is (the other party by name), the deadline in UTC and what then happens to the
reader."""

from __future__ import annotations

import html

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from directcontracts.disputes import services
from tests.accounts.helpers import sign_in_as, sign_in_staff
from tests.disputes.factories import opened_by_client, with_proposal

pytestmark = pytest.mark.django_db


def _page(client, user, url) -> str:
    sign_in_as(client, user)
    return html.unescape(client.get(url).content.decode())


def _deadline(dispute) -> str:
    return f"{dispute.deadline_at:%-d %b %Y %H:%M} UTC"


def test_the_dispute_list_tells_the_respondent_it_is_their_turn_and_what_silence_costs(
    client, freelancer, monkeypatch, frozen_clock
):
    _contract, buyer, _milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    page = _page(client, freelancer, reverse("disputes:list"))
    assert "Waiting for your response" in page
    assert _deadline(dispute) in page
    assert f"If you don't respond by then, you lose by default: {buyer.display_name} gets" in page


def test_the_dispute_list_tells_the_opener_whom_they_wait_for_and_what_then_happens(
    client, freelancer, monkeypatch, frozen_clock
):
    _contract, buyer, _milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    page = _page(client, buyer, reverse("disputes:list"))
    assert f"Waiting for {freelancer.display_name}'s response" in page
    assert "Waiting for your response" not in page
    assert _deadline(dispute) in page
    assert (
        f"If {freelancer.display_name} doesn't respond by then, they lose by default and you "
        "get what you asked for" in page
    )


def test_the_contract_page_names_whose_turn_it_is_in_a_dispute_for_each_party(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, _milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    url = reverse("contracts:detail", args=[contract.pk])
    mine = _page(client, freelancer, url)
    assert f"Dispute #{dispute.pk}: Waiting for your response" in mine
    assert f"{dispute.deadline_at:%-d %B %Y %H:%M} UTC" in mine
    theirs = _page(client, buyer, url)
    assert f"Dispute #{dispute.pk}: Waiting for {freelancer.display_name}'s response" in theirs
    assert f"If {freelancer.display_name} doesn't respond by then" in theirs


def test_after_answering_a_proposal_a_party_reads_that_the_other_answers_next(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    _contract, buyer, _milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=buyer, accept=True)
    assert "Waiting for your answer to the proposal" in _page(
        client, freelancer, reverse("disputes:list")
    )
    page = _page(client, buyer, reverse("disputes:list"))
    assert f"Waiting for {freelancer.display_name}'s answer to the proposal" in page
    assert f"If {freelancer.display_name} doesn't answer by then" in page


def test_staff_read_which_party_is_awaited_on_the_dispute_queue(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    opened_by_client(freelancer, monkeypatch, frozen_clock)
    sign_in_staff(client, trust_safety_staff)
    page = html.unescape(client.get(reverse("disputes:queue")).content.decode())
    assert "Waiting for the freelancer's response" in page


def test_a_dispute_email_link_names_the_dispute_it_opens(
    freelancer, monkeypatch, frozen_clock, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _contract, _buyer, _milestone, dispute = opened_by_client(
            freelancer, monkeypatch, frozen_clock
        )
    (email,) = [m for m in mail.outbox if m.to == [freelancer.email] and "dispute" in m.subject]
    assert f"Open dispute #{dispute.pk}: {settings.BASE_URL}/disputes/{dispute.pk}/" in email.body
    assert "Open it here" not in email.body
