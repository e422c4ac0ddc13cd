"""What a case is about, as the person it concerns knows it: their own message or contract.

A warned person must be able to tell which of their own things a warning is about, but must
learn nothing of the report: who made it, what the reporter wrote, or the case's notes. So
the words here come only from the person's own content (an excerpt of their own message, the
title of their own contract) and only when it is theirs: a message they sent, a contract they
are a party to. A case about the person themselves, or a website, names nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass

from directcontracts.contracts.announce import contract_label
from directcontracts.contracts.models import Contract, Message
from directcontracts.trust.models import Case, FlagTarget

EXCERPT_CHARACTERS = 80


@dataclass(frozen=True)
class OwnContent:
    words: str  # "your message of 3 Dec 2026 on contract #12 “Logo design”: “Pay me…”"
    about: str  # the contract, as every notice about it names it
    url: str  # where the person sees it (a path on this site)

    @property
    def sentence(self) -> str:
        """The words ending a sentence: "… “Logo design.”", never "… “Logo design.”."."""
        return ending_a_sentence(self.words)


SENTENCE_ENDS = (".", "!", "?", "…")
CLOSING_QUOTES = "”’\"'»)"


def ending_a_sentence(text: str) -> str:
    """`text` with a full stop, unless it already ends a sentence, also inside a closing
    quote: a quoted title or message keeps its own punctuation, and a second one after the
    quote reads as a typo ("“Pay me now!”." becomes "“Pay me now!”")."""
    text = text.rstrip()
    if text.rstrip(CLOSING_QUOTES).endswith(SENTENCE_ENDS):
        return text
    return f"{text}."


def excerpt(text: str, limit: int = EXCERPT_CHARACTERS) -> str:
    """The first words of `text` on one line, cut at a word with "…" when longer."""
    words = " ".join(text.split())
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def _named(contract: Contract) -> str:
    return f"contract #{contract.pk} “{' '.join(contract.title.split())}”"


def content_of_subject(case: Case) -> OwnContent | None:
    """The case's target in its subject's own terms, or None when it is not theirs to see."""
    person = case.subject_user_id
    if person is None or not case.target_id.isdigit() or len(case.target_id) > 18:
        return None
    pk = int(case.target_id)
    if case.target_kind == FlagTarget.MESSAGE:
        message = Message.objects.select_related("contract").filter(pk=pk, sender_id=person).first()
        if message is None:
            return None
        on = message.contract
        return OwnContent(
            words=f"your message of {message.created_at:%-d %b %Y} on {_named(on)}: "
            f"“{excerpt(message.body)}”",
            about=contract_label(on),
            url=f"/contracts/{on.pk}/#message-{message.pk}",
        )
    if case.target_kind in (FlagTarget.CONTRACT, FlagTarget.INVITATION):
        contract = Contract.objects.filter(pk=pk).first()
        if contract is None or person not in (contract.freelancer_id, contract.client_id):
            return None
        invited = case.target_kind == FlagTarget.INVITATION
        return OwnContent(
            words=f"your {'invitation to ' if invited else ''}{_named(contract)}",
            about=contract_label(contract),
            url=f"/contracts/{contract.pk}/",
        )
    return None
