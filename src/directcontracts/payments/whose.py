"""Which payments and payouts are a member's own (core/own_matter.py): the payments they
made or that fund a contract they are a party to, and their payouts. Finance staff do not
read records about their own money: the back office leaves them out of their lists and
refuses their pages, the finance alerts naming them included (`ledger.alerts`, through
`core.own_matter.own_references_of`)."""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from directcontracts.core.own_matter import references_of_contracts_of
from directcontracts.payments.gateway_models import Payment, Payout


def payments_about(user: Any, references: set[str] | None = None) -> Q:
    """Payments `user` made, or that pay into a contract they are a party to (`references`:
    `references_of_contracts_of(user)`, when the caller has them already)."""
    if references is None:
        references = references_of_contracts_of(user)
    return Q(payer_id=user.pk) | Q(reference__in=references)


def money_references(user: Any, contract_references: set[str]) -> set[str]:
    """The references of `user`'s own money, as finance alerts name it (the payments part of
    core/own_matter.py's registry): each payment (`payment:<id>`, and its `milestone:<id>`)
    and each payout (`payout:<id>`); `contract_references` are their contracts'."""
    refs: set[str] = set()
    about = payments_about(user, contract_references)
    for pk, reference in Payment.objects.filter(about).values_list("pk", "reference"):
        refs |= {f"payment:{pk}", reference}
    refs |= {
        f"payout:{pk}"
        for pk in Payout.objects.filter(freelancer_id=user.pk).values_list("pk", flat=True)
    }
    return refs
