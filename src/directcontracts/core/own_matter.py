"""Staff never handle a matter about themselves.

Staff may also work as freelancers or clients. A member who is a party to the contract a
dispute, a Trust & Safety case or a Get Help request is about (or the person it is about,
or who filed it) is refused every staff step on it, with one code (`staff_is_a_party`),
so that another member of the team decides it. Disputes check it in
`disputes.services._require_staff`; Trust & Safety in `trust.actions.require_case_handler`;
support in `support.access.get_ticket_for_staff` and `support.staff`.

Reading counts as handling: a staff page about the member's own matter (a case, a request,
a chargeback, a refused refund) does not open for them either. Every staff view answers the
refusal the same way, `says_why_not_theirs`: 403 (the member is who they are, the matter
exists, and they are told why they may not open it) on a page that names nothing of the
matter, only that another member must handle it, with the code. A party still reads what
any party reads, on the normal pages. The back office leaves such rows out of the member's
lists and refuses their pages (`core.admin_site.OwnMattersAdminMixin`); apps below contracts
find a member's contracts and money through one registry (`OwnMatterFinder`: contracts
and payments register theirs). docs/security.md, "Staff on their own matters: the sweep", lists every page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps
from typing import Any, Protocol

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from directcontracts.core.errors import CoreErrorCode, DomainError, PermissionDenied


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


# What is a member's own, as the apps know it: ONE registry (DESIGN.md, "Layers": apps below
# contracts, such as payments and the ledger, know a matter by its reference, "milestone:12",
# not whose contract it is). Contracts registers the contracts' part, payments the money's.
ContractIds = Callable[[object], Iterable[int]]
References = Callable[[object], Iterable[str]]
MoneyReferences = Callable[[object, set[str]], Iterable[str]]
ContractOf = Callable[[str], HasParties | None]


@dataclass(frozen=True)
class OwnMatterFinder:
    """What one app knows of whose a matter is; each part is optional.

    - `contract_ids(user)`: the ids of the contracts `user` is a party to;
    - `contract_references(user)`: every reference naming those contracts as the apps below
      contracts keep it ("contract:3", "invitation:4", "milestone:12", a held text's);
    - `money_references(user, contract_references)`: the references of `user`'s own money
      ("payment:7", "payout:2"), found from the contracts' ones;
    - `contract_of(reference)`: the other way round, the contract a reference names.
    """

    contract_ids: ContractIds | None = None
    contract_references: References | None = None
    money_references: MoneyReferences | None = None
    contract_of: ContractOf | None = None


_finders: list[OwnMatterFinder] = []


def register_own_matter_finder(finder: OwnMatterFinder) -> None:
    if finder not in _finders:
        _finders.append(finder)


def contract_of_reference(reference: str) -> HasParties | None:
    """The contract `reference` names (a payment's "milestone:12"), if a finder knows it."""
    for finder in _finders:
        found = finder.contract_of(reference) if finder.contract_of else None
        if found is not None:
            return found
    return None


def _nobody(user: object) -> bool:
    return getattr(user, "pk", None) is None


def contract_ids_of(user: object) -> set[int]:
    """The ids of the contracts `user` is a party to, for the lists that need no more."""
    if _nobody(user):
        return set()
    return {pk for f in _finders if f.contract_ids for pk in f.contract_ids(user)}


def references_of_contracts_of(user: object) -> set[str]:
    """Every reference naming a contract `user` is a party to."""
    if _nobody(user):
        return set()
    return {ref for f in _finders if f.contract_references for ref in f.contract_references(user)}


def own_references_of(user: object) -> set[str]:
    """Every reference of a matter that is `user`'s own: their contracts' and their money's
    (the finance alerts name payments and payouts)."""
    refs = references_of_contracts_of(user)
    if _nobody(user):
        return refs
    money = {ref for f in _finders if f.money_references for ref in f.money_references(user, refs)}
    return refs | money


def party_refusal(what: str, team: str) -> PermissionDenied:
    """The refusal for a member who is a party to `what` ("this case"); `team` handles it."""
    return PermissionDenied(
        f"You are a party to {what}; another {team} member must handle it.",
        code=CoreErrorCode.STAFF_IS_A_PARTY,
    )


def refuse_a_party(
    user: object,
    *,
    what: str,
    team: str,
    contract: HasParties | None = None,
    people: Iterable[int | None] = (),
) -> None:
    """Raise `party_refusal(what, team)` when `user` is a party (`is_a_party`)."""
    if is_a_party(user, contract=contract, people=people):
        raise party_refusal(what, team)


def is_party_refusal(error: BaseException) -> bool:
    return isinstance(error, DomainError) and error.code == CoreErrorCode.STAFF_IS_A_PARTY


def says_why_not_theirs(view: Callable[..., Any]) -> Callable[..., Any]:
    """A staff view that answers a member the matter is about (the refusal raised anywhere
    inside it) with the 403 page: the refusal's words and code, nothing of the matter."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except DomainError as refused:
            if not is_party_refusal(refused):
                raise
            return refusal_page(request, refused)

    return wrapped


def refusal_page(request: HttpRequest, refused: DomainError) -> HttpResponse:
    """The 403 page with the refusal's words and code (and nothing of the matter)."""
    context = {"exception": refused.message, "code": refused.code}
    return render(request, "403.html", context, status=403)
