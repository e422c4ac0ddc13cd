"""The one scoped lookup: another party's contract does not exist (404), never 403."""

from __future__ import annotations

from typing import Any

from django.db.models import CharField, Q, QuerySet, Value
from django.db.models.functions import Cast, Concat

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
    """The contract a reference names: `contract:<id>` (a held message's, a circumvention
    check's) or a payment's `milestone:<id>`, for the pages that must know whose matter it
    is (core/own_matter.py)."""
    kind, _, number = reference.partition(":")
    if kind not in ("contract", "milestone"):
        return None
    if not (number.isascii() and number.isdigit()) or len(number) > 18:
        return None
    if kind == "contract":
        return Contract.objects.filter(pk=int(number)).first()
    return Contract.objects.filter(milestones__pk=int(number)).first()


def contract_ids_of_party(user: object) -> list[int]:
    """The ids of the contracts `user` is a party to (core/own_matter.py): one query."""
    return list(_contracts_of_party(user).values_list("pk", flat=True))


def _contracts_of_party(user: object) -> QuerySet[Contract]:
    user_id = getattr(user, "pk", None)
    return Contract.objects.filter(Q(freelancer_id=user_id) | Q(client_id=user_id))


def references_of_contracts_of(user: object) -> list[str]:
    """Every reference naming a contract `user` is a party to, as the apps below contracts
    keep it: `contract:<id>`, `invitation:<id>`, a payment's `milestone:<id>` and the held
    text's `screening_ref`, in one query. The other way round from `contract_of_reference`
    (core/own_matter.py)."""
    theirs = _contracts_of_party(user)
    ids = theirs.values("pk")
    as_text = Cast("pk", output_field=CharField())

    def named(prefix: str, rows: QuerySet[Any]) -> QuerySet[Any]:
        key = Concat(Value(prefix), as_text, output_field=CharField())
        return rows.annotate(ref=key).order_by().values_list("ref", flat=True)

    held_texts = theirs.exclude(screening_ref="").order_by().values_list("screening_ref", flat=True)
    # No ORDER BY: SQLite allows none in a compound statement's parts.
    refs = named("contract:", theirs).union(
        named("invitation:", Invitation.objects.filter(contract_id__in=ids)),
        named("milestone:", Milestone.objects.filter(contract_id__in=ids)),
        held_texts,
        all=True,
    )
    return list(refs)
