"""Actions on what a case is about: warn, hold or freeze a contract, unfreeze, refund the
client, suspend or ban an account, reinstate.

Each needs a reason, is audited on the case, and is remembered on the case (the audit
entries say what to undo when an appeal overturns it). Money is stopped through contracts'
freeze services (contracts knows nothing of Trust & Safety): a frozen contract's escrow
cannot be released, refunded or funded until unfrozen, and both parties see why.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from directcontracts.accounts.models import User
from directcontracts.accounts.services import end_other_sessions, revoke_all_api_tokens
from directcontracts.contracts import freezes, settlement
from directcontracts.contracts.freeze_models import EscrowFreeze, FreezeKind, FreezeSource
from directcontracts.contracts.models import ESCROWED_STATES, Contract, ContractState, Milestone
from directcontracts.core import clock
from directcontracts.core.errors import Conflict, DomainError
from directcontracts.ledger.composition import money_transaction
from directcontracts.ledger.locks import lock_rows
from directcontracts.notifications.notices import absolute_url, notify
from directcontracts.trust import flags
from directcontracts.trust.actions import _audit, _locked, _reason, require_case_handler
from directcontracts.trust.appeal_links import appeal_url
from directcontracts.trust.discretion import refuse_naming_reporters
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import AuditEntry, Case, CaseState, Outcome
from directcontracts.trust.own_content import OwnContent, content_of_subject
from directcontracts.trust.stakes import case_freezes, case_payout_holds, contract_of
from directcontracts.trust.stopped import standing_stop

OPEN_CONTRACT_STATES = (ContractState.ACTIVE, ContractState.INVITED)
# The same warning on the same case this soon after is a double submit: the person is warned
# once (a later warning, or other words, is a new one).
WARNING_REPEAT_WINDOW = timedelta(minutes=1)


def _require_live(case: Case) -> None:
    if case.state == CaseState.CLOSED:
        raise Conflict(TrustErrorCode.CASE_CLOSED, "This case is closed: reopen it first.")


def _lock_live(case: Case) -> Case:
    """The case locked for this transaction, refused when it was closed meanwhile: an action
    checked against the page's copy of the case (`_require_live` before the transaction)
    would otherwise land on a case another member dismissed a moment ago."""
    locked = _locked(case)
    _require_live(locked)
    return locked


def _refuse_second(case: Case, kind: str) -> None:
    """Two members freezing (or holding) the same case at once, or a form posted twice: the
    first freeze stands, and the second is told so instead of auditing a freeze that never
    happened (the freeze services return the standing one)."""
    if case_freezes(case).filter(kind=kind).exists():
        if kind == FreezeKind.HOLD:
            raise Conflict(
                TrustErrorCode.ALREADY_HELD,
                "This case already holds the contract: nothing more was done.",
            )
        raise Conflict(
            TrustErrorCode.ALREADY_FROZEN,
            "This case already froze the contract's escrow: nothing more was done.",
        )


def _require_contract(case: Case) -> Contract:
    contract = contract_of(case)
    if contract is None:
        raise DomainError(
            TrustErrorCode.NO_CONTRACT, "This case is not about a contract, so there is no escrow."
        )
    return contract


APPEAL_LINK_TEXT = "Read why and appeal"


def _appeal_link(case: Case) -> dict[str, object]:
    """The appeal page as a freeze's link, for the person the case is about only: nobody else
    can open it (trust/appeals.py), so the other party reads what the freeze means for their
    money instead (contracts' `freezes.link_for`). A case about no one: no link."""
    person = _subject_or_none(case)
    if person is None:
        return {}
    return {
        "url": f"/trust/appeals/{case.reference}/",
        "url_for": person,
        "link_text": APPEAL_LINK_TEXT,
    }


def _reason_they_read(case: Case, reason: str) -> str:
    """The reason for an action against the person: they read it (in the notice, or on their
    appeal page), so it is refused when it names who reported them."""
    text = _reason(reason)
    refuse_naming_reporters(text, case, field="The reason")
    return text


def check_reason_they_read(case: Case, reason: str) -> str:
    """The reason an action against the person would carry, checked before the reviewer is
    asked to confirm an action that cannot be undone (the action checks it again)."""
    return _reason_they_read(case, reason)


FROZEN_FOR_REVIEW = "The contract is under review; the freeze is lifted when the review ends."
HELD_FOR_REVIEW = "The contract is under review; the hold is lifted when the review ends."


def freeze_contract_escrow(*, case: Case, by: User, reason: str) -> EscrowFreeze:
    require_case_handler(by, case)
    text = _reason_they_read(case, reason)
    _require_live(case)
    contract = _require_contract(case)
    with transaction.atomic():
        case = _lock_live(case)
        _refuse_second(case, FreezeKind.FREEZE_ESCROW)
        freeze = freezes.freeze_escrow(
            contract=contract,
            source=FreezeSource.TRUST_SAFETY,
            reference=case.reference,
            # The freeze's description names who froze it, the case and the day already.
            reason=FROZEN_FOR_REVIEW,
            staff_reason=text,  # the staff card reads it; the audit entry keeps it too
            by=by,
            **_appeal_link(case),  # type: ignore[arg-type]
        )
        _audit(case, by, "freeze_escrow", text, contract=contract.pk, freeze=freeze.pk)
    return freeze


def hold_whole_contract(*, case: Case, by: User, reason: str) -> EscrowFreeze:
    require_case_handler(by, case)
    text = _reason_they_read(case, reason)
    _require_live(case)
    contract = _require_contract(case)
    with transaction.atomic():
        case = _lock_live(case)
        _refuse_second(case, FreezeKind.HOLD)
        freeze = freezes.hold_contract(
            contract=contract,
            source=FreezeSource.TRUST_SAFETY,
            reference=case.reference,
            reason=HELD_FOR_REVIEW,
            staff_reason=text,  # the staff card reads it; the audit entry keeps it too
            by=by,
            **_appeal_link(case),  # type: ignore[arg-type]
        )
        _audit(case, by, "hold_contract", text, contract=contract.pk, freeze=freeze.pk)
    return freeze


def lift_case_freezes(case: Case, by: User, reason: str) -> int:
    """Lift every freeze, hold and payout hold this case put in place; returns how many."""
    lifted = 0
    for freeze in case_freezes(case):
        freezes.lift_freeze(freeze=freeze, by=by, reason=reason)
        lifted += 1
    for hold in case_payout_holds(case):
        freezes.lift_payout_hold(hold=hold, by=by, reason=reason)
        lifted += 1
    return lifted


def unfreeze(*, case: Case, by: User, reason: str) -> int:
    require_case_handler(by, case)
    text = _reason(reason)
    with transaction.atomic():
        case = _locked(case)
        lifted = lift_case_freezes(case, by, "Trust & Safety finished their review.")
        if not lifted:
            raise Conflict(TrustErrorCode.NOTHING_FROZEN, "Nothing of this case is frozen.")
        _audit(case, by, "unfreeze", text, lifted=lifted)
    return lifted


# The actions that answer the case's reports ("Action taken" for reporters) without closing
# it: the reviewer still closes the case (Uphold), as README's Trust & Safety section says.
# The one list: `_answer_the_reports` refuses any other action, and the case page reads it.
ANSWERING_ACTIONS = ("warn", "refund_client", "suspend", "ban")


def _answer_the_reports(case: Case, by: User, action: str, text: str, **data: object) -> None:
    """Audit an action that answers the case's reports, and tell their reporters: a finding
    acted on against the person or their content (`ANSWERING_ACTIONS`), so every open report
    reads "Action taken" at once, as when the case is upheld. A freeze or a hold is not one:
    it stops money while Trust & Safety are still reviewing, and Unfreeze undoes it (those
    actions call `_audit` alone)."""
    if action not in ANSWERING_ACTIONS:
        raise ValueError(f"{action!r} is not in ANSWERING_ACTIONS: declare it there first.")
    _audit(case, by, action, text, **data)
    flags.tell_reporters(case, Outcome.UPHELD)


def _subject_or_none(case: Case) -> User | None:
    """The person the case is about, if it names one who still exists."""
    if not case.subject_user_id:
        return None
    return User.objects.filter(pk=case.subject_user_id).first()


def _subject(case: Case) -> User:
    person = _subject_or_none(case)
    if person is None:
        raise DomainError(TrustErrorCode.NO_SUBJECT, "This case names no person to act on.")
    return person


def warn(*, case: Case, by: User, reason: str) -> None:
    require_case_handler(by, case)
    text = _reason_they_read(case, reason)
    _require_live(case)
    person = _subject(case)
    with transaction.atomic():
        # Behind the case's lock: two clicks at the same instant warn once.
        case = _lock_live(case)
        if _same_warning_just_given(case, text):
            return
        own = content_of_subject(case)
        notify(
            recipient=person,
            kind="trust.warning",
            title="A warning from Trust & Safety",
            # Sent to the person warned: "you", what of theirs it is about (never who
            # reported it or what they wrote), and the appeal link is the notice's own.
            body=f"{_about_line(own)}{text}\n\nPlease follow our policies; a repeat can lead "
            f"to suspension. Reference {case.reference}. If you think this is wrong, you can "
            "appeal within 180 days on the appeal page this notice links to.",
            url=f"/trust/appeals/{case.reference}/",
            about=own.about if own else "",
            links=(own.url,) if own else (),
            link_text="Read the warning and appeal it",
        )
        _answer_the_reports(case, by, "warn", text, person=person.pk)


def _about_line(own: OwnContent | None, *, with_link: bool = True) -> str:
    """The first lines of a notice to the person actioned: what of theirs it is about, and
    where to open it (not for a stopped account: the contract page needs a sign-in)."""
    if own is None:
        return ""
    if not with_link:
        return f"This is about {own.sentence}\n\n"
    return (
        f"This is about {own.sentence}\nOpen it on the contract page: {absolute_url(own.url)}\n\n"
    )


def _same_warning_just_given(case: Case, text: str) -> bool:
    since = clock.now() - WARNING_REPEAT_WINDOW
    return case.audit.filter(action="warn", reason=text, created_at__gte=since).exists()


def _hold_open_contracts(person: User, case: Case, by: User, text: str, notice: str) -> int:
    held = 0
    for contract in Contract.objects.filter(
        Q(freelancer=person) | Q(client=person), state__in=OPEN_CONTRACT_STATES
    ):
        freezes.hold_contract(
            contract=contract,
            source=FreezeSource.TRUST_SAFETY,
            reference=case.reference,
            # The other party reads this: say what happened ("closed" meant an account its
            # owner closed), not why (the staff reason stays on the audit trail).
            reason=f"A party's account was {notice}; the contract is on hold while Trust & "
            "Safety review it.",
            staff_reason=text,
            by=by,
        )
        held += 1
    return held


def _close_account(*, case: Case, by: User, reason: str, action: str, notice: str) -> int:
    """Stop an account at once: told by email with a signed appeal link (it can no longer
    sign in), signed out everywhere, API tokens revoked, its open contracts held."""
    require_case_handler(by, case)
    text = _reason_they_read(case, reason)
    _require_live(case)
    person = _subject(case)
    if person.is_staff:
        raise DomainError(TrustErrorCode.NO_SUBJECT, "Staff accounts are managed by an admin.")
    if not person.is_active:
        raise Conflict(TrustErrorCode.ACCOUNT_CLOSED, "This account is already closed.")
    own = content_of_subject(case)
    with transaction.atomic():
        # The case, then the person: two members stopping the same account at once (or a
        # suspension and a ban) queue here, and the second finds it already closed.
        case = _lock_live(case)
        if not lock_rows(User, [person.pk])[0].is_active:
            raise Conflict(TrustErrorCode.ACCOUNT_CLOSED, "This account is already closed.")
        notify(  # before deactivating: closed accounts get no email
            recipient=person,
            kind=f"trust.{action}",
            title=f"Your {settings.PLATFORM_NAME} account was {notice}",
            body=f"{_about_line(own, with_link=False)}{text}\n\nYou can appeal once within 180 "
            "days with the link below (you cannot sign in): a member of Trust & Safety who "
            "took no part decides.",
            url=appeal_url(case.reference, person),
            about=own.about if own else "",
            link_text="Appeal this decision (no sign-in needed)",
        )
        User.objects.filter(pk=person.pk).update(is_active=False)
        end_other_sessions(user=person, keep_session_key=None)
        revoke_all_api_tokens(user=person, reason=f"account {notice} by Trust & Safety")
        held = _hold_open_contracts(person, case, by, text, notice)
        _answer_the_reports(case, by, action, text, person=person.pk, held=held)
    return held


def suspend(*, case: Case, by: User, reason: str) -> int:
    """Close the account until Trust & Safety reinstate it; returns contracts held."""
    return _close_account(case=case, by=by, reason=reason, action="suspend", notice="suspended")


def ban(*, case: Case, by: User, reason: str) -> int:
    """Close the account for good: only an accepted appeal reopens it."""
    return _close_account(case=case, by=by, reason=reason, action="ban", notice="closed for good")


def stop_in_another_case(case: Case) -> AuditEntry | None:
    """A suspension or ban of the case's subject made in another case that still stands, or
    None. Undoing this case's stop must not undo that one: a ban is lifted by its appeal."""
    if not case.subject_user_id:
        return None
    return standing_stop(case.subject_user_id, except_case=case)


def reinstate(case: Case, by: User, reason: str) -> int:
    """Undo an account closure made in this case (an overturned appeal, or staff lifting a
    suspension); returns how many freezes and holds were lifted. The caller audits it.
    The account opens again only when no other case's suspension or ban still stands."""
    person = _subject(case)
    if stop_in_another_case(case) is None:
        User.objects.filter(pk=person.pk).update(is_active=True)
    return lift_case_freezes(case, by, reason)


def reinstate_account(*, case: Case, by: User, reason: str) -> None:
    """Staff lift a suspension made in this case; a ban is undone only by an appeal."""
    require_case_handler(by, case)
    text = _reason(reason)
    with transaction.atomic():
        case = _locked(case)
        _require_suspension_to_lift(case)
        lifted = reinstate(case, by, "Trust & Safety lifted the suspension.")
        _audit(case, by, "reinstate", text, person=case.subject_user_id, lifted=lifted)


def _require_suspension_to_lift(case: Case) -> None:
    done = set(case.audit.values_list("action", flat=True))
    if "ban" in done:
        raise Conflict(
            TrustErrorCode.BANNED,
            "A ban is undone only by an appeal decided by a member who took no action.",
        )
    if "suspend" not in done or _subject(case).is_active:
        raise Conflict(TrustErrorCode.NOTHING_TO_REINSTATE, "No suspension of this case stands.")
    if (other := stop_in_another_case(case)) is not None and other.case is not None:
        raise Conflict(
            TrustErrorCode.STOPPED_IN_ANOTHER_CASE,
            f"The account is also {'banned' if other.action == 'ban' else 'suspended'} in "
            f"case {other.case.reference}: lifting this suspension would open it. Work "
            "there; a ban is undone only by its appeal. Nothing was done.",
            case=other.case.reference,
        )


def refund_client(*, case: Case, by: User, reason: str) -> int:
    """Return everything the contract's escrow holds to the client, milestone by milestone,
    in one money transaction; this case's own freezes are lifted in it (another freeze, a
    dispute's, still stops it). Returns the amount refunded."""
    require_case_handler(by, case)
    text = _reason_they_read(case, reason)
    _require_live(case)
    contract = _require_contract(case)

    def work() -> int:
        locked_case = _lock_live(case)
        # Every milestone of the contract, in primary-key order (the order the freeze and
        # the money services lock them): one the client releases at this instant is either
        # released before and skipped here, or waits and finds its money refunded.
        held = [
            m
            for m in lock_rows(Milestone, contract.milestones.values_list("pk", flat=True))
            if m.state in ESCROWED_STATES
        ]
        lift_case_freezes(locked_case, by, "Trust & Safety refunded the client.")
        refunded = 0
        for milestone in held:
            refunded += settlement.refund_escrow(
                milestone=milestone,
                actor_label="Trust & Safety",
                reason=f"Trust & Safety refunded the client (case {case.reference}).",
            )
        if not refunded:
            raise Conflict(TrustErrorCode.NOTHING_IN_ESCROW, "Nothing is in escrow to refund.")
        _answer_the_reports(
            locked_case, by, "refund_client", text, contract=contract.pk, refunded_minor=refunded
        )
        return refunded

    return money_transaction(work)
