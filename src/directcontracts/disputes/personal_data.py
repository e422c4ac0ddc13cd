"""What stops an account from closing on the disputes side: an open dispute or an open
chargeback case on a contract the person is party to (registered in `ready()`)."""

from __future__ import annotations

from django.db.models import Q
from django.urls import reverse

from directcontracts.accounts.models import User
from directcontracts.accounts.personal_data import ClosureBlocker, register_closure_check
from directcontracts.disputes.models import OPEN_STATES, ChargebackCase, ChargebackState, Dispute

OPEN_CHARGEBACK_STATES = [ChargebackState.OPEN, ChargebackState.EVIDENCE_SUBMITTED]


def _party(user: User) -> Q:
    return Q(contract__freelancer=user) | Q(contract__client=user)


def closure_checks(user: User) -> list[ClosureBlocker]:
    blockers = []
    disputes = Dispute.objects.filter(_party(user), state__in=OPEN_STATES).count()
    if disputes:
        blockers.append(
            ClosureBlocker(
                "dispute_open",
                f"{'A dispute is' if disputes == 1 else f'{disputes} disputes are'} still open: "
                "it must be resolved or withdrawn first.",
                reverse("disputes:list"),
                "Your disputes",
            )
        )
    chargeback = (
        ChargebackCase.objects.filter(_party(user), state__in=OPEN_CHARGEBACK_STATES)
        .order_by("pk")
        .values_list("contract_id", flat=True)
        .first()
    )
    if chargeback is not None:
        blockers.append(
            ClosureBlocker(
                "chargeback_open",
                "A bank is still deciding a chargeback on one of your contracts: wait for "
                "its decision.",
                reverse("contracts:detail", args=[chargeback]),
                "The contract",
            )
        )
    return blockers


def register() -> None:
    register_closure_check(closure_checks)
