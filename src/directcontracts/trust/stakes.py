"""What is at stake in a case, read for its priority and shown on its page.

- money: what the ledger's escrow account of the case's contract holds (posted plus
  pending funding), in minor units of the contract's currency;
- the age of the account the case is about (new accounts are where fraud starts);
- prior actions: warnings, freezes, holds, refunds, suspensions and bans taken against the
  same person in other cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import CharField, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat

from directcontracts.accounts.models import User
from directcontracts.circumvention.models import CircumventionCheck
from directcontracts.contracts.access import contract_of_reference
from directcontracts.contracts.event_words import reference_words
from directcontracts.contracts.freeze_models import (
    EscrowFreeze,
    FreezeKind,
    FreezeSource,
    PayoutHold,
)
from directcontracts.contracts.models import Contract, ContractEvent, Message
from directcontracts.core import clock
from directcontracts.core.pagination import newest_first
from directcontracts.ledger import chart
from directcontracts.ledger.models import Account, AccountCode
from directcontracts.ledger.selectors import balance
from directcontracts.trust.models import AuditEntry, Case, CaseSignal

ACTIONS_AGAINST_A_PERSON = (
    "warn",
    "freeze_escrow",
    "hold_contract",
    "refund_client",
    "suspend",
    "ban",
)
TIMELINE_LENGTH = 50


@dataclass(frozen=True)
class Stakes:
    escrow_minor: int = 0
    currency: str = ""
    account_age_days: int | None = None
    prior_actions: int = 0


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


def contract_behind(case: Case) -> Contract | None:
    """The contract whose parties a case is about, for "staff never handle their own matter"
    (core/own_matter.py): `contract_of`, and also the contract behind a held item (a message
    or a contract's text), a circumvention check and an escalated Get Help request, which name
    it only indirectly. The actions (freezes, holds) keep acting on `contract_of` alone."""
    contract = contract_of(case)
    if contract is not None:
        return contract
    if case.target_kind == "held_item":
        if case.target_id.startswith("contract-text:"):
            return Contract.objects.filter(screening_ref=case.target_id[:80]).first()
        return contract_of_reference(case.target_id)
    if case.target_kind == "circumvention_check" and case.target_id.isdigit():
        check = CircumventionCheck.objects.filter(pk=int(case.target_id)).first()
        return contract_of_reference(check.subject) if check is not None else None
    if case.target_kind == "support_ticket":
        for evidence in case.signals.filter(source="support").values_list("evidence", flat=True):
            number = evidence.get("contract_id") if isinstance(evidence, dict) else None
            if isinstance(number, int):
                return Contract.objects.filter(pk=number).first()
    return None


def people_of(case: Case) -> list[int | None]:
    """Whom a case is about and who raised it: its subject and every signal's reporter."""
    reporters = case.signals.exclude(reporter_user_id=None).values_list(
        "reporter_user_id", flat=True
    )
    return [case.subject_user_id, *reporters]


def cases_about(user: object) -> Q:
    """The cases `contract_behind` and `people_of` say are about `user`, as one WHERE (for
    the lists that leave them out): subqueries, no rows read in Python."""
    user_id = getattr(user, "pk", None)
    if user_id is None:
        return Q(pk__in=[])
    theirs = Contract.objects.filter(Q(freelancer_id=user_id) | Q(client_id=user_id))
    as_text = Cast("pk", output_field=CharField())
    numbers = theirs.annotate(key=as_text).values("key")
    refs = theirs.annotate(key=Concat(Value("contract:"), as_text, output_field=CharField()))
    messages = Message.objects.filter(contract__in=theirs).annotate(key=as_text)
    checks = CircumventionCheck.objects.filter(subject__in=refs.values("key")).annotate(key=as_text)
    signals = CaseSignal.objects.filter(
        Q(reporter_user_id=user_id)
        | Q(source="support", evidence__contract_id__in=list(theirs.values_list("pk", flat=True)))
    )
    return (
        Q(subject_user_id=user_id)
        | Q(target_kind__in=("contract", "invitation"), target_id__in=numbers)
        | Q(target_kind="message", target_id__in=messages.values("key"))
        | Q(target_kind="held_item", target_id__in=refs.values("key"))
        | Q(
            target_kind="held_item",
            target_id__in=theirs.exclude(screening_ref="").values("screening_ref"),
        )
        | Q(target_kind="circumvention_check", target_id__in=checks.values("key"))
        | Q(pk__in=signals.values("case_id"))
    )


def escrow_held(contract: Contract) -> int:
    """The contract's escrow in the ledger (read only: no account is created)."""
    account = Account.objects.filter(
        code=AccountCode.ESCROW,
        owner_type=chart.CONTRACT,
        owner_id=contract.pk,
        currency=contract.currency,
        shard=0,
    ).first()
    if account is None:
        return 0
    held = balance(account_id=account.pk)
    return held.posted + max(held.pending, 0)


def prior_actions_against(person_id: int, *, other_than: Case) -> int:
    return (
        AuditEntry.objects.filter(
            case__subject_user_id=person_id, action__in=ACTIONS_AGAINST_A_PERSON
        )
        .exclude(case=other_than)
        .count()
    )


def case_freezes(case: Case) -> QuerySet[EscrowFreeze]:
    """The escrow freezes and contract holds this case put in place and nobody lifted."""
    return EscrowFreeze.objects.filter(
        source=FreezeSource.TRUST_SAFETY, reference=case.reference, lifted_at__isnull=True
    )


def case_payout_holds(case: Case) -> QuerySet[PayoutHold]:
    """The payout holds this case put in place that are still active."""
    return PayoutHold.objects.active().filter(
        source=FreezeSource.TRUST_SAFETY, reference=case.reference
    )


def has_something_frozen(case: Case) -> bool:
    """Whether a freeze, hold or payout hold this case put in place is still active: what
    Unfreeze (`enforcement.lift_case_freezes`) would lift. Two queries at most."""
    return case_freezes(case).exists() or case_payout_holds(case).exists()


def stakes_of(case: Case, contract: Contract | None) -> Stakes:
    person = (
        User.objects.filter(pk=case.subject_user_id).only("date_joined").first()
        if case.subject_user_id
        else None
    )
    return Stakes(
        escrow_minor=escrow_held(contract) if contract else 0,
        currency=contract.currency if contract else "",
        account_age_days=(clock.now() - person.date_joined).days if person else None,
        prior_actions=prior_actions_against(person.pk, other_than=case) if person else 0,
    )


@dataclass(frozen=True)
class TimelinePage:
    events: list[ContractEvent]
    older: int | None  # the cursor of the older page, when there is one


def timeline(contract: Contract, *, before: int | None = None) -> TimelinePage:
    """A page of the contract's events, newest first, for the case page; `before` is an
    event id (a cursor, so the page holds still while events arrive)."""
    rows = ContractEvent.objects.filter(contract=contract).select_related("actor", "milestone")
    shown, older = newest_first(rows, before=before, size=TIMELINE_LENGTH)
    return TimelinePage(events=shown, older=older)


# --- What is stopped on the contract, in staff words (the case page) -----------------------


@dataclass(frozen=True)
class StoppedForStaff:
    """A freeze or hold as staff read it: the parties' sentence ("ask them through Get
    Help", "your money ...") is theirs; staff need who, which case, why and since when."""

    what: str  # "Escrow frozen: the whole contract", "Contract on hold", ...
    by: str  # the member who froze it, or the part of the product that did
    reference: str  # "case TS-... (this case)", "dispute #12"
    case_reference: str  # a Trust & Safety case to link, or ""
    reason: str  # the freeze's staff_reason (typed on the case page), else its reason
    since: datetime


def stopped_for_staff(case: Case, contract: Contract) -> list[StoppedForStaff]:
    """Every active freeze and hold on `contract` (this case's and any other's), oldest
    first, in one query."""
    rows = (
        EscrowFreeze.objects.active()
        .filter(contract=contract)
        .select_related("milestone", "created_by")
        .order_by("created_at", "pk")[:50]
    )
    return [_in_staff_words(freeze, case) for freeze in rows]


def _in_staff_words(freeze: EscrowFreeze, case: Case) -> StoppedForStaff:
    if freeze.kind == FreezeKind.HOLD:
        what = "Contract on hold (no new funding, no release)"
    elif freeze.milestone is not None:
        what = f"Escrow frozen: milestone “{freeze.milestone.title}”"
    else:
        what = "Escrow frozen: the whole contract"
    source = FreezeSource(freeze.source)
    ours = source == FreezeSource.TRUST_SAFETY
    if ours:
        reference = f"case {freeze.reference}" + (
            " (this case)" if freeze.reference == case.reference else ""
        )
    else:
        reference = reference_words(freeze.reference)
    person = freeze.created_by
    by = f"{person.full_name or person.email} ({source.label})" if person else source.label
    return StoppedForStaff(
        what=what,
        by=by,
        reference=reference,
        case_reference=freeze.reference if ours else "",
        # Staff's own words where the freeze has them; else the one reason it was given
        # (a dispute's or a chargeback's).
        reason=freeze.staff_reason or freeze.reason,
        since=freeze.created_at,
    )
