"""Disputes through their services: opening, statements, mediation, decision, withdrawal."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.contracts import escrow, freezes
from directcontracts.contracts.models import Contract, Message, MilestoneState
from directcontracts.core.errors import DomainError
from directcontracts.disputes import services
from directcontracts.disputes.models import (
    Dispute,
    DisputeEvent,
    DisputeState,
    Evidence,
    EvidenceKind,
    Resolution,
)
from directcontracts.ledger import chart
from directcontracts.ledger.selectors import balance
from directcontracts.notifications.models import Notice, WebhookEvent
from directcontracts.payments.models import SandboxBalanceTransaction
from tests.contracts.factories import active_contract, funded_milestone
from tests.disputes.factories import (
    STATEMENT,
    accepted_by_both,
    decided_after_rejection,
    in_mediation,
    opened_by_client,
    submitted_milestone,
    with_proposal,
)

pytestmark = pytest.mark.django_db


def _refused(call, **kwargs) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call(**kwargs)
    return refused.value


def _escrow(contract):
    return balance(account_id=chart.escrow(contract.pk, contract.currency).pk).posted


def _available(user, currency="USD"):
    return balance(account_id=chart.freelancer_available(user.pk, currency).pk).posted


def _fees(currency="USD"):
    return balance(account_id=chart.platform_fees(currency).pk).posted


# --- Opening ----------------------------------------------------------------------------------


def test_the_client_disputes_a_submitted_milestone_and_its_escrow_freezes(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    assert dispute.state == DisputeState.AWAITING_RESPONSE
    assert dispute.amount_minor == dispute.claim_minor == 50_000
    assert dispute.freeze is not None
    assert dispute.freeze.reference == f"dispute:{dispute.pk}"
    error = _refused(escrow.approve_milestone, milestone=milestone, by=client)
    assert error.code == "escrow_frozen"
    assert f"/disputes/{dispute.pk}/" in error.message


def test_opening_stops_the_review_clock(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    milestone.refresh_from_db()
    assert milestone.review_deadline is None
    assert milestone.review_time_left == timedelta(days=contract.review_period_days)
    frozen_clock.advance(days=60)
    assert escrow.release_due_milestones() == 0


def test_the_response_deadline_is_five_days(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    assert dispute.deadline_at == frozen_clock.now() + timedelta(days=5)
    assert dispute.deadline_kind == "response"


def test_the_freelancer_can_dispute_a_funded_milestone(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    dispute = services.open_dispute(milestone=milestone, by=freelancer, statement=STATEMENT)
    assert dispute.opener_role == "freelancer"
    assert dispute.respondent_role == "client"


def test_a_milestone_without_escrow_cannot_be_disputed(freelancer, monkeypatch):
    contract, client = active_contract(freelancer, monkeypatch)
    milestone = contract.milestones.order_by("position").first()
    error = _refused(services.open_dispute, milestone=milestone, by=client, statement=STATEMENT)
    assert error.code == "milestone_not_disputable"
    assert error.status == 409
    assert not Dispute.objects.exists()


def test_a_second_dispute_on_the_same_milestone_is_refused(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    error = _refused(services.open_dispute, milestone=milestone, by=freelancer, statement=STATEMENT)
    assert error.code == "dispute_already_open"
    assert error.details["dispute_id"] == dispute.pk


def test_a_stranger_cannot_open_a_dispute(freelancer, monkeypatch, frozen_clock, stranger_client):
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    error = _refused(
        services.open_dispute, milestone=milestone, by=stranger_client, statement=STATEMENT
    )
    assert error.code == "wrong_party"


@pytest.mark.parametrize(
    ("statement", "code"),
    [("   ", "statement_required"), ("x" * 5001, "text_invalid"), ("bad\x00byte", "text_invalid")],
)
def test_a_dispute_needs_a_clean_statement(freelancer, monkeypatch, frozen_clock, statement, code):
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    error = _refused(services.open_dispute, milestone=milestone, by=client, statement=statement)
    assert error.code == code
    assert not Dispute.objects.exists()


@pytest.mark.parametrize("claim", [0, -1, 50_001, True])
def test_the_claim_must_be_within_escrow(freelancer, monkeypatch, frozen_clock, claim):
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    error = _refused(
        services.open_dispute,
        milestone=milestone,
        by=client,
        statement=STATEMENT,
        claim_minor=claim,
    )
    assert error.code == "invalid_amount"


def test_a_waiting_refund_request_is_answered_before_a_dispute(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.request_refund(milestone=milestone, by=client, reason="Not needed any more")
    error = _refused(services.open_dispute, milestone=milestone, by=client, statement=STATEMENT)
    assert error.code == "refund_request_pending"
    assert "if they decline, you can dispute at once" in error.message


def test_a_declined_refund_request_offers_the_client_a_dispute_at_once(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    request = escrow.request_refund(milestone=milestone, by=client, reason="Not needed any more")
    escrow.answer_refund_request(request=request, by=freelancer, accept=False, note="Work done")
    offer = Notice.objects.get(recipient=client, kind="dispute.offered")
    assert offer.url == (
        f"/contracts/{contract.pk}/milestones/{milestone.pk}/dispute/?refund_request={request.pk}"
    )
    assert contract.events.filter(kind="dispute.offered").exists()
    dispute = services.open_dispute(
        milestone=milestone, by=client, statement=STATEMENT, refund_request=request
    )
    assert dispute.refund_request == request


def test_opening_tells_the_other_party_the_deadline_and_what_silence_means(
    freelancer, monkeypatch, frozen_clock
):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    notice = Notice.objects.get(recipient=freelancer, kind="dispute.opened")
    assert notice.url == f"/disputes/{dispute.pk}/"
    assert "lose by default" in notice.body
    assert WebhookEvent.objects.filter(type="dispute.opened").exists()


def test_opening_is_on_the_contract_timeline(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    kinds = list(contract.events.values_list("kind", flat=True))
    assert "dispute.opened" in kinds
    assert "dispute.awaiting_response" in kinds
    assert "escrow.frozen" in kinds


# --- Statements and evidence ------------------------------------------------------------------


def test_the_other_partys_statement_starts_mediation(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    assert dispute.state == DisputeState.IN_MEDIATION
    assert dispute.deadline_at == frozen_clock.now() + timedelta(days=2)
    assert dispute.statements.count() == 2


def test_evidence_points_at_a_delivered_file_and_a_message(freelancer, monkeypatch, frozen_clock):
    from directcontracts.contracts.deliverables import IncomingFile

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.submit_work(
        milestone=milestone,
        by=freelancer,
        message="Here",
        files=[IncomingFile("brief.txt", b"The brief, as delivered.")],
    )
    message = Message.objects.create(contract=contract, sender=client, body="Where is the form?")
    delivered = milestone.deliverables.get().files.get()
    dispute = services.open_dispute(
        milestone=milestone,
        by=client,
        statement=STATEMENT,
        evidence=services.EvidenceInput(
            files=[IncomingFile("notes.txt", b"My notes")],
            deliverable_file_ids=[delivered.pk],
            message_ids=[message.pk],
        ),
    )
    kinds = set(Evidence.objects.filter(statement__dispute=dispute).values_list("kind", flat=True))
    assert kinds == {EvidenceKind.FILE, EvidenceKind.DELIVERABLE, EvidenceKind.MESSAGE}
    uploaded = Evidence.objects.get(kind=EvidenceKind.FILE)
    assert len(uploaded.sha256) == 64
    assert uploaded.file.name.startswith(f"disputes/{dispute.pk}/")


def test_evidence_from_another_contract_is_refused(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    other, other_client = active_contract(
        freelancer, monkeypatch, client_email="someone.else@example.org"
    )
    foreign = Message.objects.create(contract=other, sender=freelancer, body="Elsewhere")
    error = _refused(
        services.add_statement,
        dispute=dispute,
        by=freelancer,
        body="Look at this",
        evidence=services.EvidenceInput(message_ids=[foreign.pk]),
    )
    assert error.code == "evidence_invalid"
    assert error.status == 404
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_RESPONSE


def test_too_much_evidence_is_refused(freelancer, monkeypatch, frozen_clock, settings):
    settings.DISPUTE_MAX_EVIDENCE_FILES = 1
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    messages = [
        Message.objects.create(contract=contract, sender=client, body=f"m{n}") for n in (1, 2)
    ]
    error = _refused(
        services.add_statement,
        dispute=dispute,
        by=client,
        body="More",
        evidence=services.EvidenceInput(message_ids=[m.pk for m in messages]),
    )
    assert error.code == "too_much_evidence"


def test_a_party_adds_more_while_the_dispute_is_open(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    services.add_statement(dispute=dispute, by=client, body="One more thing.")
    assert Notice.objects.filter(recipient=freelancer, kind="dispute.statement_added").exists()


# --- Mediation and proposals ------------------------------------------------------------------


def test_only_trust_safety_staff_propose(freelancer, monkeypatch, frozen_clock, support_staff):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    for person in (support_staff, client):
        error = _refused(
            services.propose,
            dispute=dispute,
            by=person,
            to_freelancer_minor=25_000,
            to_client_minor=25_000,
            reason="Half each",
        )
        assert error.code == "not_trust_safety"


def test_a_staff_member_who_is_a_party_cannot_mediate(freelancer, monkeypatch, frozen_clock):
    from django.contrib.auth.models import Group

    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    freelancer.is_staff = True
    freelancer.save(update_fields=["is_staff"])
    freelancer.groups.add(Group.objects.get_or_create(name="trust_safety")[0])
    error = _refused(services.take_mediation, dispute=dispute, by=freelancer)
    assert error.code == "staff_is_a_party"


@pytest.mark.parametrize(("to_f", "to_c"), [(30_000, 30_000), (-1, 50_001), (50_000, 1)])
def test_a_proposal_must_add_up_to_escrow(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, to_f, to_c
):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    error = _refused(
        services.propose,
        dispute=dispute,
        by=trust_safety_staff,
        to_freelancer_minor=to_f,
        to_client_minor=to_c,
        reason="Try",
    )
    assert error.code in {"split_does_not_match_escrow", "invalid_amount"}
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.IN_MEDIATION


def test_a_proposal_before_mediation_is_an_invalid_transition(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    error = _refused(
        services.propose,
        dispute=dispute,
        by=trust_safety_staff,
        to_freelancer_minor=25_000,
        to_client_minor=25_000,
        reason="Too early",
    )
    assert error.code == "invalid_transition"
    assert error.status == 409


def test_a_proposal_asks_both_parties_by_a_deadline(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    assert dispute.state == DisputeState.PROPOSAL_MADE
    assert dispute.mediator == trust_safety_staff
    assert dispute.deadline_at == frozen_clock.now() + timedelta(days=2)
    for person in (client, freelancer):
        assert Notice.objects.filter(recipient=person, kind="dispute.proposal_made").exists()


def test_both_accepting_a_split_executes_it_as_one_linked_movement(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, settings
):
    settings.FREELANCER_FEE_BPS = 500
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    fees_before = _fees()
    accepted_by_both(dispute, client, freelancer)
    dispute.refresh_from_db()
    milestone.refresh_from_db()
    assert dispute.state == DisputeState.RESOLVED_SPLIT
    assert dispute.resolution == Resolution.AGREEMENT
    assert (dispute.to_freelancer_minor, dispute.to_client_minor, dispute.fee_minor) == (
        30_000,
        20_000,
        1_500,
    )
    assert _available(freelancer) == 28_500
    assert _fees() - fees_before == 1_500  # the fee only on the freelancer's share
    assert _escrow(contract) == 0
    assert milestone.state == MilestoneState.RELEASED
    assert (milestone.released_amount_minor, milestone.refunded_amount_minor) == (30_000, 20_000)
    assert SandboxBalanceTransaction.objects.filter(
        type="refund", amount_minor=-20_000, reference=f"dispute:{dispute.pk}:client:paid"
    ).exists()
    assert dispute.freeze is not None
    dispute.freeze.refresh_from_db()
    assert dispute.freeze.lifted_at is not None
    assert not milestone.events.filter(kind="milestone.review_clock_resumed").exists()


def test_a_split_reconciles_with_the_gateway(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from directcontracts.ledger.models import FinanceAlert
    from directcontracts.payments.reconciliation import reconcile

    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    accepted_by_both(dispute, client, freelancer)
    reconcile(day=frozen_clock.now().date())
    assert not FinanceAlert.objects.exists()


def test_the_freelancers_share_waits_for_the_security_hold(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, settings
):
    from directcontracts.contracts import paying

    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    accepted_by_both(dispute, client, freelancer)
    assert paying.withdrawable(freelancer, "USD") == 0
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    assert paying.withdrawable(freelancer, "USD") == 28_500


def test_a_resolution_is_told_to_both_and_on_the_timeline(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    accepted_by_both(dispute, client, freelancer)
    for person in (client, freelancer):
        assert Notice.objects.filter(recipient=person, kind="dispute.resolved").exists()
    kinds = list(contract.events.values_list("kind", flat=True))
    assert {"dispute.proposal_made", "dispute.proposal_accepted", "dispute.resolved"} <= set(kinds)
    assert "milestone.split" in kinds
    assert WebhookEvent.objects.filter(type="dispute.resolved").exists()


@pytest.fixture
def split(freelancer, monkeypatch, frozen_clock, trust_safety_staff):
    """$300.00 to the freelancer ($285.00 after the fee) and $200.00 back to the client."""
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    return contract, client, accepted_by_both(dispute, client, freelancer)


def test_a_split_tells_the_freelancer_what_they_receive(split, freelancer):
    contract, client, dispute = split
    body = Notice.objects.get(recipient=freelancer, kind="dispute.resolved").body
    assert body.endswith(
        f"After the service fee you receive $285.00; {client.display_name} is refunded $200.00."
    )
    assert "the freelancer receives" not in body


def test_a_split_tells_the_client_what_they_are_refunded(split, freelancer):
    contract, client, dispute = split
    body = Notice.objects.get(recipient=client, kind="dispute.resolved").body
    assert body.endswith(
        "You are refunded $200.00 to your payment method; "
        f"{freelancer.display_name} receives $285.00 after the service fee."
    )
    assert "the client's" not in body


def _resolved_notices_of_an_agreed(to_freelancer, freelancer, monkeypatch, frozen_clock, staff):
    """The dispute-resolved notices' bodies (the freelancer's, the client's) after both
    parties accept a proposal giving the freelancer `to_freelancer`."""
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, staff, to_freelancer=to_freelancer
    )
    accepted_by_both(dispute, client, freelancer)
    resolved = Notice.objects.filter(kind="dispute.resolved")
    return resolved.get(recipient=freelancer).body, resolved.get(recipient=client).body


def test_a_full_release_tells_the_client_nothing_is_refunded(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    mine, theirs = _resolved_notices_of_an_agreed(
        50_000, freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    assert mine.endswith("After the service fee you receive $475.00.")
    assert theirs.endswith(
        f"Nothing is refunded to you; {freelancer.display_name} receives $475.00 after the "
        "service fee."
    )


def test_a_full_refund_tells_the_freelancer_they_receive_nothing(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    mine, theirs = _resolved_notices_of_an_agreed(
        0, freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    client_name = Contract.objects.get().client.display_name
    assert mine.endswith(
        f"{client_name} is refunded $500.00; you receive nothing from this milestone."
    )
    assert theirs.endswith("You are refunded $500.00 to your payment method.")


def test_every_notice_of_a_dispute_names_the_contract(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    accepted_by_both(dispute, client, freelancer)
    told = Notice.objects.filter(kind__startswith="dispute.")
    assert {"dispute.opened", "dispute.proposal_made", "dispute.resolved"} <= {n.kind for n in told}
    assert {n.about for n in told} == {f"Contract #{contract.pk}: {contract.title}"}


def test_the_offer_of_a_dispute_names_the_contract(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    request = escrow.request_refund(milestone=milestone, by=client, reason="Not needed any more")
    escrow.answer_refund_request(request=request, by=freelancer, accept=False, note="Work done")
    offer = Notice.objects.get(recipient=client, kind="dispute.offered")
    assert offer.about == f"Contract #{contract.pk}: {contract.title}"


def test_a_rejection_sends_the_dispute_to_a_decision(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=freelancer, accept=False, note="Too little")
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_DECISION
    assert dispute.deadline_kind == "decision"
    assert _escrow(contract) == 50_000


def test_a_party_answers_a_proposal_once(freelancer, monkeypatch, frozen_clock, trust_safety_staff):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=client, accept=True)
    error = _refused(services.answer_proposal, dispute=dispute, by=client, accept=False)
    assert error.code == "proposal_already_answered"


def test_the_mediator_cannot_decide(freelancer, monkeypatch, frozen_clock, trust_safety_staff):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=client, accept=False)
    error = _refused(
        services.decide,
        dispute=dispute,
        by=trust_safety_staff,
        to_freelancer_minor=0,
        to_client_minor=50_000,
        reason="Refund",
    )
    assert error.code == "decider_must_differ"


def test_a_different_staff_member_decides_a_full_refund(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    decided_after_rejection(
        dispute,
        client,
        second_staff,
        to_freelancer=0,
        to_client=50_000,
        reason="Nothing usable was delivered.",
    )
    milestone.refresh_from_db()
    assert dispute.state == DisputeState.RESOLVED_REFUND
    assert dispute.decided_by == second_staff
    assert dispute.fee_minor == 0
    assert milestone.state == MilestoneState.REFUNDED
    assert _available(freelancer) == 0
    assert _escrow(contract) == 0


def test_a_decision_to_release_everything(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    decided_after_rejection(
        dispute,
        freelancer,
        second_staff,
        to_freelancer=50_000,
        to_client=0,
        reason="The work matches the brief.",
    )
    assert dispute.state == DisputeState.RESOLVED_RELEASE
    assert _available(freelancer) == 47_500


def test_a_decision_before_awaiting_decision_is_refused(
    freelancer, monkeypatch, frozen_clock, second_staff
):
    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    error = _refused(
        services.decide,
        dispute=dispute,
        by=second_staff,
        to_freelancer_minor=50_000,
        to_client_minor=0,
        reason="Early",
    )
    assert error.code == "invalid_transition"


def test_a_trust_and_safety_freeze_still_stops_the_decision(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    services.answer_proposal(dispute=dispute, by=client, accept=False)
    freezes.freeze_escrow(
        contract=contract,
        source="trust_safety",
        reference="case:4",
        reason="Fraud review of this account.",
    )
    error = _refused(
        services.decide,
        dispute=dispute,
        by=second_staff,
        to_freelancer_minor=50_000,
        to_client_minor=0,
        reason="Release",
    )
    assert error.code == "escrow_frozen"
    assert "Trust & Safety (case #4)" in error.message
    dispute.refresh_from_db()
    assert dispute.state == DisputeState.AWAITING_DECISION
    assert dispute.freeze.lifted_at is None
    assert _escrow(contract) == 50_000


# --- Withdrawal --------------------------------------------------------------------------------


def test_the_opener_withdraws_and_the_review_clock_resumes(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    frozen_clock.advance(days=3)
    services.withdraw_dispute(dispute=dispute, by=client, reason="We sorted it out.")
    dispute.refresh_from_db()
    milestone.refresh_from_db()
    assert dispute.state == DisputeState.WITHDRAWN
    assert milestone.review_deadline == frozen_clock.now() + timedelta(
        days=contract.review_period_days
    )
    escrow.approve_milestone(milestone=milestone, by=client)


def test_only_the_opener_withdraws(freelancer, monkeypatch, frozen_clock):
    contract, client, milestone, dispute = opened_by_client(freelancer, monkeypatch, frozen_clock)
    error = _refused(services.withdraw_dispute, dispute=dispute, by=freelancer)
    assert error.code == "wrong_party"


def test_a_resolved_dispute_cannot_be_withdrawn(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    accepted_by_both(dispute, client, freelancer)
    error = _refused(services.withdraw_dispute, dispute=dispute, by=client)
    assert error.code == "invalid_transition"


# --- What each person sees ---------------------------------------------------------------------


def test_staff_notes_and_internal_steps_stay_internal(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff
):
    from directcontracts.disputes import selectors

    contract, client, milestone, dispute = in_mediation(freelancer, monkeypatch, frozen_clock)
    services.take_mediation(dispute=dispute, by=trust_safety_staff)
    services.add_staff_note(dispute=dispute, by=trust_safety_staff, body="Client seems right.")
    assert selectors.staff_notes_for(dispute, client) == []
    assert not selectors.events_for(dispute, client).filter(internal=True).exists()
    assert selectors.events_for(dispute, trust_safety_staff).filter(internal=True).count() == 2
    assert not contract.events.filter(
        kind__in=["dispute.staff_note", "dispute.mediator_assigned"]
    ).exists()
    assert DisputeEvent.objects.filter(kind="dispute.staff_note", actor=trust_safety_staff).exists()


def test_the_partial_approval_remainder_can_be_decided(
    freelancer, monkeypatch, frozen_clock, trust_safety_staff, second_staff
):
    """Whatever escrow still holds for a milestone is what a dispute decides."""
    contract, client, milestone = submitted_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=10_000)
    milestone.refresh_from_db()
    dispute = services.open_dispute(milestone=milestone, by=client, statement=STATEMENT)
    assert dispute.amount_minor == 40_000
    services.add_statement(dispute=dispute, by=freelancer, body="My side")
    services.propose(
        dispute=dispute,
        by=trust_safety_staff,
        to_freelancer_minor=20_000,
        to_client_minor=20_000,
        reason="Half of what is left each.",
    )
    accepted_by_both(dispute, client, freelancer)
    milestone.refresh_from_db()
    assert milestone.refunded_amount_minor == 30_000
    assert milestone.released_amount_minor == 20_000
    assert _escrow(contract) == 0


def test_a_split_milestone_has_a_receipt(freelancer, monkeypatch, frozen_clock, trust_safety_staff):
    from directcontracts.contracts.statements import build_receipt

    contract, client, milestone, dispute = with_proposal(
        freelancer, monkeypatch, frozen_clock, trust_safety_staff
    )
    accepted_by_both(dispute, client, freelancer)
    milestone.refresh_from_db()
    assert build_receipt(milestone).startswith(b"%PDF-")
