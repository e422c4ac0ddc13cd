"""Velocity and anomaly rules: patterns across events that one event alone does not show.

Rules are data (`VelocityRule`: what it counts, threshold, window, whether a hit holds
payouts), edited by Trust & Safety in the back office. Each product event (contract
invited or accepted, payment method added, payment declined or succeeded, milestone
funded or released, payout) is evaluated against the enabled rules that listen to it:

- in the background worker (a task enqueued when the transaction that made the event
  commits), so the money path pays one enqueue and never waits on a rule, inside its
  locks or after; a rule that fails is logged, never the payment;
- a hit (`VelocityHit`) names the rule and the events that matched and opens or joins the
  person's case (`core.concerns`, target "user"); with `hold_payouts` the freelancer's
  payouts in that currency wait until the case is reviewed (dismissing it lifts the hold);
- one hit per rule and person per window: a burst of events does not flood the queue.

Changing a rule (`change_rule`) is a staff action like any other: it needs a reason and
writes an `AuditEntry` (no case) with the rule's values before and after, so that a rule
switched off or loosened always says who did it and why.

Events arrive through the registries of the apps below (`contracts.hooks.on_contract_event`,
`payments.hooks.on_payment_method_added`, `on_payment("succeeded")`,
`on_payout("requested")`), which know nothing of these rules.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.template.defaultfilters import pluralize

from directcontracts.accounts.models import User, UserSession
from directcontracts.contracts import freezes
from directcontracts.contracts import hooks as contract_hooks
from directcontracts.contracts.freeze_models import FreezeSource, PayoutHold
from directcontracts.contracts.models import Contract, ContractEvent
from directcontracts.core import clock
from directcontracts.core.concerns import Concern, raise_concern
from directcontracts.core.errors import PermissionDenied
from directcontracts.core.locks import lock_row
from directcontracts.ledger.locks import lock_rows
from directcontracts.payments import hooks as payment_hooks
from directcontracts.payments.gateway_models import Payment, PaymentMethod, PaymentState, Payout
from directcontracts.trust.models import AuditEntry, VelocityCheck, VelocityHit, VelocityRule

log = logging.getLogger(__name__)

SOURCE = "velocity"
MAX_EVENTS_KEPT = 20
RELEASE_KINDS = ("milestone.released", "milestone.auto_released", "milestone.partially_released")
CONTRACT_EVENTS = {
    "contract.created": "contract_created",
    "contract.invited": "contract_invited",
    "contract.accepted": "contract_accepted",
    "milestone.funded": "milestone_funded",
    **dict.fromkeys(RELEASE_KINDS, "milestone_released"),
}


@dataclass(frozen=True)
class Event:
    name: str
    user_id: int  # the person the rules look at (the freelancer, the payer...)
    at: datetime
    data: dict[str, Any] = field(default_factory=dict)


Matcher = Callable[[VelocityRule, Event], list[dict[str, Any]]]


# --- What each kind of rule counts ------------------------------------------------------


def _since(rule: VelocityRule, event: Event) -> datetime:
    return event.at - timedelta(hours=rule.window_hours)


def _many_invitations(rule: VelocityRule, event: Event) -> list[dict[str, Any]]:
    invited = list(
        ContractEvent.objects.filter(
            kind="contract.invited",
            contract__freelancer_id=event.user_id,
            created_at__gte=_since(rule, event),
        ).values_list("contract_id", "contract__client_email")
    )
    emails = {email.lower() for _, email in invited}
    if len(emails) < rule.threshold:
        return []
    return [{"contract": pk, "client_email": email} for pk, email in invited]


def _shared_instrument(rule: VelocityRule, event: Event) -> list[dict[str, Any]]:
    methods = PaymentMethod.objects.filter(
        fingerprint=event.data.get("fingerprint", ""), created_at__gte=_since(rule, event)
    ).values_list("pk", "owner_id")
    if len({owner for _, owner in methods}) < rule.threshold:
        return []
    return [{"payment_method": pk, "owner": owner} for pk, owner in methods]


def _fast_cashout(rule: VelocityRule, event: Event) -> list[dict[str, Any]]:
    joined = User.objects.filter(pk=event.user_id).values_list("date_joined", flat=True).first()
    if joined is None or (event.at - joined).days >= rule.threshold:
        return []
    moves = list(
        ContractEvent.objects.filter(
            contract__freelancer_id=event.user_id,
            kind__in=("milestone.funded", *RELEASE_KINDS),
            created_at__gte=_since(rule, event),
        ).values_list("pk", "kind", "contract_id")
    )
    kinds = {kind for _, kind, _ in moves}
    if "milestone.funded" not in kinds or not kinds & set(RELEASE_KINDS):
        return []
    found = [{"contract_event": pk, "kind": kind, "contract": c} for pk, kind, c in moves]
    return [*found, {"payout": event.data.get("payout"), "kind": "payout"}]


def _declines_then_success(rule: VelocityRule, event: Event) -> list[dict[str, Any]]:
    declined = list(
        Payment.objects.filter(
            payer_id=event.user_id,
            state=PaymentState.FAILED,
            created_at__gte=_since(rule, event),
            created_at__lte=event.at,
        ).values_list("pk", "failure_code")
    )
    if len(declined) < rule.threshold:
        return []
    found = [{"payment": pk, "declined": code} for pk, code in declined]
    return [*found, {"payment": event.data.get("payment"), "succeeded": True}]


def _shared_address(rule: VelocityRule, event: Event) -> list[dict[str, Any]]:
    contract = Contract.objects.filter(pk=int(event.data.get("contract") or 0)).first()
    if contract is None or contract.client_id is None:
        return []
    since = _since(rule, event)

    def addresses(user_id: int) -> set[str]:
        rows = UserSession.objects.filter(user_id=user_id, last_seen_at__gte=since)
        return {
            str(ip) for ip in rows.exclude(ip_address=None).values_list("ip_address", flat=True)
        }

    shared = addresses(contract.freelancer_id) & addresses(contract.client_id)
    if len(shared) < rule.threshold:
        return []
    return [{"contract": contract.pk, "shared_address": address} for address in sorted(shared)]


MATCHERS: dict[str, tuple[set[str], Matcher]] = {
    VelocityCheck.INVITES_PER_WINDOW: ({"contract_invited"}, _many_invitations),
    VelocityCheck.SHARED_INSTRUMENT: ({"payment_method_added"}, _shared_instrument),
    VelocityCheck.FAST_CASHOUT: ({"payout_requested"}, _fast_cashout),
    VelocityCheck.DECLINES_BEFORE_SUCCESS: ({"payment_succeeded"}, _declines_then_success),
    VelocityCheck.SHARED_ADDRESS: ({"contract_accepted"}, _shared_address),
}


# --- Evaluation ---------------------------------------------------------------------------


def rules_for(event: Event) -> list[VelocityRule]:
    wanted = [check for check, (names, _) in MATCHERS.items() if event.name in names]
    if not wanted:
        return []
    return list(VelocityRule.objects.filter(enabled=True, counts__in=wanted))


def evaluate(event: Event) -> list[VelocityHit]:
    """Every enabled rule listening to `event`; returns the hits it made."""
    hits = []
    for rule in rules_for(event):
        _, matcher = MATCHERS[rule.counts]
        matched = matcher(rule, event)
        if matched and not _already_hit(rule, event):
            hit = _record_hit(rule, event, matched)
            if hit is not None:
                hits.append(hit)
    return hits


def _already_hit(rule: VelocityRule, event: Event) -> bool:
    return VelocityHit.objects.filter(
        rule=rule, subject_user_id=event.user_id, created_at__gte=_since(rule, event)
    ).exists()


@transaction.atomic
def _record_hit(
    rule: VelocityRule, event: Event, matched: list[dict[str, Any]]
) -> VelocityHit | None:
    """The hit, its case signal and payout hold; None when another worker evaluating the
    same burst at this instant made the window's hit first. Behind the rule's row lock (hits
    are rare, so queueing them per rule costs nothing), the look-up sees that worker's hit."""
    lock_rows(VelocityRule, [rule.pk])
    if _already_hit(rule, event):
        return None
    hit = VelocityHit.objects.create(
        rule=rule,
        subject_user_id=event.user_id,
        events=matched[-MAX_EVENTS_KEPT:],
        created_at=clock.now(),
    )
    receipt = raise_concern(
        Concern(
            source=SOURCE,
            target_kind="user",
            target_id=str(event.user_id),
            reason=rule.reason,
            summary=f"Velocity rule “{rule.name}”: {len(matched)} matching "
            f"event{pluralize(len(matched))}.",
            evidence={
                "rule": rule.key,
                "rule_name": rule.name,
                "event": event.name,
                "events": matched[-MAX_EVENTS_KEPT:],
                "hit": hit.pk,
            },
            subject_user_id=event.user_id,
        )
    )
    if receipt is not None:
        hit.case_id = receipt.case_id
        hit.payout_hold_id = _hold_payouts(rule, event, receipt.case_reference)
        hit.save(update_fields=["case", "payout_hold_id"])
    return hit


def _hold_payouts(rule: VelocityRule, event: Event, reference: str) -> int | None:
    currency = event.data.get("currency")
    person = User.objects.filter(pk=event.user_id, is_freelancer=True).first()
    if not rule.hold_payouts or not currency or person is None:
        return None
    hold = freezes.hold_payouts(
        freelancer=person,
        currency=currency,
        source=FreezeSource.TRUST_SAFETY,
        reference=reference,
        reason="Trust & Safety are reviewing unusual activity on your account; payouts wait "
        "until they finish (usually within a day).",
    )
    return hold.pk


def resolve_from_case(concern: Concern, outcome: str, by_user_id: int | None) -> None:
    """A dismissed case lifts the hit's payout hold; an upheld one keeps it."""
    if outcome != "cleared":
        return
    hit = VelocityHit.objects.filter(pk=int(concern.evidence.get("hit") or 0)).first()
    if hit is None or hit.payout_hold_id is None:
        return
    hold = PayoutHold.objects.active().filter(pk=hit.payout_hold_id).first()
    if hold is not None:
        by = User.objects.filter(pk=by_user_id).first() if by_user_id else None
        freezes.lift_payout_hold(
            hold=hold, by=by, reason="Trust & Safety reviewed the activity: nothing wrong."
        )


# --- Events from the apps below -------------------------------------------------------------


def _after_commit(event: Event) -> None:
    def enqueue() -> None:
        from directcontracts.trust.tasks import evaluate_velocity_task

        _safely(
            event.name,
            lambda: evaluate_velocity_task.enqueue(
                event.name, event.user_id, event.at.isoformat(), event.data
            ),
        )

    transaction.on_commit(enqueue)


def _safely(name: str, work: Callable[[], object]) -> None:
    try:
        work()
    except Exception:  # a rule must never break the request that made the event
        log.exception("velocity evaluation failed for %s", name)


def evaluate_serialised(name: str, user_id: int, at: str, data: dict[str, Any]) -> int:
    """The task's entry point: evaluate an event given as JSON-friendly values."""
    event = Event(name, user_id, datetime.fromisoformat(at), data)
    return len(evaluate(event))


def _on_contract_event(event: ContractEvent) -> None:
    name = CONTRACT_EVENTS.get(event.kind)
    if not _listening or name is None:
        return
    contract_id, at = event.contract_id, event.created_at.isoformat()

    def enqueue() -> None:
        from directcontracts.trust.tasks import evaluate_contract_event_task

        _safely(name, lambda: evaluate_contract_event_task.enqueue(name, contract_id, at))

    transaction.on_commit(enqueue)


def evaluate_contract_event(name: str, contract_id: int, at: str) -> int:
    # Whose contract it is is read in the worker: no query inside the money transaction.
    freelancer_id = (
        Contract.objects.filter(pk=contract_id).values_list("freelancer_id", flat=True).first()
    )
    if freelancer_id is None:
        return 0
    event = Event(name, freelancer_id, datetime.fromisoformat(at), {"contract": contract_id})
    return len(evaluate(event))


def _on_payment_method(method: PaymentMethod) -> None:
    if _listening:
        data = {"fingerprint": method.fingerprint}
        _after_commit(Event("payment_method_added", method.owner_id, method.created_at, data))


def _on_payment_succeeded(payment: Payment) -> None:
    if _listening:
        data = {"payment": payment.pk}
        _after_commit(Event("payment_succeeded", payment.payer_id, clock.now(), data))


def _on_payout_requested(payout: Payout) -> None:
    if _listening:
        data = {"payout": payout.pk, "currency": payout.currency}
        _after_commit(Event("payout_requested", payout.freelancer_id, payout.created_at, data))


_listening = True


def connect() -> None:
    """Register with the registries of the apps below (at start-up, in TrustConfig.ready)."""
    global _listening
    _listening = True
    contract_hooks.on_contract_event(_on_contract_event)
    payment_hooks.on_payment_method_added(_on_payment_method)
    payment_hooks.on_payment("succeeded", _on_payment_succeeded)
    payment_hooks.on_payout("requested", _on_payout_requested)


def disconnect() -> None:
    """For the benchmark's baseline: the same money path with the rules not listening."""
    global _listening
    _listening = False


# What staff may tune; the key and what a rule counts need code.
TUNABLE_FIELDS = ("name", "threshold", "window_hours", "reason", "hold_payouts", "enabled")


@transaction.atomic
def change_rule(
    *, rule: VelocityRule, by: User, changes: dict[str, Any], reason: str
) -> VelocityRule:
    """Trust & Safety tune a rule; the values before and after and the reason are audited."""
    from directcontracts.trust.actions import _reason

    if not (by.is_active and by.has_perm("trust.change_velocityrule")):
        raise PermissionDenied("Only Trust & Safety change the velocity rules.")
    unknown = sorted(set(changes) - set(TUNABLE_FIELDS))
    if unknown:
        raise ValueError(f"not tunable: {', '.join(unknown)}")
    text = _reason(reason)
    locked = lock_row(VelocityRule, rule.pk)
    before = {name: getattr(locked, name) for name in changes}
    changed = {name: value for name, value in changes.items() if before[name] != value}
    if not changed:
        return locked
    for name, value in changed.items():
        setattr(locked, name, value)
    locked.save(update_fields=[*changed, "updated_at"])
    AuditEntry.objects.create(
        case=None,
        actor=by,
        action="velocity_rule_changed",
        reason=text,
        data={
            "rule": locked.key,
            "rule_id": locked.pk,
            "from": {name: before[name] for name in changed},
            "to": changed,
        },
    )
    return locked
