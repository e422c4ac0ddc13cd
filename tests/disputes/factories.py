from __future__ import annotations

from directcontracts.contracts import escrow
from directcontracts.disputes import services
from tests.contracts.factories import funded_milestone

STATEMENT = "The delivered design does not match the brief we agreed on."


def submitted_milestone(freelancer, monkeypatch, frozen_clock, **overrides):
    """An active contract whose first milestone ($500) is funded and submitted for review."""
    contract, client, milestone = funded_milestone(
        freelancer, monkeypatch, frozen_clock, **overrides
    )
    escrow.submit_work(milestone=milestone, by=freelancer, message="Designs attached")
    milestone.refresh_from_db()
    return contract, client, milestone


def opened_by_client(freelancer, monkeypatch, frozen_clock, **kwargs):
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    dispute = services.open_dispute(milestone=milestone, by=client, statement=STATEMENT, **kwargs)
    return contract, client, milestone, dispute


def in_mediation(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    services.add_statement(dispute=dispute, by=freelancer, body="I delivered what the brief asked.")
    dispute.refresh_from_db()
    return contract, client, milestone, dispute


def with_proposal(freelancer, monkeypatch, frozen_clock, staff, to_freelancer=30_000):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    services.propose(
        dispute=dispute,
        by=staff,
        to_freelancer_minor=to_freelancer,
        to_client_minor=milestone.escrow_minor - to_freelancer,
        reason="Most of the work was delivered; the contact form is missing.",
    )
    dispute.refresh_from_db()
    return contract, client, milestone, dispute


def accepted_by_both(dispute, client, freelancer):
    """Both parties accept the proposal: the second acceptance executes it."""
    services.answer_proposal(dispute=dispute, by=client, accept=True)
    services.answer_proposal(dispute=dispute, by=freelancer, accept=True)
    dispute.refresh_from_db()
    return dispute


def decided_after_rejection(
    dispute, rejecting_party, decider, *, to_freelancer: int, to_client: int, reason: str
):
    """A party rejects the proposal; a staff member who did not mediate decides."""
    services.answer_proposal(dispute=dispute, by=rejecting_party, accept=False)
    services.decide(
        dispute=dispute,
        by=decider,
        to_freelancer_minor=to_freelancer,
        to_client_minor=to_client,
        reason=reason,
    )
    dispute.refresh_from_db()
    return dispute
