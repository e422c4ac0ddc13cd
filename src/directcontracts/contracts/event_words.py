"""The activity log in words people read, not the event codes the system stores."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

EVENT_WORDS = {
    "contract.created": "Contract drafted",
    "contract.edited": "Draft edited",
    "contract.held_for_review": "Held for a policy review",
    "contract.invited": "Invitation sent",
    "contract.invitation_resent": "Invitation sent again",
    "contract.invitation_revoked": "Invitation withdrawn",
    "contract.invitation_locked": "Invitation locked after too many wrong codes",
    "contract.identity_review": "Acceptance waiting for an identity review",
    "contract.circumvention_refused": "Acceptance refused: an existing marketplace client",
    "contract.accepted": "Contract accepted",
    "contract.declined": "Invitation declined",
    "contract.change_proposed": "Change proposed",
    "contract.change_accepted": "Change accepted",
    "contract.change_declined": "Change declined",
    "contract.change_withdrawn": "Change withdrawn",
    "contract.message_posted": "Message",
    "contract.ended": "Contract ended",
    "contract.cancelled": "Contract cancelled",
    "contract.reopened": "Contract reopened",
    "contract.feedback": "Feedback left",
    "milestone.added": "Milestone added",
    "milestone.changed": "Milestone changed",
    "milestone.awaiting_funding": "Waiting for funding",
    "milestone.funding_pending": "Payment on the way",
    "milestone.funded": "Funded: money in escrow",
    "milestone.funding_failed": "Payment failed",
    "milestone.funding_declined": "Payment declined",
    "milestone.payment_returned": "Late payment refunded",
    "milestone.submitted": "Work submitted",
    "milestone.changes_requested": "Changes requested",
    "milestone.review_extended": "Review extended",
    "milestone.review_reminder": "Review reminder sent",
    "milestone.review_clock_stopped": "Review clock stopped",
    "milestone.review_clock_resumed": "Review clock resumed",
    "milestone.released": "Released to the freelancer",
    "milestone.auto_released": "Released automatically after the review period",
    "milestone.partially_released": "Partly released",
    "milestone.bonus_added": "Bonus added",
    "milestone.refund_requested": "Refund requested",
    "milestone.refund_declined": "Refund request declined",
    "milestone.refunded": "Refunded to the client",
    "milestone.partially_refunded": "Partly refunded",
    "milestone.split": "Split by a decision",
    "milestone.charged_back": "Charged back by the bank",
    "escrow.frozen": "Escrow frozen",
    "escrow.unfrozen": "Escrow unfrozen",
    "escrow.freeze_moved": "Freeze moved from a declined bonus",
    "payout.paid": "Paid out",
}


STAFF_ACTOR = "Direct Contracts staff"

# States the system enters as a consequence of a party's act, recorded with that party as the
# actor (the activity API's `actor_id` names whose act caused it): the page says so, rather
# than crediting the party with a step they did not take ("Waiting for funding by Oscar").
CAUSED_BY: dict[str, str] = {
    "milestone.awaiting_funding": "accepted the contract",
}

# A freeze and its lifting are the platform's acts, whoever's step led to them: a dispute's
# freeze is recorded with the party who opened it (the activity API's `actor_id`), and its
# lifting with whoever closed the dispute, but neither party froze or unfroze anything
# ("Escrow frozen by Nora" read as if the client had stopped the money herself). Staff are
# credited as staff (`STAFF_ACTOR`), a chargeback's steps by its label (`SYSTEM_STEPS`).
FREEZE_EVENTS = {"escrow.frozen", "contract.held"}
LIFT_EVENTS = {"escrow.unfrozen", "contract.hold_lifted"}
FREEZE_CAUSED_BY: dict[str, str] = {"dispute": "opened a dispute"}
LIFT_CAUSED_BY: dict[str, str] = {"dispute": "when the dispute closed"}


def _freeze_credit(event: Any, party_ids: Iterable[int | None], nobody: str) -> str | None:
    """Who a freeze event is credited to when a person is recorded on it; None: not one."""
    if event.kind not in FREEZE_EVENTS | LIFT_EVENTS or event.actor_id not in party_ids:
        return None
    data = event.data if isinstance(event.data, dict) else {}
    source = str(data.get("source") or "")
    if event.kind in FREEZE_EVENTS:
        cause = FREEZE_CAUSED_BY.get(source)
        return f"{nobody}, after {event.actor.display_name} {cause}" if cause else nobody
    return f"{nobody}, {LIFT_CAUSED_BY.get(source, 'when the freeze ended')}"


# What the system's own steps were recorded with (`actor_label`) as the parties read them.
SYSTEM_STEPS: dict[str, str] = {
    "review period ended": "automatically, when the review period ended",
    "refund request unanswered": "automatically, when the refund request went unanswered",
    "dispute timer": "automatically, when the dispute's deadline passed",
    "response deadline passed": "automatically, when the response deadline passed",
    "answer deadline passed": "automatically, when the answer deadline passed",
    "escrow freeze": "automatically, while the escrow is frozen",
    "escrow freeze lifted": "automatically, when the freeze was lifted",
    "a chargeback": "automatically, after a chargeback",
    "payment gateway": "by the payment provider",
}


def actor_in_words(event: Any, party_ids: Iterable[int | None], nobody: str) -> str:
    """Who did it, as the parties read it (the contract page, its statements): a party by
    name, a staff member not by theirs (a freeze lifted, a decision), as the dispute's
    history says "Trust & Safety"; `nobody` for what no person did, with the party whose
    act it followed ("The platform, after Oscar Orchard accepted the contract")."""
    if event.actor_id is None:
        return str(event.actor_label or nobody)
    if (freeze := _freeze_credit(event, party_ids, nobody)) is not None:
        return freeze
    if event.actor_id in party_ids:
        if event.kind in CAUSED_BY:
            return f"{nobody}, after {event.actor.display_name} {CAUSED_BY[event.kind]}"
        return str(event.actor.display_name)
    return STAFF_ACTOR


def credit_in_words(event: Any, party_ids: Iterable[int | None]) -> str:
    """The activity line's ending: "by Oscar Orchard", "after Oscar Orchard accepted the
    contract" (a step the system took on a party's act), "automatically, when the review
    period ended" (a timer), "by the platform" (no one)."""
    if event.actor_id is None:
        label = str(event.actor_label or "")
        if not label:
            return "by the platform"
        return SYSTEM_STEPS.get(label, f"by {label}")
    if event.actor_id in party_ids and event.kind in CAUSED_BY:
        return f"after {event.actor.display_name} {CAUSED_BY[event.kind]}"
    if event.actor_id is not None and (
        freeze := _freeze_credit(event, party_ids, "by the platform")
    ):
        return freeze
    return f"by {actor_in_words(event, party_ids, 'the platform')}"


def reference_words(reference: str) -> str:
    """'dispute:12' as people read it ('dispute #12'); another shape as it is."""
    kind, _, number = reference.partition(":")
    return f"{kind} #{number}" if number.isdigit() else reference


def message_in_words(event: Any) -> str:
    """The event's note with the reference it names in words: a freeze lifted before
    references were written so reads "Lifted (dispute #3): …", not "(dispute:3)"."""
    message = str(event.message or "")
    reference = (event.data or {}).get("reference") if isinstance(event.data, dict) else None
    if not isinstance(reference, str) or not reference:
        return message
    return message.replace(f"({reference})", f"({reference_words(reference)})")


def in_words(kind: str) -> str:
    """The phrase for an event code; an unknown code reads as its words ("dispute opened")."""
    if kind in EVENT_WORDS:
        return EVENT_WORDS[kind]
    words = kind.replace(".", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]
