"""Actions on what a case is about: warn, hold or freeze a contract, unfreeze, suspend.

Each needs a reason, is audited on the case, and is remembered on the case (the audit
entries say what to undo when an appeal overturns it). Money is stopped through contracts'
freeze services (contracts knows nothing of Trust & Safety): a frozen contract's escrow
cannot be released, refunded or funded until unfrozen, and both parties see why.
"""

from __future__ import annotations

from django.db import transaction

from directcontracts.accounts.models import User
from directcontracts.accounts.services import end_other_sessions, revoke_all_api_tokens
from directcontracts.contracts import freezes
from directcontracts.contracts.freeze_models import EscrowFreeze, FreezeSource
from directcontracts.contracts.models import Contract, ContractState, Message
from directcontracts.core.errors import Conflict, DomainError
from directcontracts.notifications.notices import notify
from directcontracts.trust.actions import _audit, _reason, require_trust_staff
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import Case, CaseState

OPEN_CONTRACT_STATES = (ContractState.ACTIVE, ContractState.INVITED)


def contract_of(case: Case) -> Contract | None:
    """The contract a case is about, directly or through one of its messages."""
    if not case.target_id.isdigit():
        return None
    pk = int(case.target_id)
    if case.target_kind in ("contract", "invitation"):
        return Contract.objects.filter(pk=pk).first()
    if case.target_kind == "message":
        message = Message.objects.filter(pk=pk).select_related("contract").first()
        return message.contract if message else None
    return None


def _require_live(case: Case) -> None:
    if case.state == CaseState.CLOSED:
        raise Conflict(TrustErrorCode.CASE_CLOSED, "This case is closed: reopen it first.")


def _require_contract(case: Case) -> Contract:
    contract = contract_of(case)
    if contract is None:
        raise DomainError(
            TrustErrorCode.NO_CONTRACT, "This case is not about a contract, so there is no escrow."
        )
    return contract


def _appeal_note(case: Case) -> str:
    return (
        f"Reference {case.reference}. The person it concerns can appeal within 180 days at "
        f"/trust/appeals/{case.reference}/."
    )


def freeze_contract_escrow(*, case: Case, by: User, reason: str) -> EscrowFreeze:
    require_trust_staff(by)
    text = _reason(reason)
    _require_live(case)
    contract = _require_contract(case)
    with transaction.atomic():
        freeze = freezes.freeze_escrow(
            contract=contract,
            source=FreezeSource.TRUST_SAFETY,
            reference=case.reference,
            reason="Trust & Safety are reviewing this contract; its escrow is frozen until they "
            f"finish. {_appeal_note(case)}",
            by=by,
        )
        _audit(case, by, "freeze_escrow", text, contract=contract.pk, freeze=freeze.pk)
    return freeze


def hold_whole_contract(*, case: Case, by: User, reason: str) -> EscrowFreeze:
    require_trust_staff(by)
    text = _reason(reason)
    _require_live(case)
    contract = _require_contract(case)
    with transaction.atomic():
        freeze = freezes.hold_contract(
            contract=contract,
            source=FreezeSource.TRUST_SAFETY,
            reference=case.reference,
            reason=f"Trust & Safety put this contract on hold. {_appeal_note(case)}",
            by=by,
        )
        _audit(case, by, "hold_contract", text, contract=contract.pk, freeze=freeze.pk)
    return freeze


def lift_case_freezes(case: Case, by: User, reason: str) -> int:
    lifted = 0
    for freeze in EscrowFreeze.objects.filter(
        source=FreezeSource.TRUST_SAFETY, reference=case.reference, lifted_at__isnull=True
    ):
        freezes.lift_freeze(freeze=freeze, by=by, reason=reason)
        lifted += 1
    return lifted


def unfreeze(*, case: Case, by: User, reason: str) -> int:
    require_trust_staff(by)
    text = _reason(reason)
    with transaction.atomic():
        lifted = lift_case_freezes(case, by, "Trust & Safety finished their review.")
        if not lifted:
            raise Conflict(TrustErrorCode.NOTHING_FROZEN, "Nothing of this case is frozen.")
        _audit(case, by, "unfreeze", text, lifted=lifted)
    return lifted


def _subject(case: Case) -> User:
    person = User.objects.filter(pk=case.subject_user_id).first() if case.subject_user_id else None
    if person is None:
        raise DomainError(TrustErrorCode.NO_SUBJECT, "This case names no person to act on.")
    return person


def warn(*, case: Case, by: User, reason: str) -> None:
    require_trust_staff(by)
    text = _reason(reason)
    _require_live(case)
    person = _subject(case)
    with transaction.atomic():
        notify(
            recipient=person,
            kind="trust.warning",
            title="A warning from Trust & Safety",
            body=f"{text}\n\nPlease follow our policies; a repeat can lead to suspension. "
            f"{_appeal_note(case)}",
            url=f"/trust/appeals/{case.reference}/",
        )
        _audit(case, by, "warn", text, person=person.pk)


def suspend(*, case: Case, by: User, reason: str) -> int:
    """The account stops at once: signed out everywhere, API tokens revoked, its open
    contracts held. Returns how many contracts were held."""
    require_trust_staff(by)
    text = _reason(reason)
    _require_live(case)
    person = _subject(case)
    if person.is_staff:
        raise DomainError(TrustErrorCode.NO_SUBJECT, "Staff accounts are managed by an admin.")
    with transaction.atomic():
        User.objects.filter(pk=person.pk).update(is_active=False)
        end_other_sessions(user=person, keep_session_key=None)
        revoke_all_api_tokens(user=person, reason="account suspended by Trust & Safety")
        held = 0
        for contract in Contract.objects.filter(state__in=OPEN_CONTRACT_STATES).filter(
            freelancer=person
        ) | Contract.objects.filter(state__in=OPEN_CONTRACT_STATES, client=person):
            freezes.hold_contract(
                contract=contract,
                source=FreezeSource.TRUST_SAFETY,
                reference=case.reference,
                reason="A party's account is suspended while Trust & Safety review it.",
                by=by,
            )
            held += 1
        _audit(case, by, "suspend", text, person=person.pk, held=held)
    return held


def reinstate(case: Case, by: User, reason: str) -> None:
    """Undo a suspension made in this case (an overturned appeal)."""
    person = _subject(case)
    User.objects.filter(pk=person.pk).update(is_active=True)
    lift_case_freezes(case, by, reason)
