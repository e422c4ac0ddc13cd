"""The progress steps of a contract and the one next step for the person looking."""

import pytest
from django.urls import reverse

from directcontracts.contracts import escrow, progress
from tests.contracts.factories import active_contract, draft_contract, funded_milestone

pytestmark = pytest.mark.django_db


def _current(contract):
    return [
        s["label"]
        for s in progress.steps(contract, list(contract.milestones.order_by("position")))
        if s["current"]
    ]


def test_a_funded_milestone_makes_submitted_the_current_step(freelancer, monkeypatch, frozen_clock):
    contract, _, _ = funded_milestone(freelancer, monkeypatch, frozen_clock)
    assert _current(contract) == ["Submitted"]


def test_a_new_contract_waits_for_funding(freelancer, monkeypatch):
    contract, _ = active_contract(freelancer, monkeypatch)
    assert _current(contract) == ["Funded"]


def test_the_client_is_told_to_fund_and_the_freelancer_to_wait(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    ordered = list(contract.milestones.order_by("position"))
    for_client = progress.next_step(contract, ordered, "client")
    for_freelancer = progress.next_step(contract, ordered, "freelancer")
    assert for_client.yours
    assert for_client.text.startswith("Fund “Design”")
    assert for_client.when.startswith("due ")
    assert not for_freelancer.yours
    assert "don't start work" in for_freelancer.text


def test_in_review_the_client_sees_the_auto_release_deadline(
    client, freelancer, monkeypatch, frozen_clock
):
    contract, buyer, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(milestone=milestone, by=freelancer, message="Done.", files=[])
    client.force_login(buyer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert 'aria-current="step">In review</li>' in page
    assert "Your next step:</strong> Review “Design”" in page
    assert "UTC)" in page


def test_a_draft_asks_the_freelancer_to_send_it(client, freelancer):
    contract = draft_contract(freelancer)
    client.force_login(freelancer)
    page = client.get(reverse("contracts:detail", args=[contract.pk])).content.decode()
    assert 'data-testid="next-step"' in page
    assert 'aria-current="step">Invited</li>' in page
