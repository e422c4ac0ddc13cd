"""Hostile review, round H (7 December 2026): one party used up the dispute's evidence.

A dispute held at most DISPUTE_MAX_EVIDENCE_FILES items of evidence *in all*, both parties
together: the party who opened it could point at that many thread messages (free to
make, free to point at) with the opening statement, and the other party could then attach
nothing at all to their answer. Each party now has its own DISPUTE_MAX_EVIDENCE_FILES.
"""

from __future__ import annotations

import pytest

from directcontracts.contracts.models import Message
from directcontracts.core.errors import DomainError
from directcontracts.disputes import services
from tests.disputes.factories import submitted_milestone

pytestmark = pytest.mark.django_db


def _messages(contract, sender, count: int) -> list[int]:
    return [
        Message.objects.create(contract=contract, sender=sender, body=f"note {n}").pk
        for n in range(count)
    ]


@pytest.fixture
def filled_by_the_client(freelancer, monkeypatch, frozen_clock, settings):
    """A dispute the client opened pointing at as much evidence as a dispute may hold."""
    settings.DISPUTE_MAX_EVIDENCE_FILES = 3
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    dispute = services.open_dispute(
        milestone=milestone,
        by=client,
        statement="The work was not delivered as agreed.",
        evidence=services.EvidenceInput(message_ids=_messages(contract, client, 3)),
    )
    return contract, client, dispute


def test_the_other_party_may_still_attach_evidence_after_one_party_used_its_share(
    filled_by_the_client, freelancer
):
    contract, _, dispute = filled_by_the_client
    statement = services.add_statement(
        dispute=dispute,
        by=freelancer,
        body="Here is where the client approved the design.",
        evidence=services.EvidenceInput(message_ids=_messages(contract, freelancer, 1)),
    )
    assert statement.evidence.count() == 1


def test_a_party_past_its_own_share_of_evidence_is_refused(filled_by_the_client):
    contract, client, dispute = filled_by_the_client
    services.add_statement(dispute=dispute, by=contract.freelancer, body="I delivered it.")
    with pytest.raises(DomainError) as refused:
        services.add_statement(
            dispute=dispute,
            by=client,
            body="And one more.",
            evidence=services.EvidenceInput(message_ids=_messages(contract, client, 1)),
        )
    assert refused.value.code == "too_much_evidence"
