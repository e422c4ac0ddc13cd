"""What a person can do about a freeze, by who froze it, in words that address the reader.

A chargeback is the client's bank taking a payment back: the client reads "your bank", the
freelancer the client's name, anyone else (the timeline as stored, the audit trail, staff)
"the client's bank". Kept apart from `freezes.py` so that the timeline's reader
(`payment_privacy.for_viewer`) can word stored events for its reader without an import circle.
"""

from __future__ import annotations

from directcontracts.contracts.freeze_models import FreezeKind, FreezeSource

# Shown after the freeze's reason; the chargeback sentence is the third-person one.
ADVICE = {
    FreezeSource.DISPUTE: "The dispute decides where this money goes: follow it and answer "
    "before its deadlines.",
    FreezeSource.TRUST_SAFETY: "Trust & Safety are reviewing it and will tell both parties "
    "when it is lifted; ask them through Get Help if you have questions.",
    FreezeSource.CHARGEBACK: "The client's bank is deciding a chargeback; it is lifted when "
    "the bank has decided.",
}

FOR_THE_CLIENT = {
    FreezeSource.CHARGEBACK: "Your bank is deciding a chargeback; it is lifted when your bank "
    "has decided.",
}


def advice(source: str, *, role: str | None, client_name: str = "") -> str:
    """`role` is the reader's part in the contract ("client", "freelancer") or None;
    `client_name` is how the freelancer knows the client (`announce.client_name`)."""
    source = FreezeSource(source)
    if role == "client":
        return FOR_THE_CLIENT.get(source, ADVICE[source])
    if role == "freelancer" and source == FreezeSource.CHARGEBACK and client_name:
        return f"{client_name}'s bank is deciding a chargeback; it is lifted when the bank has decided."
    return ADVICE[source]


# To the party a freeze's link is not for (its `url_for` is the other party, the person a Trust
# & Safety case is about): what the stop means for their money, and that they will be told.
FOR_THE_OTHER_PARTY = {
    FreezeKind.FREEZE_ESCROW: "For your money this means: it stays safe in escrow, neither "
    "released nor refunded, until the freeze is lifted. {source} will tell you when it is.",
    FreezeKind.HOLD: "For your money this means: no new funding and no release until the "
    "hold is lifted (a refund to the client can still go through). {source} will tell you "
    "when it is.",
}


def for_the_other_party(kind: str, source: str) -> str:
    label = FreezeSource(source).label
    return FOR_THE_OTHER_PARTY[FreezeKind(kind)].format(source=label[:1].upper() + label[1:])


def addressed(message: str) -> bool:
    """Whether a stored message holds advice that reads differently for each party."""
    return ADVICE[FreezeSource.CHARGEBACK] in message


def for_reader(message: str, *, role: str | None, client_name: str = "") -> str:
    """A stored message (a timeline event's) with the third-person advice in the reader's
    words; any other message as it is."""
    return message.replace(
        ADVICE[FreezeSource.CHARGEBACK],
        advice(FreezeSource.CHARGEBACK, role=role, client_name=client_name),
    )
