"""The one scoped lookup: another party's contract does not exist (404), never 403."""

from __future__ import annotations

from django.db.models import Q

from directcontracts.contracts.errors import ContractErrorCode
from directcontracts.contracts.models import Contract, Invitation, Milestone
from directcontracts.core.errors import NotFound

NOT_FOUND_MESSAGE = "No contract with this number is visible to you."


def get_contract_for_user(
    user: object, contract_id: int, *, only: tuple[str, ...] = ()
) -> Contract:
    """`only`: read just these columns of the contract and none of the parties' rows (the
    API's answer needs no more); by default the contract with both parties and the
    freelancer's profile, which the pages show."""
    # get(), not first(): one row by key needs no ORDER BY (which costs Django a reference
    # per selected column, and this one selects three tables).
    rows = Contract.objects.visible_to(user)
    if only:
        rows = rows.only(*only)
    else:
        rows = rows.select_related("freelancer__freelancer_profile", "client")
    try:
        return rows.get(pk=contract_id)
    except Contract.DoesNotExist:
        raise NotFound(NOT_FOUND_MESSAGE, code=ContractErrorCode.NOT_FOUND) from None


def get_milestone_for_user(user: object, contract_id: int, milestone_id: int) -> Milestone:
    contract = get_contract_for_user(user, contract_id)
    milestone = contract.milestones.filter(pk=milestone_id).first()
    if milestone is None:
        raise NotFound(
            "No milestone with this number in this contract.", code="milestone_not_found"
        )
    milestone.contract = contract
    return milestone


def contract_of_reference(reference: str) -> Contract | None:
    """The contract a payment's reference (`milestone:<id>`) is about, for staff pages below
    contracts that must know whose matter it is (core/own_matter.py)."""
    kind, _, number = reference.partition(":")
    if kind != "milestone" or not (number.isascii() and number.isdigit()) or len(number) > 18:
        return None
    return Contract.objects.filter(milestones__pk=int(number)).first()


def references_of_contracts_of(user: object) -> list[str]:
    """Every reference naming a contract `user` is a party to, as the apps below contracts
    keep it: `contract:<id>`, `invitation:<id>`, a payment's `milestone:<id>` and the held
    text's `screening_ref`. The other way round from `contract_of_reference`
    (core/own_matter.py)."""
    user_id = getattr(user, "pk", None)
    if user_id is None:
        return []
    theirs = Contract.objects.filter(Q(freelancer_id=user_id) | Q(client_id=user_id))
    found = list(theirs.values_list("pk", "screening_ref"))
    if not found:
        return []  # most staff members: one query
    ids = [pk for pk, _ in found]
    refs = [f"contract:{pk}" for pk in ids] + [ref for _, ref in found if ref]
    invitations = Invitation.objects.filter(contract_id__in=ids).values_list("pk", flat=True)
    refs += [f"invitation:{pk}" for pk in invitations]
    milestones = Milestone.objects.filter(contract_id__in=ids).values_list("pk", flat=True)
    refs += [f"milestone:{pk}" for pk in milestones]
    return refs
