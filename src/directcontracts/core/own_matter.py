"""Staff never handle a matter about themselves.

Staff may also work as freelancers or clients. A member who is a party to the contract a
dispute, a Trust & Safety case or a Get Help request is about (or the person it is about,
or who filed it) is refused every staff step on it, with one code (`staff_is_a_party`),
so that another member of the team decides it. Disputes check it in
`disputes.services._require_staff`; Trust & Safety in `trust.actions.require_case_handler`;
support in `support.access.get_ticket_for_staff` and `support.staff`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from directcontracts.core.errors import CoreErrorCode, PermissionDenied


class HasParties(Protocol):
    def is_party(self, user: object) -> bool: ...


def is_a_party(
    user: object, *, contract: HasParties | None = None, people: Iterable[int | None] = ()
) -> bool:
    """Whether `user` is a party to `contract` (its freelancer or client) or one of `people`
    (the ids of whom the matter is about or who raised it)."""
    user_id = getattr(user, "pk", None)
    if user_id is None:
        return False
    if user_id in set(people):
        return True
    return contract is not None and contract.is_party(user)


def party_refusal(what: str, team: str) -> PermissionDenied:
    """The refusal for a member who is a party to `what` ("this case"); `team` handles it."""
    return PermissionDenied(
        f"You are a party to {what}; another {team} member must handle it.",
        code=CoreErrorCode.STAFF_IS_A_PARTY,
    )
