"""Hostile review, 7 December 2026: one party flooding the other through the contract.

Every message (and every proposed change) is a notice and, by default, an email to the other
party, and a run of the screener. Posting had no limit: 300 messages in a row were 300
notices and emails. Now MESSAGES_PER_HOUR per person and contract; over it, 429
`rate_limited` and nobody is told.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from directcontracts.contracts import changes, messaging
from directcontracts.contracts.models import Message, ProposalKind
from directcontracts.core.errors import DomainError
from directcontracts.notifications.models import Notice
from tests.contracts.factories import active_contract

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_an_hour(settings):
    settings.MESSAGES_PER_HOUR = 3


def _post(contract, sender, n: int) -> None:
    for i in range(n):
        messaging.post_message(contract=contract, sender=sender, body=f"Update number {i}.")


def test_a_message_over_the_hourly_limit_is_refused_and_the_other_party_is_not_told(
    freelancer, monkeypatch, three_an_hour
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    _post(contract, freelancer, 3)
    with pytest.raises(DomainError) as refused:
        messaging.post_message(contract=contract, sender=freelancer, body="One more time.")
    assert refused.value.code == "rate_limited"
    assert refused.value.status == 429
    assert Message.objects.count() == 3
    assert Notice.objects.filter(recipient=buyer, kind="contract.message_posted").count() == 3


def test_the_other_party_can_still_answer_when_one_party_reached_the_limit(
    freelancer, monkeypatch, three_an_hour
):
    contract, buyer = active_contract(freelancer, monkeypatch)
    _post(contract, freelancer, 3)
    messaging.post_message(contract=contract, sender=buyer, body="Please stop.")
    assert Message.objects.filter(sender=buyer).count() == 1


def test_the_limit_lifts_after_the_hour(freelancer, monkeypatch, frozen_clock, three_an_hour):
    contract, _ = active_contract(freelancer, monkeypatch)
    _post(contract, freelancer, 3)
    frozen_clock.advance(seconds=2 * 3601)  # the window slides (core/ratelimit.py)
    messaging.post_message(contract=contract, sender=freelancer, body="Next morning.")
    assert Message.objects.count() == 4


def test_proposed_changes_count_with_messages(freelancer, monkeypatch, three_an_hour):
    contract, buyer = active_contract(freelancer, monkeypatch)
    _post(contract, freelancer, 3)
    first = contract.milestones.order_by("position").first()
    with pytest.raises(DomainError) as refused:
        changes.propose_change(
            contract=contract,
            by=freelancer,
            kind=ProposalKind.CHANGE_DUE_DATE,
            milestone=first,
            due_date=first.due_date,
        )
    assert refused.value.code == "rate_limited"
    assert not contract.proposals.exists()


def test_the_api_answers_429_over_the_limit(freelancer, monkeypatch, three_an_hour):
    from django.test import Client

    contract, _ = active_contract(freelancer, monkeypatch)
    _post(contract, freelancer, 3)
    api = Client()
    api.force_login(freelancer)
    response = api.post(
        f"/api/v1/contracts/{contract.pk}/messages",
        {"body": "Over the limit."},
        content_type="application/json",
    )
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "rate_limited"
    assert Message.objects.count() == 3


def test_the_page_answers_429_over_the_limit(client, freelancer, monkeypatch, three_an_hour):
    contract, _ = active_contract(freelancer, monkeypatch)
    _post(contract, freelancer, 3)
    client.force_login(freelancer)
    response = client.post(reverse("contracts:message", args=[contract.pk]), {"body": "More."})
    assert response.status_code == 429
    assert Message.objects.count() == 3


def test_the_page_over_the_limit_says_when_to_retry(client, freelancer, monkeypatch, three_an_hour):
    contract, _ = active_contract(freelancer, monkeypatch)
    _post(contract, freelancer, 3)
    client.force_login(freelancer)
    response = client.post(reverse("contracts:message", args=[contract.pk]), {"body": "More."})
    assert int(response["Retry-After"]) > 0
