from __future__ import annotations

from django.db.models import Q, QuerySet, Sum

from directcontracts.contracts.models import Contract, ContractEvent, Invitation, Message, Milestone
from directcontracts.contracts.money import Quote, quote


def contracts_of(user: object, *, state: str = "", search: str = "") -> QuerySet[Contract]:
    contracts = Contract.objects.visible_to(user).select_related("freelancer", "client")
    if state:
        contracts = contracts.filter(state=state)
    if search:
        contracts = contracts.filter(
            Q(title__icontains=search)
            | Q(client_name__icontains=search)
            | Q(client_email__icontains=search)
        )
    return contracts.order_by("-updated_at", "-id")


def milestones_of(contract: Contract) -> QuerySet[Milestone]:
    return contract.milestones.order_by("position", "id")


def timeline_of(contract: Contract) -> QuerySet[ContractEvent]:
    return contract.events.select_related("actor", "milestone").order_by("created_at", "id")


def total_of(contract: Contract) -> int:
    return int(contract.milestones.aggregate(total=Sum("amount_minor"))["total"] or 0)


def contract_quote(contract: Contract) -> Quote:
    return quote(total_of(contract), contract.currency)


def open_invitation_of(contract: Contract) -> Invitation | None:
    return contract.invitations.filter(revoked_at__isnull=True, answered_at__isnull=True).first()


def messages_of(contract: Contract) -> QuerySet[Message]:
    return contract.messages.select_related("sender").order_by("created_at", "id")
