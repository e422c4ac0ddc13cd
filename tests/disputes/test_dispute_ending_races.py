"""A dispute ended twice at the same instant under real concurrent connections on
PostgreSQL (two deciders, or the last acceptance and the withdrawal): it ends once, the
other is refused with 409 `invalid_transition`, and the money moves once."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.disputes import services
from directcontracts.disputes.models import DisputeEvent, DisputeState
from directcontracts.ledger.verify import verify_ledger
from tests.accounts.factories import StaffFactory
from tests.concurrency import run_together
from tests.disputes.factories import with_proposal

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
ENDINGS = ("dispute.resolved", "dispute.withdrawn")


def _endings(dispute) -> list[str]:
    return list(
        DisputeEvent.objects.filter(dispute=dispute, kind__in=ENDINGS).values_list(
            "kind", flat=True
        )
    )


@pytest.fixture
def proposed(seeded_defaults, freelancer, monkeypatch, frozen_clock, trust_safety_staff):
    """(client, milestone, dispute): the client's dispute with a mediator's proposal."""
    _, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    return client, milestone, dispute


def test_two_members_deciding_the_dispute_at_once_settle_it_once(proposed, second_staff):
    client, milestone, dispute = proposed
    services.answer_proposal(dispute=dispute, by=client, accept=False)
    third = StaffFactory(email="theo.trust@example.com", groups=["trust_safety"])

    def decide(by, to_freelancer):
        return lambda: services.decide(
            dispute=dispute,
            by=by,
            to_freelancer_minor=to_freelancer,
            to_client_minor=milestone.escrow_minor - to_freelancer,
            reason="Read both statements.",
        )

    outcomes = run_together([decide(second_staff, 10_000), decide(third, 40_000)], 2)

    refused = [o for o in outcomes if isinstance(o, DomainError)]
    assert [r.code for r in refused] == ["invalid_transition"], outcomes
    assert _endings(dispute) == ["dispute.resolved"]
    assert verify_ledger() == []


def test_the_last_acceptance_racing_the_withdrawal_ends_the_dispute_once(proposed, freelancer):
    client, _, dispute = proposed
    services.answer_proposal(dispute=dispute, by=freelancer, accept=True)

    def accept():
        return services.answer_proposal(dispute=dispute, by=client, accept=True)

    def withdraw():
        return services.withdraw_dispute(dispute=dispute, by=client, reason="We agreed.")

    outcomes = run_together([accept, withdraw], 2)

    refused = [o for o in outcomes if isinstance(o, DomainError)]
    assert [r.code for r in refused] == ["invalid_transition"], outcomes
    dispute.refresh_from_db()
    expected = (
        "dispute.withdrawn" if dispute.state == DisputeState.WITHDRAWN else "dispute.resolved"
    )
    assert _endings(dispute) == [expected]
    assert verify_ledger() == []
