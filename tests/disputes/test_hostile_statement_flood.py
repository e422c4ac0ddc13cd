"""Hostile review, 7 December 2026 (round F): flooding the other party through a dispute.

Every statement added to a dispute is a notice (and by default an email) to the other party,
with up to 1,000 of its characters. Messages and proposed changes had an hourly limit per
person and contract since round E; statements had none. They now count against the same
budget (MESSAGES_PER_HOUR): over it, 429 `rate_limited`, nothing stored, nobody told.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts import messaging
from directcontracts.core.errors import DomainError
from directcontracts.disputes import services
from directcontracts.disputes.models import Statement
from directcontracts.notifications.models import Notice
from tests.disputes.factories import in_mediation

pytestmark = pytest.mark.django_db

ADDED = "dispute.statement_added"


@pytest.fixture
def three_an_hour(settings):
    settings.MESSAGES_PER_HOUR = 3


def _add(dispute, by, n: int) -> None:
    for i in range(n):
        services.add_statement(dispute=dispute, by=by, body=f"Point number {i}.")


def test_a_statement_over_the_hourly_limit_is_refused_and_the_other_party_is_not_told(
    freelancer, monkeypatch, frozen_clock, three_an_hour
):
    _, client, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    _add(dispute, client, 3)
    stored = Statement.objects.count()
    with pytest.raises(DomainError) as refused:
        services.add_statement(dispute=dispute, by=client, body="And again.")
    assert (refused.value.code, refused.value.status) == ("rate_limited", 429)
    assert Statement.objects.count() == stored
    assert Notice.objects.filter(recipient=freelancer, kind=ADDED).count() == 3


def test_statements_and_messages_share_one_hourly_budget(
    freelancer, monkeypatch, frozen_clock, three_an_hour
):
    contract, client, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    for i in range(3):
        messaging.post_message(contract=contract, sender=client, body=f"Message {i}.")
    with pytest.raises(DomainError) as refused:
        services.add_statement(dispute=dispute, by=client, body="A statement too.")
    assert refused.value.code == "rate_limited"


def test_the_other_party_can_still_add_a_statement_when_one_reached_the_limit(
    freelancer, monkeypatch, frozen_clock, three_an_hour
):
    _, client, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    _add(dispute, client, 3)
    services.add_statement(dispute=dispute, by=freelancer, body="My answer.")
    assert Statement.objects.filter(author=freelancer).count() == 2


def test_the_statement_limit_lifts_after_the_hour(
    freelancer, monkeypatch, frozen_clock, three_an_hour
):
    _, client, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    _add(dispute, client, 3)
    frozen_clock.advance(seconds=3601)
    services.add_statement(dispute=dispute, by=client, body="Next morning.")
    assert Statement.objects.filter(author=client).count() == 5


def test_the_statement_page_answers_429_over_the_limit(
    client, freelancer, monkeypatch, frozen_clock, three_an_hour
):
    from django.urls import reverse

    _, buyer, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    _add(dispute, buyer, 3)
    client.force_login(buyer)
    response = client.post(reverse("disputes:statement", args=[dispute.pk]), {"body": "Once more."})
    assert response.status_code == 429
    assert Statement.objects.filter(author=buyer).count() == 4
