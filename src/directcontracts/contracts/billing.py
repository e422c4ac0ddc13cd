"""Reads for the client's billing page: every payment into escrow and every refund back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from directcontracts.accounts.models import User
from directcontracts.contracts import selectors
from directcontracts.contracts.models import Milestone
from directcontracts.contracts.money import display
from directcontracts.core.pagination import newest_first
from directcontracts.payments.models import Payment, PaymentMethod

LIMIT = 100
PAGE_SIZE = 25
STATES = {
    "pending": "Pending: waiting to settle",
    "succeeded": "Paid",
    "failed": "Declined: nothing was taken",
    "charged_back": "Charged back by your bank",
}


@dataclass(frozen=True)
class PaymentsPage:
    rows: list[dict[str, Any]]
    older: int | None  # the cursor of the next (older) page, when there is one


def payments_page(client: User, *, before: int | None = None) -> PaymentsPage:
    """One page of the client's charges, newest first; `before` is a payment id (a cursor, so
    a page stays the same while new payments arrive)."""
    rows = Payment.objects.filter(payer=client).select_related("method")
    shown, older = newest_first(rows, before=before, size=PAGE_SIZE)
    return PaymentsPage(rows=_payment_rows(shown), older=older)


def _payment_rows(payments: list[Payment]) -> list[dict[str, Any]]:
    milestone_ids = [
        int(p.reference.split(":", 1)[1])
        for p in payments
        if p.reference.startswith("milestone:") and p.reference[10:].isdigit()
    ]
    milestones = Milestone.objects.select_related("contract").in_bulk(milestone_ids)
    rows = []
    for payment in payments:
        _, _, pk = payment.reference.partition(":")
        milestone = milestones.get(int(pk)) if pk.isdigit() else None
        declined = payment.state == "failed"
        rows.append(
            {
                "at": payment.created_at,
                "milestone": milestone,
                # A declined payment took nothing: no amounts as if charged, no receipt.
                "declined": declined,
                "into_escrow": "—" if declined else display(payment.amount_minor, payment.currency),
                "fee": "—" if declined else display(payment.fee_minor, payment.currency),
                "total": "Nothing"
                if declined
                else display(payment.amount_minor + payment.fee_minor, payment.currency),
                "method": payment.method.label,
                "state": STATES.get(payment.state, payment.state),
            }
        )
    return rows


def pending_payments_with(method: PaymentMethod) -> list[dict[str, Any]]:
    """The method's payments the gateway has not settled yet (a funding in progress), as
    `payments_page` rows: what removing it is asked about."""
    pending = Payment.objects.filter(method=method, state="pending").select_related("method")
    return _payment_rows(list(pending.order_by("-created_at", "-id")[:LIMIT]))


def refunds_of(client: User, limit: int = LIMIT) -> list[dict[str, Any]]:
    """Milestones of the client's contracts with money refunded to them."""
    refunded = (
        Milestone.objects.filter(contract__client=client, refunded_amount_minor__gt=0)
        .select_related("contract")
        .order_by("-id")[:limit]
    )
    return [
        {
            "milestone": m,
            "amount": display(m.refunded_amount_minor, m.contract.currency),
        }
        for m in refunded
    ]


def methods_of(client: User) -> list[PaymentMethod]:
    """The client's methods, each knowing whether its last payment was declined."""
    return selectors.payment_methods_to_choose(client)
