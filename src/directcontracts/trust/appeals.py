"""Appeals: a person actioned in a case may appeal once, within 180 days of the action,
with a statement; a Trust & Safety member who took no action in the case decides. Upheld,
the action stands; overturned, it is undone (freezes lifted, a suspension reinstated) as far
as it can be: a refund to the client stays refunded (money back on a card is not taken
back), and the decision's audit entry, the notice and both pages say so. Both outcomes are
told to the person."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction

from directcontracts.accounts.models import User
from directcontracts.contracts.money import display
from directcontracts.core import clock
from directcontracts.core.errors import Conflict, DomainError, NotFound
from directcontracts.core.validation import CONTROL_CHARACTERS, find_control_character, message_for
from directcontracts.ledger.locks import lock_rows
from directcontracts.notifications.notices import notify
from directcontracts.trust import appeal_links, enforcement
from directcontracts.trust.actions import _audit, _locked, _reason, require_case_handler
from directcontracts.trust.discretion import refuse_naming_reporters
from directcontracts.trust.errors import TrustErrorCode
from directcontracts.trust.models import Appeal, AppealState, AuditEntry, Case, Outcome
from directcontracts.trust.own_content import content_of_subject
from directcontracts.trust.stakes import ACTIONS_AGAINST_A_PERSON, contract_of
from directcontracts.trust.stopped import STOPS, UNDOES

APPEAL_WINDOW = timedelta(days=180)
ACTIONS_ON_A_PERSON = (*ACTIONS_AGAINST_A_PERSON, "upheld")
MAX_STATEMENT = 4000


def _actions(case: Case) -> list[AuditEntry]:
    return list(case.audit.filter(action__in=ACTIONS_ON_A_PERSON).order_by("created_at"))


def took_action_in(case: Case, user: User | AnonymousUser) -> bool:
    """True when `user` took an action on the person in `case`: they may not decide its
    appeal (the case page offers them no form, `decide_appeal` refuses them)."""
    return any(entry.actor_id == user.pk for entry in _actions(case))


def appealable_case(*, reference: str, by: User) -> Case:
    """The case `by` may appeal, or "not found" (nobody learns of cases not about them)."""
    case = Case.objects.filter(reference=reference[:20], subject_user_id=by.pk).first()
    if case is None or not _actions(case):
        raise NotFound("There is no action to appeal there.", code=TrustErrorCode.CASE_NOT_FOUND)
    return case


def appealed_actions(case: Case) -> list[AuditEntry]:
    """The actions against the person in `case`, oldest first: what an appeal is about."""
    return [entry for entry in _actions(case) if entry.action != "upheld"]


def appeal_deadline(case: Case) -> datetime:
    """The last moment an appeal of `case` is accepted: 180 days after its latest action."""
    return _actions(case)[-1].created_at + APPEAL_WINDOW


# Why an emailed appeal link no longer opens the appeal. The link is for a person who can't
# sign in (a suspended or banned account); once that is over it must not keep working for
# whoever holds the email.
LINK_NOT_VALID = "not_valid"  # a bad signature, another case, or past its 180 days
LINK_REINSTATED = "reinstated"  # the account is open again: sign in instead
LINK_STOP_LIFTED = "stop_lifted"  # this case's stop was undone; another case's still stands
# Why the appeal page (signed in) takes no appeal: the case's suspension was lifted already.
ACTION_LIFTED = "action_lifted"


def link_no_longer_applies(case: Case, person: User) -> str | None:
    """Why the emailed appeal link of `case` no longer opens it for `person`, or None while
    it does. A decided appeal is still read by the link (no form) while the account stays
    closed: the person can't read it any other way."""
    if person.is_active:
        return LINK_REINSTATED
    if case.appeals.exclude(state=AppealState.PENDING).filter(appellant=person).exists():
        return None
    # The same rule as the signed-in page: a later action of the case is still appealed here.
    return LINK_STOP_LIFTED if lifted_stop_refusal(case) is not None else None


def _lifting(case: Case) -> AuditEntry | None:
    """The audit entry that undid the suspension or ban made in `case` (reinstated, appeal
    accepted), or None while it stands or when the case stopped no one."""
    lifting: AuditEntry | None = None
    for entry in case.audit.filter(action__in=STOPS + UNDOES).order_by("created_at", "pk"):
        lifting = None if entry.action in STOPS else entry
    return lifting


def stop_lifted_at(case: Case) -> datetime | None:
    """When the suspension or ban made in `case` was undone (reinstated, appeal accepted),
    or None while it stands or when the case stopped no one."""
    lifting = _lifting(case)
    return lifting.created_at if lifting is not None else None


def actions_after(case: Case, entry: AuditEntry) -> list[AuditEntry]:
    """The actions against the person in `case` taken after `entry`, oldest first."""
    return [
        action
        for action in appealed_actions(case)
        if (action.created_at, action.pk) > (entry.created_at, entry.pk)
    ]


# What a dismissal lifts (trust/case_holds.py): a dismissed case whose only actions against
# the person were these has nothing left standing to appeal.
LIFTED_BY_DISMISSAL = ("freeze_escrow", "hold_contract")


def _dismissal_that_lifted_everything(case: Case) -> AuditEntry | None:
    """The dismissal of `case` when it is dismissed and took no action against the person
    but freezes and holds (which the dismissal lifted), else None."""
    if case.outcome != Outcome.DISMISSED:
        return None
    done = appealed_actions(case)
    if not done or any(entry.action not in LIFTED_BY_DISMISSAL for entry in done):
        return None
    return case.audit.filter(action=Outcome.DISMISSED).order_by("pk").last()


def lifted_stop_refusal(case: Case) -> Conflict | None:
    """The refusal of an appeal of `case` once its suspension or ban no longer stands (staff
    reinstated the account, or an appeal was accepted) and no action was taken in the case
    since, else None. The rule follows the latest action: a warning or a freeze after the
    lifting stands, and is appealed like any other. A case dismissed with only freezes and
    holds to its name is refused too: the dismissal lifted them (an appeal would wait in
    the queue for a decision about nothing)."""
    if (dismissal := _dismissal_that_lifted_everything(case)) is not None:
        return Conflict(
            TrustErrorCode.APPEAL_ACTION_LIFTED,
            f"This case was closed on {dismissal.created_at:%-d %B %Y} with no action taken: "
            "what it froze or held was lifted then; there is nothing to appeal.",
        )
    lifting = _lifting(case)
    if lifting is None or actions_after(case, lifting):
        return None
    lifted = lifting.created_at
    what = "ban" if case.audit.filter(action="ban").exists() else "suspension"
    return Conflict(
        TrustErrorCode.APPEAL_ACTION_LIFTED,
        f"This {what} was lifted on {lifted:%-d %B %Y}; there is nothing to appeal.",
    )


# An appeal's state as the person who appealed reads it: what happened, and what is next.
# (The stored states and their labels are Trust & Safety's: "upheld" means the action stands.)
APPELLANT_WORDS: dict[str, tuple[str, str]] = {
    AppealState.PENDING: (
        "Waiting for a decision",
        "A member of Trust & Safety who took no part in the decision reviews it.",
    ),
    AppealState.UPHELD: (
        "Refused: the action stands",
        "A second member of Trust & Safety reviewed your appeal and kept the action. "
        "An appeal is possible once per case, so this decision is final.",
    ),
    AppealState.OVERTURNED: (
        "Accepted: the action was undone",
        "A second member of Trust & Safety reviewed your appeal and undid the action.",
    ),
}


def actions_since_decision(case: Case, decided: Appeal) -> list[AuditEntry]:
    """The actions taken in `case` after its appeal `decided` was decided: the appeal was the
    case's one, so they can no longer be appealed (the appeal page says what to do)."""
    if decided.state == AppealState.PENDING:
        return []
    decision = decision_entry(case, decided)
    return actions_after(case, decision) if decision is not None else []


def _once_per_case_refusal(case: Case, existing: Appeal) -> Conflict:
    if existing.state == AppealState.PENDING:
        return Conflict(
            TrustErrorCode.APPEAL_NOT_ALLOWED,
            "Your appeal of this case is waiting for a decision: it covers every action in "
            "the case, so there is nothing more to send.",
        )
    day = f"{existing.decided_at:%-d %B %Y}" if existing.decided_at else "earlier"
    return Conflict(
        TrustErrorCode.APPEAL_NOT_ALLOWED,
        f"You already appealed this case; the appeal was decided on {day}. An appeal is "
        "possible once per case, so a later action in it can't be appealed: if you think it "
        "is wrong, ask our team through Get Help.",
    )


def appeal(*, reference: str, by: User, statement: str) -> Appeal:
    case = appealable_case(reference=reference, by=by)
    if (refusal := lifted_stop_refusal(case)) is not None:
        raise refusal
    if (existing := case.appeals.filter(appellant=by).first()) is not None:
        raise _once_per_case_refusal(case, existing)
    text = (statement or "").strip()
    if not text or len(text) > MAX_STATEMENT:
        raise DomainError(
            TrustErrorCode.APPEAL_NOT_ALLOWED,
            f"Explain in up to {MAX_STATEMENT:,} characters why the action was wrong.",
        )
    # Read by Trust & Safety: a direction override would reverse the words after it (round H).
    if char := find_control_character(text, multiline=True):
        raise DomainError(CONTROL_CHARACTERS, message_for(char, multiline=True), field="statement")
    if clock.now() - _actions(case)[-1].created_at > APPEAL_WINDOW:
        raise DomainError(
            TrustErrorCode.APPEAL_NOT_ALLOWED, "Appeals are possible for 180 days after an action."
        )
    try:
        with transaction.atomic():
            return Appeal.objects.create(case=case, appellant=by, statement=text)
    except IntegrityError:
        raise Conflict(
            TrustErrorCode.APPEAL_NOT_ALLOWED, "You have already appealed this case."
        ) from None


def decide_appeal(*, appeal: Appeal, by: User, overturn: bool, reason: str) -> Appeal:
    require_case_handler(by, appeal.case)
    text = _reason(reason)
    # The person who appealed reads it (in the notice and on their appeal page).
    refuse_naming_reporters(text, appeal.case, field="The reason for the decision")
    with transaction.atomic():
        # The case first, as every action on it does: an action landing while the appeal is
        # decided either comes before (and is undone with the rest) or after (a new action).
        case = _locked(appeal.case)
        locked = lock_rows(Appeal, [appeal.pk])[0]
        if locked.state != AppealState.PENDING:
            raise Conflict(TrustErrorCode.APPEAL_DECIDED, "This appeal was already decided.")
        locked.case = case
        if took_action_in(case, by):
            raise DomainError(
                TrustErrorCode.APPEAL_SAME_STAFF,
                "Someone who took no action in this case must decide its appeal.",
                status=403,
            )
        undone = _undo(case, by) if overturn else {}
        locked.state = AppealState.OVERTURNED if overturn else AppealState.UPHELD
        locked.decided_by = by
        locked.decided_at = clock.now()
        locked.decision_reason = text
        locked.save(update_fields=["state", "decided_by", "decided_at", "decision_reason"])
        _audit(case, by, f"appeal_{locked.state}", text, appeal=locked.pk, **undone)
        if not overturn:
            said = "A second member of Trust & Safety reviewed it; the action stands. "
        elif stands := _not_undone_words(undone):
            said = (
                "A second member of Trust & Safety reviewed it and undid what can be undone. "
                f"{stands} "
            )
        else:
            said = "A second member of Trust & Safety reviewed it and undid the action. "
        notify(
            recipient=locked.appellant,
            kind="trust.appeal_decided",
            title=f"Your appeal of {case.reference} was {'accepted' if overturn else 'refused'}",
            body=said + text,
            url=_decision_url(case, locked.appellant),
            # Named like the warning it answers, so the person knows which of theirs it is.
            about=own.about if (own := content_of_subject(case)) else "",
            link_text="Read the decision on your appeal",
        )
    return locked


def _decision_url(case: Case, appellant: User) -> str:
    """Where the decision is read: the appeal page, by its signed link while the account is
    still stopped (a refused appeal of a suspension or ban: the person can't sign in)."""
    appellant.refresh_from_db(fields=["is_active"])
    if appellant.is_active:
        return f"/trust/appeals/{case.reference}/"
    return appeal_links.appeal_url(case.reference, appellant)


# Actions an accepted appeal cannot undo: a refund went back to the client's card, and
# nothing takes it back (no ledger movement is made, or implied, by the appeal).
NOT_UNDONE = ("refund_client",)


def refund_that_stands(case: Case) -> tuple[int, str]:
    """What Trust & Safety refunded to the client in `case` (minor units, currency): an
    accepted appeal leaves it refunded. (0, "") when the case refunded nothing."""
    entries = case.audit.filter(action="refund_client")
    refunded = sum(int((entry.data or {}).get("refunded_minor") or 0) for entry in entries)
    contract = contract_of(case) if refunded else None
    return refunded, contract.currency if contract is not None else ""


def refund_words(minor: int, currency: str) -> str:
    """The sentence an accepted appeal's notice and pages give a refund that stands."""
    amount = display(minor, currency) if currency else "the money"
    return (
        f"The refund of {amount} to the client is not undone: a refund to a card can't be "
        "taken back, so that money stays with the client."
    )


def not_undone_words(decision: AuditEntry | None) -> str:
    """What an accepted appeal's decision could not undo, in words ("" when nothing)."""
    data = decision.data if decision is not None and isinstance(decision.data, dict) else {}
    return _not_undone_words(data)


def _not_undone_words(data: dict[str, object]) -> str:
    stands = data.get("not_undone")
    if not isinstance(stands, list) or not any(action in stands for action in NOT_UNDONE):
        return ""
    minor = data.get("refund_stands_minor")
    return refund_words(minor if isinstance(minor, int) else 0, str(data.get("currency", "")))


def decision_entry(case: Case, decided: Appeal) -> AuditEntry | None:
    """The audit entry of `decided`'s decision, or None while it waits."""
    return (
        case.audit.filter(action=f"appeal_{decided.state}", data__appeal=decided.pk)
        .order_by("-created_at", "-pk")
        .first()
    )


def _undo(case: Case, by: User) -> dict[str, object]:
    """Undo the case's actions; what was undone, and what could not be (a refund to the
    client stays refunded: `not_undone`, with the amount), for the decision's audit entry."""
    done = {entry.action for entry in _actions(case)}
    undone: dict[str, object] = {"undone": sorted(done - {"upheld", *NOT_UNDONE})}
    if stands := sorted(done & set(NOT_UNDONE)):
        refunded, currency = refund_that_stands(case)
        undone.update(not_undone=stands, refund_stands_minor=refunded, currency=currency)
    if done & {"suspend", "ban"}:
        other = enforcement.stop_in_another_case(case)
        if other is None:
            undone["reinstated"] = case.subject_user_id
        else:
            # This case's stop is undone; another case's still stands, so the account stays
            # closed (that one is undone only there).
            undone["still_stopped_by"] = other.case.reference if other.case else ""
        undone["lifted"] = enforcement.reinstate(case, by, "The appeal was accepted.")
    else:
        undone["lifted"] = enforcement.lift_case_freezes(case, by, "The appeal was accepted.")
    return undone
