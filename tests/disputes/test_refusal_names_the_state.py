"""A refused step on a dispute names its states as staff read them on the page
("Proposal made"), not as codes ("proposal made") wedged into a sentence."""

from __future__ import annotations

import pytest

from directcontracts.core.errors import DomainError
from directcontracts.disputes import services
from tests.disputes.factories import opened_by_client, with_proposal

pytestmark = pytest.mark.django_db


def test_a_second_proposal_reads_that_the_proposal_is_already_made(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    _, _, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    with pytest.raises(DomainError) as refused:
        services.propose(
            dispute=dispute,
            by=trust_safety_staff,
            to_freelancer_minor=30_000,
            to_client_minor=milestone.escrow_minor - 30_000,
            reason="Sent twice",
        )
    assert refused.value.code == "invalid_transition"
    assert str(refused.value.message).startswith(
        "This dispute is already “Proposal made”: nothing to change"
    )


def test_a_proposal_too_early_names_both_states(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    _, _, _, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    with pytest.raises(DomainError) as refused:
        services.propose(
            dispute=dispute,
            by=trust_safety_staff,
            to_freelancer_minor=25_000,
            to_client_minor=25_000,
            reason="Too early",
        )
    assert "so it can't move to “Proposal made”" in str(refused.value.message)
