"""What the other party reads of the client's payments.

The client's payment instrument (which card or account, its last digits), what a charge was
made of and the client's declined attempts are the client's business. The freelancer reads
that a milestone was paid for, is settling, did not settle or is funded, and the amounts that
concern them (the milestone's, what was released and refunded), never the card, never a
decline. One rule for every place the freelancer reads the contract: the activity (the page
and its "show earlier" fragment), the statement and receipt PDFs, and the API's timeline and
milestone `charges`. Webhook events carry the milestone's state and amount only.

The events keep their full words (they are the audit trail); this filters what is read, and
words a freeze's advice for the party reading it ("your bank" to the client).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import QuerySet

from directcontracts.contracts import freeze_words
from directcontracts.contracts.announce import client_name
from directcontracts.contracts.models import ContractEvent

# Declined attempts: nothing moved and the milestone did not change, so only the client reads them.
# A payment that settled after the milestone stopped waiting for it, refunded in full
# (`escrow._return_unapplied`): the milestone did not change either.
CLIENT_ONLY_KINDS = ("milestone.funding_declined", "milestone.payment_returned")

# Events whose stored words name the client's instrument or the processor's reason, and what
# anyone but the client reads instead.
WORDS_FOR_OTHERS = {
    "milestone.funding_pending": "The client paid; the money is in escrow once the payment settles.",
    "milestone.funding_failed": "The payment did not go through: the milestone is not funded.",
}


def sees_client_payments(role: str | None) -> bool:
    """Only the client: the freelancer, and anyone else a page may show, read the summary."""
    return role == "client"


def visible_events(events: QuerySet[ContractEvent], role: str | None) -> QuerySet[ContractEvent]:
    """The events this person reads (filtered in the query, so pages keep their size)."""
    if sees_client_payments(role):
        return events
    return events.exclude(kind__in=CLIENT_ONLY_KINDS)


def shown_message(event: ContractEvent, role: str | None) -> str:
    if sees_client_payments(role):
        return event.message
    return WORDS_FOR_OTHERS.get(event.kind, event.message)


# Events whose stored words carry a freeze's advice in the third person ("the client's bank"),
# which each party reads addressed to them (`freeze_words.for_reader`).
FREEZE_KINDS = ("escrow.frozen", "contract.held")


def for_viewer(events: Iterable[ContractEvent], role: str | None) -> list[ContractEvent]:
    """The events with the words this person reads (in memory only: the rows stay as written)."""
    shown = list(events)
    for event in shown:
        if not sees_client_payments(role):
            event.message = shown_message(event, role)
        if (
            role is not None
            and event.kind in FREEZE_KINDS
            and freeze_words.addressed(event.message)
        ):
            # Rare (a chargeback's freeze): the contract is read only for those.
            event.message = freeze_words.for_reader(
                event.message,
                role=role,
                client_name=client_name(event.contract) if role == "freelancer" else "",
            )
    return shown
