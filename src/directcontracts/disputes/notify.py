"""Telling people about a dispute step: an in-app notice and email to each person named,
and a signed webhook event for both parties' endpoints (with the dispute's public fields).
Called in the transaction of the step; notifications act only after it commits."""

from __future__ import annotations

from typing import Any

from directcontracts.accounts.models import User
from directcontracts.contracts.announce import contract_label, contract_payload
from directcontracts.disputes.models import ChargebackCase, Dispute
from directcontracts.notifications.services import emit_event, notify

EVENT_TYPES = {
    "dispute.offered": "A refund request was declined: the client may open a dispute.",
    "dispute.opened": "A party opened a dispute on a milestone; its escrow is frozen.",
    "dispute.statement_added": "A party added a statement or evidence to a dispute.",
    "dispute.in_mediation": "Both parties gave their side; a mediator proposes next.",
    "dispute.proposal_made": "The mediator proposed an outcome; each party accepts or rejects.",
    "dispute.proposal_accepted": "A party accepted the mediator's proposal.",
    "dispute.awaiting_decision": "A Trust & Safety member decides the dispute.",
    "dispute.resolved": "A dispute was resolved and its escrow released, refunded or split.",
    "dispute.withdrawn": "A dispute was withdrawn; the escrow is unfrozen.",
    "chargeback.opened": "The payer's bank took a payment back.",
    "chargeback.won": "The bank decided a chargeback for the platform; holds are lifted.",
    "chargeback.lost": "The bank decided a chargeback for the payer.",
    "escrow.dormancy_notice": "Money in escrow has had no activity and will become dormant.",
    "escrow.dormant": "Money in escrow is dormant: the freelancer may request release.",
    "escrow.dormant_release_requested": "The freelancer asked for dormant escrow to be released.",
    "escrow.dormant_returned": "Dormant escrow went back to the client.",
    "escrow.dormant_released": "Dormant escrow was released to the freelancer.",
}


def dispute_url(dispute: Dispute) -> str:
    return f"/disputes/{dispute.pk}/"


def dispute_payload(dispute: Dispute) -> dict[str, Any]:
    data = contract_payload(dispute.contract, dispute.milestone)
    data["dispute"] = {
        "id": dispute.pk,
        "state": dispute.state,
        "opener_role": dispute.opener_role,
        "currency": dispute.currency,
        "amount_minor": dispute.amount_minor,
        "claim_minor": dispute.claim_minor,
        "deadline_at": dispute.deadline_at.isoformat() if dispute.deadline_at else None,
        "deadline_kind": dispute.deadline_kind,
        "to_freelancer_minor": dispute.to_freelancer_minor,
        "to_client_minor": dispute.to_client_minor,
        "fee_minor": dispute.fee_minor,
        "resolution": dispute.resolution,
    }
    return data


def tell(
    dispute: Dispute, *, kind: str, title: str, body: str, to: list[User | None], key: str
) -> None:
    tell_each(dispute, kind=kind, title=title, bodies=[(person, body) for person in to], key=key)


def tell_each(
    dispute: Dispute, *, kind: str, title: str, bodies: list[tuple[User | None, str]], key: str
) -> None:
    """`tell` with a body of each person's own, so each is addressed in their own terms."""
    about = contract_label(dispute.contract)
    for person, body in bodies:
        if person is not None:
            notify(
                recipient=person,
                kind=kind,
                title=title[:200],
                body=body,
                url=dispute_url(dispute),
                about=about,
                link_text=f"Open dispute #{dispute.pk}",
            )
    contract = dispute.contract
    emit_event(
        event_type=kind,
        owner_ids=[pk for pk in (contract.freelancer_id, contract.client_id) if pk is not None],
        data=dispute_payload(dispute),
        idempotency_key=key,
    )


def tell_freelancer_of_chargeback(
    case: ChargebackCase, *, kind: str, title: str, body: str, key: str
) -> None:
    contract = case.contract
    notify(
        recipient=contract.freelancer,
        kind=kind,
        title=title[:200],
        body=body,
        url="/earnings/",
        about=contract_label(contract),
        link_text="See your earnings and payouts",
    )
    emit_event(
        event_type=kind,
        owner_ids=[contract.freelancer_id],
        data={
            **contract_payload(contract, case.milestone),
            "chargeback": {
                "id": case.pk,
                "state": case.state,
                "currency": case.currency,
                "amount_minor": case.amount_minor,
                "at_risk_minor": case.at_risk_minor,
                "recovered_minor": case.recovered_minor,
            },
        },
        idempotency_key=key,
    )
