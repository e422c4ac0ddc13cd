"""Dispute deadlines and default outcomes, by advancing the injectable clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.contracts import freezes
from directcontracts.contracts.models import MilestoneState
from directcontracts.disputes import services
from directcontracts.disputes.deadlines import run_due_deadlines
from directcontracts.disputes.models import DisputeState, Resolution
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from tests.contracts.factories import funded_milestone
from tests.disputes.factories import STATEMENT, in_mediation, opened_by_client, with_proposal

pytestmark = pytest.mark.django_db


def _available(user):
    return balance(account_id=chart.freelancer_available(user.pk, "USD").pk).posted


def test_nothing_happens_before_a_deadline(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=5, seconds=-1)
    assert run_due_deadlines() == 0
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_RESPONSE


def test_a_silent_respondent_loses_and_the_client_gets_their_claim(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone, dispute = opened_by_client(
        freelancer, monkeypatch, frozen_clock, claim_minor=20_000
    )
    frozen_clock.advance(days=5, seconds=1)
    assert run_due_deadlines() == 1
    dispute.refresh_from_db()
    milestone.refresh_from_db()
    assert dispute.state == DisputeState.RESOLVED_SPLIT
    assert dispute.resolution == Resolution.DEFAULT
    assert (dispute.to_client_minor, dispute.to_freelancer_minor) == (20_000, 30_000)
    assert "did not respond in time" in dispute.outcome_reason
    assert milestone.refunded_amount_minor == 20_000


def test_a_silent_client_loses_to_the_freelancers_claim(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    dispute = services.open_dispute(milestone=milestone, by=freelancer, statement=STATEMENT)
    frozen_clock.advance(days=6)
    run_due_deadlines()
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.RESOLVED_RELEASE
    assert _available(freelancer) == 47_500


def test_no_proposal_in_time_goes_to_a_decision(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=2, seconds=1)
    run_due_deadlines()
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_DECISION
    assert dispute.deadline_kind == "decision"
    assert milestone.escrow_minor == 50_000


def test_a_party_silent_on_the_proposal_loses_when_the_other_accepted(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=freelancer, accept=True)
    frozen_clock.advance(days=2, seconds=1)
    run_due_deadlines()
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.RESOLVED_RELEASE
    assert "client did not answer the proposal in time" in dispute.outcome_reason
    assert _available(freelancer) == 47_500


def test_a_proposal_nobody_answers_stands(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    frozen_clock.advance(days=3)
    run_due_deadlines()
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.RESOLVED_SPLIT
    assert (dispute.to_freelancer_minor, dispute.to_client_minor) == (30_000, 20_000)


def test_a_decision_has_no_default_outcome(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=client, accept=False)
    frozen_clock.advance(days=30)
    assert run_due_deadlines() == 0
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_DECISION


def test_running_the_sweep_twice_changes_nothing(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=6)
    assert run_due_deadlines() == 1
    events = dispute.events.count()
    assert run_due_deadlines() == 0
    assert dispute.events.count() == events


def test_a_statement_in_time_beats_the_deadline(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=4)
    services.add_statement(dispute=dispute, by=freelancer, body="My side")
    frozen_clock.advance(days=1, seconds=1)
    assert run_due_deadlines() == 0
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.IN_MEDIATION


def test_a_default_outcome_waits_while_trust_and_safety_freeze_the_contract(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    freeze = freezes.freeze_escrow(
        contract=contract, source="trust_safety", reference="case:9", reason="Review"
    )
    frozen_clock.advance(days=6)
    assert run_due_deadlines() == 0
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_RESPONSE
    freezes.lift_freeze(freeze=freeze, reason="Cleared")
    assert run_due_deadlines() == 1
    milestone.refresh_from_db()
    assert milestone.state == MilestoneState.REFUNDED


def test_the_scheduled_task_applies_the_deadline(freelancer, monkeypatch, frozen_clock):
    from directcontracts.disputes.tasks import run_dispute_deadlines_task

    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=5, seconds=2)
    run_dispute_deadlines_task.enqueue()
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.RESOLVED_REFUND


def test_the_dispute_sweep_reschedules_itself_only_when_asked(
    freelancer, monkeypatch, frozen_clock
):
    from directcontracts.disputes.tasks import sweep_disputes

    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=6)
    assert sweep_disputes.call(False) == 1
    dispute.refresh_from_db()
    assert not dispute.is_open


def test_countdown_is_shown_with_the_deadline(freelancer, monkeypatch, frozen_clock):
    from directcontracts.disputes.selectors import countdown_of

    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(hours=20)
    shown = countdown_of(dispute)
    assert shown is not None
    assert shown.label == "Response due"
    assert shown.left == "4 d 4 h"
    assert dispute.deadline_at - frozen_clock.now() == timedelta(days=4, hours=4)
