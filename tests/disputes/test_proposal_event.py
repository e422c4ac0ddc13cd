"""A mediator's proposal is one change: each party reads their own share, and their
endpoints get one `dispute.proposal_made` event for it, not one per party."""

from __future__ import annotations

import pytest

from directcontracts.notifications.models import Notice, WebhookEvent
from tests.disputes.factories import with_proposal

pytestmark = pytest.mark.django_db


def test_a_proposal_makes_one_webhook_event_for_each_party(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, _, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    events = WebhookEvent.objects.filter(type="dispute.proposal_made")
    assert sorted(events.values_list("owner_id", flat=True)) == sorted([freelancer.pk, client.pk])
    (key,) = set(events.values_list("idempotency_key", flat=True))
    assert key.startswith(f"dispute:{dispute.pk}:proposal:")


def test_each_party_reads_their_own_share_of_the_proposal(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    with_proposal(freelancer, monkeypatch, frozen_clock, trust_safety_staff)
    mine = Notice.objects.get(recipient=freelancer, kind="dispute.proposal_made").body
    theirs = Notice.objects.exclude(recipient=freelancer).get(kind="dispute.proposal_made").body
    assert mine != theirs
    assert "Most of the work was delivered; the contact form is missing." in mine
    assert "Most of the work was delivered; the contact form is missing." in theirs
