"""Hostile review, 7 December 2026 (round F): flooding the other party through a dispute.

Every statement added to a dispute is a notice (and by default an email) to the other party,
with up to 1,000 of its characters. Messages and proposed changes had an hourly limit per
person and contract since round E; statements had none. They now count against the same
budget (MESSAGES_PER_HOUR), the opening statement too: over it, 429 `rate_limited`, nothing
stored, nobody told. And a dispute could be opened and withdrawn without end (each opening
and each withdrawal a notice and an email to the other party, each opening a freeze): now at
most DISPUTES_OPENED_PER_MILESTONE_PER_DAY openings per person and milestone.
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


# The client opened the dispute: its opening statement is the first of their three.
LEFT_AFTER_OPENING = 2


def _add(dispute, by, n: int) -> None:
    for i in range(n):
        services.add_statement(dispute=dispute, by=by, body=f"Point number {i}.")


def test_a_statement_over_the_hourly_limit_is_refused_and_the_other_party_is_not_told(
    freelancer, monkeypatch, frozen_clock, three_an_hour
):
    _, client, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    _add(dispute, client, LEFT_AFTER_OPENING)
    stored = Statement.objects.count()
    with pytest.raises(DomainError) as refused:
        services.add_statement(dispute=dispute, by=client, body="And again.")
    assert (refused.value.code, refused.value.status) == ("rate_limited", 429)
    assert Statement.objects.count() == stored
    assert Notice.objects.filter(recipient=freelancer, kind=ADDED).count() == LEFT_AFTER_OPENING


def test_statements_and_messages_share_one_hourly_budget(
    freelancer, monkeypatch, frozen_clock, three_an_hour
):
    contract, client, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    for i in range(LEFT_AFTER_OPENING):
        messaging.post_message(contract=contract, sender=client, body=f"Message {i}.")
    with pytest.raises(DomainError) as refused:
        services.add_statement(dispute=dispute, by=client, body="A statement too.")
    assert refused.value.code == "rate_limited"


def test_the_other_party_can_still_add_a_statement_when_one_reached_the_limit(
    freelancer, monkeypatch, frozen_clock, three_an_hour
):
    _, client, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    _add(dispute, client, LEFT_AFTER_OPENING)
    services.add_statement(dispute=dispute, by=freelancer, body="My answer.")
    assert Statement.objects.filter(author=freelancer).count() == 2


def test_the_statement_limit_lifts_after_the_hour(
    freelancer, monkeypatch, frozen_clock, three_an_hour
):
    _, client, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    _add(dispute, client, LEFT_AFTER_OPENING)
    frozen_clock.advance(seconds=2 * 3601)  # the window slides (core/ratelimit.py)
    services.add_statement(dispute=dispute, by=client, body="Next morning.")
    assert Statement.objects.filter(author=client).count() == 4


def test_the_statement_page_answers_429_over_the_limit(
    client, freelancer, monkeypatch, frozen_clock, three_an_hour
):
    from django.urls import reverse

    _, buyer, _, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    _add(dispute, buyer, LEFT_AFTER_OPENING)
    client.force_login(buyer)
    response = client.post(reverse("disputes:statement", args=[dispute.pk]), {"body": "Once more."})
    assert response.status_code == 429
    assert Statement.objects.filter(author=buyer).count() == 3


# --- Opening and withdrawing over and over ---------------------------------------------------


def _cycle(milestone, by, times: int) -> None:
    for i in range(times):
        opened = services.open_dispute(milestone=milestone, by=by, statement=f"Problem {i}.")
        services.withdraw_dispute(dispute=opened, by=by)


def test_a_party_cannot_open_and_withdraw_disputes_over_and_over(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.disputes.models import Dispute
    from tests.disputes.factories import submitted_milestone

    _, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    _cycle(milestone, client, services.DISPUTES_OPENED_PER_MILESTONE_PER_DAY)
    told = Notice.objects.filter(recipient=freelancer).count()
    with pytest.raises(DomainError) as refused:
        services.open_dispute(milestone=milestone, by=client, statement="Once more.")
    assert (refused.value.code, refused.value.status) == ("rate_limited", 429)
    assert Dispute.objects.count() == services.DISPUTES_OPENED_PER_MILESTONE_PER_DAY
    assert Notice.objects.filter(recipient=freelancer).count() == told


def test_a_dispute_can_be_opened_again_the_next_day(freelancer, monkeypatch, frozen_clock):
    from tests.disputes.factories import submitted_milestone

    _, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    _cycle(milestone, client, services.DISPUTES_OPENED_PER_MILESTONE_PER_DAY)
    frozen_clock.advance(days=1, seconds=1)
    assert services.open_dispute(milestone=milestone, by=client, statement="It broke again.")


def test_opening_statements_count_against_the_hourly_budget(
    freelancer, monkeypatch, frozen_clock, three_an_hour
):
    from tests.disputes.factories import submitted_milestone

    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    for i in range(3):
        messaging.post_message(contract=contract, sender=client, body=f"Message {i}.")
    with pytest.raises(DomainError) as refused:
        services.open_dispute(milestone=milestone, by=client, statement="A dispute too.")
    assert refused.value.code == "rate_limited"
