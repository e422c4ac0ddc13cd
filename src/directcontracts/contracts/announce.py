"""Telling people about a contract change: an in-app notice and email to each person named,
and a signed webhook event for both parties' endpoints. Called in the transaction of the
change; notifications act only after it commits. Every notice names its contract
(`contract_label`), so callers' titles need not."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from directcontracts.accounts.models import User
from directcontracts.contracts.models import Contract, Milestone
from directcontracts.notifications.services import emit_event, notify

EXTRA_EVENT_TYPES = {
    "contract.message_posted": "A party posted a message in the contract's thread.",
    "contract.cancelled": "The freelancer cancelled a contract that was not active.",
    "contract.held_for_review": "The contract's text was sent to Trust & Safety review.",
    "contract.change_proposed": "A party proposed a change (a milestone, an amount, a date).",
    "contract.change_accepted": "A proposed change was accepted and applied.",
    "contract.change_declined": "A proposed change was declined.",
    "contract.feedback_left": "A party left feedback (the rating is not in the event: it is blind).",
    "milestone.review_reminder": "A submission will be released automatically soon.",
    "milestone.funding_pending": "The client paid; the money is in escrow once the payment settles.",
    "milestone.refund_requested": "The client asked for a refund; the freelancer has a week to answer.",
    "milestone.refund_declined": "The freelancer declined a refund request.",
}


def contract_label(contract: Contract) -> str:
    """The contract as its parties know it, for every notice about it: its number and its
    title ("Contract #12: Logo design"), on one line however the title was typed."""
    return f"Contract #{contract.pk}: {' '.join(contract.title.split())}"


def client_name(contract: Contract) -> str:
    """The client as the freelancer reads them: their account's name, or the name they were
    invited by before they had one."""
    return contract.client.display_name if contract.client is not None else contract.client_name


def contract_path(contract: Contract, section: str = "") -> str:
    """The contract's page, or one section of it (`section` is the element's id)."""
    return f"/contracts/{contract.pk}/" + (f"#{section}" if section else "")


def contract_payload(contract: Contract, milestone: Milestone | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "contract": {
            "id": contract.pk,
            "state": contract.state,
            "title": contract.title,
            "currency": contract.currency,
            "freelancer_id": contract.freelancer_id,
            "client_id": contract.client_id,
        }
    }
    if milestone is not None:
        data["milestone"] = {
            "id": milestone.pk,
            "title": milestone.title,
            "state": milestone.state,
            "amount_minor": milestone.amount_minor,
        }
    return data


class Note(NamedTuple):
    """One person's notice of a change, in their own words. `url` replaces the
    announcement's for this person ("" keeps it), `link_text` its email link's words,
    `links` further paths of this site the body writes out (`notify`'s `links`)."""

    person: User | None
    title: str
    body: str
    url: str = ""
    link_text: str = ""
    links: tuple[str, ...] = ()


def announce(
    contract: Contract,
    *,
    kind: str,
    title: str,
    body: str,
    to: list[User | None],
    key: str,
    milestone: Milestone | None = None,
    url: str = "",
    link_text: str = "",
) -> None:
    """The same notice to everyone in `to`, and the webhook event. `url` is a path on the
    contract's page (a section of it) when the notice has a better place to land than the
    top of the page; `link_text` says where it goes (notify's default: "Open it here")."""
    announce_each(
        contract,
        kind=kind,
        key=key,
        milestone=milestone,
        url=url,
        notes=[Note(person, title, body, link_text=link_text) for person in to],
    )


def announce_each(
    contract: Contract,
    *,
    kind: str,
    key: str,
    notes: Iterable[Note],
    milestone: Milestone | None = None,
    url: str = "",
    only_the_told_hear: bool = False,
) -> None:
    """`announce` with a title and body of each person's own (each party addressed in their
    own words), and one webhook event for the change, however many people are told. A person
    not yet known (None) is skipped; a person named twice is told once, in the first words.
    The event goes to both parties' webhooks, or with `only_the_told_hear` to the people
    told only (what the other party may not read, such as the client's declined payment)."""
    url = url or contract_path(contract)
    about = contract_label(contract)
    told: set[int] = set()
    for note in notes:
        if note.person is not None and note.person.pk not in told:
            told.add(note.person.pk)
            notify(
                recipient=note.person,
                kind=kind,
                title=note.title,
                body=note.body,
                url=note.url or url,
                about=about,
                link_text=note.link_text,
                links=note.links,
            )
    owners = [pk for pk in (contract.freelancer_id, contract.client_id) if pk is not None]
    if only_the_told_hear:
        owners = [pk for pk in owners if pk in told]
    emit_event(
        event_type=kind,
        owner_ids=owners,
        data=contract_payload(contract, milestone),
        idempotency_key=key,
    )
