"""What happens when a dispute's deadline passes (the default outcomes).

| state at the deadline | what happens |
|---|---|
| awaiting_response | the other party loses by default: the opener gets what they asked for |
| in_mediation | no proposal in time: a Trust & Safety member decides (awaiting_decision) |
| proposal_made | a party that did not answer loses by default if the other answered: all of the escrow goes to the one who answered; if neither answered, the proposal stands |
| awaiting_decision | nothing automatic: overdue decisions lead the staff queue |

Each step runs in its own money transaction and claims the dispute with compare-and-set,
so a late or duplicate task (or the sweep running twice) changes nothing. A step whose
outcome is stopped by another freeze (Trust & Safety's) is left as it is and retried by
the next sweep.
"""

from __future__ import annotations

import logging
from functools import partial

from directcontracts.contracts import settlement
from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.disputes import services
from directcontracts.disputes.models import Answer, Dispute, DisputeState, Party, Resolution
from directcontracts.ledger.composition import money_transaction

logger = logging.getLogger(__name__)
AUTOMATIC = (DisputeState.AWAITING_RESPONSE, DisputeState.IN_MEDIATION, DisputeState.PROPOSAL_MADE)


def run_due_deadlines() -> int:
    """Apply every passed deadline; returns how many disputes moved."""
    due = list(
        Dispute.objects.filter(state__in=AUTOMATIC, deadline_at__lte=clock.now())
        .order_by("deadline_at", "id")
        .values_list("pk", flat=True)[:500]
    )
    moved = 0
    for pk in due:
        try:
            moved += int(money_transaction(partial(_apply_deadline, pk)))
        except DomainError as refused:
            logger.warning("dispute %s deadline not applied: %s", pk, refused.message)
    return moved


def _apply_deadline(pk: int) -> bool:
    dispute = Dispute.objects.get(pk=pk)
    milestone = settlement.lock_milestone(dispute.milestone_id)
    dispute = Dispute.objects.select_related("contract", "milestone", "freeze").get(pk=pk)
    if dispute.state not in AUTOMATIC or dispute.deadline_at is None:
        return False
    if dispute.deadline_at > clock.now():
        return False  # moved on (a statement, an answer) since the sweep looked
    if dispute.state == DisputeState.AWAITING_RESPONSE:
        _respondent_loses(dispute, milestone.escrow_minor)
    elif dispute.state == DisputeState.IN_MEDIATION:
        services._to_decision(
            dispute,
            actor=None,
            actor_label="dispute timer",
            message="No proposal was made in time.",
        )
    else:
        _proposal_deadline(dispute, milestone.escrow_minor)
    return True


def _opener_wins(dispute: Dispute, held: int) -> tuple[int, int]:
    claim = min(dispute.claim_minor, held)
    if dispute.opener_role == Party.CLIENT:
        return held - claim, claim
    return claim, held - claim


def _respondent_loses(dispute: Dispute, held: int) -> None:
    to_freelancer, to_client = _opener_wins(dispute, held)
    who = services.ROLE_LABEL[dispute.respondent_role]
    services.execute(
        dispute,
        to_freelancer_minor=to_freelancer,
        to_client_minor=to_client,
        resolution=Resolution.DEFAULT,
        reason=f"The {who} did not respond in time, so they lose by default.",
        actor_label="response deadline passed",
    )


def _proposal_deadline(dispute: Dispute, held: int) -> None:
    proposal = services.latest_proposal(dispute)
    assert proposal is not None  # noqa: S101 - PROPOSAL_MADE always has one
    client, freelancer = proposal.client_answer, proposal.freelancer_answer
    if client == Answer.ACCEPTED and not freelancer:
        shares, reason = (
            (0, held),
            "The freelancer did not answer the proposal in time, so they lose by default.",
        )
    elif freelancer == Answer.ACCEPTED and not client:
        shares, reason = (
            (held, 0),
            "The client did not answer the proposal in time, so they lose by default.",
        )
    else:
        shares = (proposal.to_freelancer_minor, proposal.to_client_minor)
        reason = f"Neither party answered the proposal in time, so it stands. {proposal.reason}"
    services.execute(
        dispute,
        to_freelancer_minor=shares[0],
        to_client_minor=shares[1],
        resolution=Resolution.DEFAULT,
        reason=reason,
        actor_label="answer deadline passed",
    )
