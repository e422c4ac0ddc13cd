"""A dispute decision racing a chargeback that takes money out of the disputed escrow, on
PostgreSQL with real concurrent callers: the decision moves money only on the escrow the
deciding member saw (checked under the milestone's lock), or refuses with `escrow_changed`
and moves nothing; the books agree either way."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import Conflict
from directcontracts.disputes import services
from directcontracts.disputes.models import Dispute, DisputeState
from directcontracts.ledger.verify import verify_ledger
from directcontracts.payments.models import Payment
from tests.concurrency import run_together
from tests.disputes.factories import bank_takes_back, with_proposal

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

DECISION = {"to_freelancer_minor": 30_000, "to_client_minor": 20_000, "reason": "Most was done."}


@pytest.fixture(autouse=True)
def _catalog(seeded_defaults):
    """Transactional tests flush the database: the catalog and rules go back first."""


def test_a_decision_racing_a_chargeback_executes_on_the_escrow_seen_or_not_at_all(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=freelancer, accept=False)
    payment = Payment.objects.get(reference=f"milestone:{milestone.pk}")
    decided, _ = run_together(
        [
            lambda: services.decide(
                dispute=dispute, by=second_staff, escrow_seen_minor=50_000, **DECISION
            ),
            lambda: bank_takes_back(payment, 10_000),
        ],
        workers=2,
    )
    dispute = Dispute.objects.get(pk=dispute.pk)
    if isinstance(decided, Exception):
        assert isinstance(decided, Conflict), decided
        # A chargeback committed first refuses the decision: `escrow_changed` when it moved
        # the escrow the decider saw, `invalid_transition` when it changed the milestone's or
        # the dispute's state first (seen under load). Either way nothing was decided.
        assert decided.code in {"escrow_changed", "invalid_transition"}, decided
        assert dispute.state != DisputeState.RESOLVED_SPLIT
        assert dispute.to_freelancer_minor is None
    else:
        assert dispute.state == DisputeState.RESOLVED_SPLIT
        assert (dispute.to_freelancer_minor, dispute.to_client_minor) == (30_000, 20_000)
    assert verify_ledger() == []
