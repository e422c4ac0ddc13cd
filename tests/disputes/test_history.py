"""The dispute page's history: each entry names who did what, in words, with a date."""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.urls import reverse

from directcontracts.disputes import services
from tests.accounts.helpers import sign_in_as
from tests.disputes.factories import (
    accepted_by_both,
    decided_after_rejection,
    opened_by_client,
    with_proposal,
)

pytestmark = pytest.mark.django_db


def _history(client, user, dispute) -> dict[str, str]:
    """Each history entry's text by its event kind, as `user` reads it."""
    sign_in_as(client, user)
    page = client.get(reverse("disputes:detail", args=[dispute.pk])).content.decode()
    history = page[page.index('id="history-title"') :]
    entries = re.findall(r'<li data-kind="([^"]+)">(.*?)</li>', history, flags=re.S)
    return {
        kind: " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split()) for kind, text in entries
    }


def test_the_answer_that_starts_mediation_is_credited_to_the_party_who_answered(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    sign_in_as(client, freelancer)
    client.post(reverse("disputes:statement", args=[dispute.pk]), {"body": "All delivered."})
    entry = _history(client, buyer, dispute)["dispute.in_mediation"]
    assert f"{freelancer.display_name} (the freelancer) responded" in entry
    assert buyer.display_name not in entry


def test_the_step_the_opening_starts_credits_no_timer(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    history = _history(client, freelancer, dispute)
    assert f"{buyer.display_name} (the client) opened the dispute." in history["dispute.opened"]
    assert "Waiting for the freelancer's response." in history["dispute.awaiting_response"]
    assert "timer" not in history["dispute.awaiting_response"]


def test_the_second_acceptance_names_who_accepted_and_that_it_settled_the_dispute(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    accepted_by_both(dispute, buyer, freelancer)
    history = _history(client, buyer, dispute)
    assert f"{buyer.display_name}" not in history["dispute.resolved"]
    assert (
        f"{freelancer.display_name} (the freelancer) accepted the proposal too, so the dispute "
        "was settled as proposed." in history["dispute.resolved"]
    )
    assert history["dispute.proposal_accepted"].startswith("2 Mar 2026 10:00 UTC · You accepted")


def test_a_rejection_names_the_party_who_rejected_with_their_note(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=freelancer, accept=True)
    services.answer_proposal(dispute=dispute, by=buyer, accept=False, note="The form is missing.")
    history = _history(client, freelancer, dispute)
    entry = history["dispute.awaiting_decision"]
    assert f"{buyer.display_name} (the client) rejected the proposal" in entry
    assert "Note: The form is missing." in entry
    assert "You accepted the proposal." in history["dispute.proposal_accepted"]


def test_parties_read_trust_and_safety_for_a_decision_and_staff_read_the_member(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    contract, buyer, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    decided_after_rejection(
        dispute,
        buyer,
        second_staff,
        to_freelancer=25_000,
        to_client=25_000,
        reason="Half of the work was delivered.",
    )
    party_reads = _history(client, buyer, dispute)["dispute.resolved"]
    assert "Trust & Safety decided the dispute." in party_reads
    assert second_staff.display_name not in party_reads
    staff_reads = _history(client, trust_safety_staff, dispute)["dispute.resolved"]
    assert f"{second_staff.display_name} (Trust & Safety) decided the dispute." in staff_reads


def test_each_history_entry_starts_with_its_date_in_words(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    history = _history(client, buyer, dispute)
    assert set(history) == {"dispute.opened", "dispute.awaiting_response"}
    for entry in history.values():
        assert re.match(r"\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2} UTC · ", entry), entry


def _money_movement_on_the_timeline(contract):
    from directcontracts.contracts.models import ContractEvent

    return ContractEvent.objects.get(contract=contract, kind="milestone.split")


def test_the_contract_timeline_credits_an_agreed_split_to_the_proposal_not_the_last_to_accept(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    accepted_by_both(dispute, buyer, freelancer)
    event = _money_movement_on_the_timeline(contract)
    assert event.actor is None
    assert event.actor_label == "the proposal both parties accepted"


def test_the_contract_timeline_credits_a_decided_split_to_trust_and_safety_not_the_member(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    contract, buyer, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    decided_after_rejection(
        dispute,
        buyer,
        second_staff,
        to_freelancer=25_000,
        to_client=25_000,
        reason="Half of the work was delivered.",
    )
    event = _money_movement_on_the_timeline(contract)
    assert event.actor is None
    assert event.actor_label == "Trust & Safety"
