"""Circumvention checks at the contract's check points (invitation opened and accepted;
payment method added and funding come with payments).

Design:

1. Each check records the client's identity signals and the matcher's decision (in the
   circumvention app) outside the contract's transaction, so the evidence survives a
   refusal.
2. `block`: the client is told the work must stay in the marketplace (with the sign-in
   link); the freelancer is told only that the contract cannot proceed, never about the
   client's other account; the contract is cancelled with that reason on its timeline.
3. `review`: the client is told a routine check is under way; the contract waits. Once
   Trust & Safety clear the held check, later checks for this contract no longer stop it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction

from directcontracts.accounts.models import User
from directcontracts.circumvention.models import Checkpoint, CircumventionCheck
from directcontracts.circumvention.services import (
    check_client,
    explain_review,
    refusal_for_client,
    refusal_for_freelancer,
)
from directcontracts.contracts.announce import announce
from directcontracts.contracts.models import Contract, ContractState, Invitation
from directcontracts.contracts.states import record_event, transition
from directcontracts.core import clock
from directcontracts.core.locks import lock_row


@dataclass(frozen=True)
class ClientContext:
    """What the client's browser or API call tells about them, besides what they type."""

    ip: str | None = None
    user_agent: str = ""
    device_id: str = ""


def subject_of(contract: Contract) -> str:
    return f"contract:{contract.pk}"


def _cleared(contract: Contract) -> bool:
    return CircumventionCheck.objects.filter(
        subject=subject_of(contract), review_state=CircumventionCheck.ReviewState.CLEARED
    ).exists()


def review_pending(contract: Contract) -> bool:
    """The client answered, and a circumvention check waits for Trust & Safety."""
    return (
        contract.state == ContractState.INVITED
        and CircumventionCheck.objects.filter(
            subject=subject_of(contract), review_state=CircumventionCheck.ReviewState.HELD
        ).exists()
    )


def explain(*, contract: Contract, text: str) -> None:
    """The invited client explains a held acceptance; Trust & Safety see it on the case."""
    explain_review(subject=subject_of(contract), text=text)


def record_invited(*, contract: Contract) -> None:
    """What the freelancer told us about the client, as the first signals (decides nothing)."""
    check_client(
        subject=subject_of(contract),
        checkpoint=Checkpoint.INVITED,
        email=contract.client_email,
        name=contract.client_name,
    )


def record_invitation_opened(*, invitation: Invitation, context: ClientContext) -> None:
    """Signals only: opening a link decides nothing."""
    check_client(
        subject=subject_of(invitation.contract),
        checkpoint=Checkpoint.INVITATION_OPENED,
        email=invitation.email,
        name=invitation.contract.client_name,
        device_id=context.device_id or None,
        ip=context.ip,
        user_agent=context.user_agent[:300] or None,
    )


def check_before_acceptance(
    *, invitation: Invitation, name: str, company: str, country: str, context: ClientContext
) -> None:
    """Raise the client's refusal when the matcher recognises an existing account holder."""
    contract = invitation.contract
    check = check_client(
        subject=subject_of(contract),
        checkpoint=Checkpoint.INVITATION_ACCEPTED,
        email=invitation.email,
        name=name,
        country=country or None,
        company=company or None,
        device_id=context.device_id or None,
        ip=context.ip,
        user_agent=context.user_agent[:300] or None,
    )
    _enforce(contract, check)


def check_client_signals(
    *,
    contract: Contract,
    client: User,
    checkpoint: str,
    payment_fingerprint: str = "",
    context: ClientContext,
) -> None:
    """The same check at payment-method creation and at funding, with the instrument."""
    profile = getattr(client, "client_profile", None)
    check = check_client(
        subject=subject_of(contract),
        checkpoint=checkpoint,
        email=client.email,
        name=(profile.name if profile else client.full_name) or None,
        country=(profile.country if profile else None) or None,
        company=(profile.company if profile else None) or None,
        payment_fingerprint=payment_fingerprint or None,
        device_id=context.device_id or None,
        ip=context.ip,
        user_agent=context.user_agent[:300] or None,
        client=client,
    )
    _enforce(contract, check)


def _enforce(contract: Contract, check: CircumventionCheck) -> None:
    refusal = refusal_for_client(check)
    if refusal is None or (
        check.decision == CircumventionCheck.Decision.REVIEW and _cleared(contract)
    ):
        return
    freelancer_message = refusal_for_freelancer(check)
    if check.decision == CircumventionCheck.Decision.BLOCK:
        _stop_contract(
            contract, freelancer_message.message if freelancer_message else refusal.message
        )
    else:
        _note_review(
            contract, freelancer_message.message if freelancer_message else refusal.message
        )
    raise refusal


def _stop_contract(contract: Contract, message: str) -> None:
    with transaction.atomic():
        locked = lock_row(Contract, contract.pk)
        if ContractState.CANCELLED not in locked.ALLOWED_TRANSITIONS.get(locked.state, set()):
            record_event(
                contract=locked,
                actor_label="Trust & Safety",
                kind="contract.circumvention_refused",
                message=message,
            )
            return
        transition(
            locked,
            ContractState.CANCELLED,
            actor_label="Trust & Safety",
            kind="contract.circumvention_refused",
            message=message,
        )
        locked.invitations.filter(answered_at__isnull=True, revoked_at__isnull=True).update(
            revoked_at=clock.now()
        )
        announce(
            locked,
            kind="contract.cancelled",
            title="This contract cannot proceed",
            body=message,
            to=[locked.freelancer],
            key=f"contract:{locked.pk}:circumvention",
        )


def _note_review(contract: Contract, message: str) -> None:
    if not contract.events.filter(kind="contract.identity_review").exists():
        record_event(
            contract=contract,
            actor_label="Trust & Safety",
            kind="contract.identity_review",
            message=message,
        )
