"""Hostile review, 7 December 2026: a declined charge answered late is the client's alone.

A decline is the client's business (`contracts.payment_privacy`: the freelancer never reads a
declined attempt). When the processor's refusal was recorded by the recovery sweep, after
the client stopped waiting, the client was told by a notice, but the webhook event went to
both parties: the freelancer's integration learned of a payment attempt, and its decline,
that the freelancer was never told of.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.contracts import escrow
from directcontracts.notifications.models import WebhookEvent
from directcontracts.payments import gateway_requests
from directcontracts.payments.models import GatewayRequestKind
from tests.contracts.factories import active_contract, card
from tests.payments.factories import process_dies

pytestmark = pytest.mark.django_db

DECLINED_CARD = "4000000000000002"


def _declined_late(freelancer, monkeypatch, frozen_clock):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    with process_dies("after the intent", GatewayRequestKind.CHARGE, monkeypatch):
        escrow.fund_milestone(
            milestone=milestone, by=client, method=card(client, DECLINED_CARD), idempotency_key="k"
        )
    frozen_clock.advance(
        seconds=(gateway_requests.STALE_AFTER + timedelta(seconds=1)).total_seconds()
    )
    assert gateway_requests.resend_stale() == 1
    return client


def test_a_late_decline_reaches_the_freelancers_webhooks_not_at_all(
    freelancer, monkeypatch, frozen_clock
):
    _declined_late(freelancer, monkeypatch, frozen_clock)
    assert not WebhookEvent.objects.filter(
        owner=freelancer, type="milestone.funding_failed"
    ).exists()


def test_a_late_decline_still_reaches_the_clients_webhooks(freelancer, monkeypatch, frozen_clock):
    client = _declined_late(freelancer, monkeypatch, frozen_clock)
    assert WebhookEvent.objects.filter(owner=client, type="milestone.funding_failed").exists()
