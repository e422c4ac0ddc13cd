"""The dispute's history in words: each entry says who did what, and when.

The event rows record the actor and a message written for the contract's timeline; read
alone ("Dispute resolved by <the party who accepted last>"), a step that one person's
answer set off credited them with the outcome, and an automatic step ("awaiting response
by dispute timer") read as if a timer had acted. Each kind therefore has its own sentence,
naming the person (and their part in the dispute) or saying that nobody acted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from directcontracts.contracts.event_words import in_words
from directcontracts.disputes.models import Dispute, DisputeEvent, Party, Resolution

ROLE_WORDS: dict[str, str] = {Party.CLIENT: "the client", Party.FREELANCER: "the freelancer"}


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    kind: str
    sentence: str
    detail: str
    internal: bool


def history_of(
    dispute: Dispute, events: Iterable[DisputeEvent], viewer: Any, *, staff: bool
) -> list[HistoryEntry]:
    return [_entry(dispute, event, viewer, staff=staff) for event in events]


def who_acted(dispute: Dispute, event: DisputeEvent, viewer: Any, *, staff: bool) -> str:
    """ "You", "Carl Client (the client)", "Trust & Safety" (parties never learn which member),
    "Tom Trust (Trust & Safety)" for staff; "" when nobody acted (a timer, the gateway)."""
    actor = event.actor
    if actor is None:
        return ""
    if actor.pk == getattr(viewer, "pk", None):
        return "You"
    role = dispute.contract.role_of(actor)
    if role is not None:
        return f"{actor.display_name} ({ROLE_WORDS[role]})"
    if staff:
        return f"{actor.display_name} (Trust & Safety)"
    return "Trust & Safety"


def _entry(dispute: Dispute, event: DisputeEvent, viewer: Any, *, staff: bool) -> HistoryEntry:
    who = who_acted(dispute, event, viewer, staff=staff)
    sentence, detail = _words(dispute, event, who)
    return HistoryEntry(
        at=event.created_at,
        kind=event.kind,
        sentence=sentence,
        detail=detail,
        internal=event.internal,
    )


def _note(event: DisputeEvent) -> str:
    note = str((event.data or {}).get("note", ""))
    return f"Note: {note}" if note else ""


def _words(dispute: Dispute, event: DisputeEvent, who: str) -> tuple[str, str]:
    """(what happened, the recorded text worth reading under it)."""
    kind, message = event.kind, event.message
    actor = who or "The platform"
    if kind == "dispute.opened":
        return f"{actor} opened the dispute.", message
    if kind == "dispute.awaiting_response":
        return f"Waiting for {ROLE_WORDS[dispute.respondent_role]}'s response.", message
    if kind == "dispute.in_mediation":
        return f"{actor} responded, so the dispute went to mediation.", message
    if kind == "dispute.statement_added":
        return f"{actor} added a statement.", ""
    if kind == "dispute.mediator_assigned":
        return f"{actor} took the dispute to mediate.", ""
    if kind == "dispute.proposal_made":
        return f"{who or 'The Trust & Safety mediator'} proposed an outcome.", message
    if kind == "dispute.proposal_author":
        return f"{actor} wrote the proposal.", ""
    if kind == "dispute.proposal_accepted":
        return f"{actor} accepted the proposal.", _note(event)
    if kind == "dispute.awaiting_decision":
        if not who:
            return f"{message} A Trust & Safety member decides.", ""
        return (
            f"{who} rejected the proposal, so a Trust & Safety member who did not mediate decides.",
            _note(event),
        )
    if kind == "dispute.resolved":
        return _resolved(dispute, who), message
    if kind == "dispute.withdrawn":
        if not who:
            return "The dispute ended without a decision.", message
        return f"{who} withdrew the dispute.", "" if message == "Withdrawn." else message
    if kind == "dispute.staff_note":
        return f"{actor} added an internal note.", message
    return f"{in_words(kind)}{f' ({who})' if who else ''}.", message


def _resolved(dispute: Dispute, who: str) -> str:
    if dispute.resolution == Resolution.AGREEMENT and who:
        return f"{who} accepted the proposal too, so the dispute was settled as proposed."
    if dispute.resolution == Resolution.DECISION and who:
        return f"{who} decided the dispute."
    if dispute.resolution == Resolution.DEFAULT:
        return "A deadline passed without an answer, so the dispute was settled by default."
    return "The dispute was resolved."
