"""Staff read a dispute's people by name: the queue says who mediates (and that another
member decides after a rejection), the outcome says which member decided."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse

from directcontracts.disputes import services
from tests.accounts.helpers import sign_in_as
from tests.disputes.factories import decided_after_rejection, with_proposal

pytestmark = pytest.mark.django_db


def _read(client, user, url) -> str:
    sign_in_as(client, user)
    return html.unescape(client.get(url).content.decode())


def test_the_staff_outcome_names_the_member_who_decided(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    contract, buyer, _, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    decided_after_rejection(
        dispute, buyer, second_staff, to_freelancer=25_000, to_client=25_000, reason="Half each."
    )
    page = _read(client, trust_safety_staff, reverse("disputes:detail", args=[dispute.pk]))
    resolution = page.split('data-testid="dispute-resolution"', 1)[1].split("</p>", 1)[0]
    assert f"Decided by {second_staff.display_name} (Trust & Safety)" in resolution


def test_the_parties_outcome_says_trust_and_safety_decided_without_a_name(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    contract, buyer, _, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    decided_after_rejection(
        dispute, buyer, second_staff, to_freelancer=25_000, to_client=25_000, reason="Half each."
    )
    page = _read(client, buyer, reverse("disputes:detail", args=[dispute.pk]))
    resolution = page.split('data-testid="dispute-resolution"', 1)[1].split("</p>", 1)[0]
    assert "Decided by Trust & Safety" in resolution
    assert second_staff.display_name not in resolution


def test_the_queue_says_the_mediator_and_that_another_member_decides_a_rejection(
    client, freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, buyer, _, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=buyer, accept=False)
    page = _read(client, trust_safety_staff, reverse("disputes:queue"))
    mediator = page.split('data-testid="mediator"', 1)[1].split("</span>", 1)[0]
    assert f"Mediator: {trust_safety_staff.display_name}; another member decides" in mediator
