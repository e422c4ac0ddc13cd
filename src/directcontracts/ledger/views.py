"""Finance's read-only overview of the books: what every kind of account holds."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from directcontracts.core.money_text import money_text
from directcontracts.ledger import selectors
from directcontracts.ledger.models import AccountCode, FinanceAlert
from directcontracts.ledger.staff import finance_page_only

# What each kind of account means, in the words finance staff use.
MEANINGS = {
    AccountCode.PROCESSOR_CLEARING: "Card money the payment provider has taken and not yet "
    "paid out: payments in, less refunds and payouts sent.",
    AccountCode.ESCROW: "Clients' money held for funded milestones, one account per contract.",
    AccountCode.FREELANCER_AVAILABLE: "Released to freelancers, not yet withdrawn "
    "(part of it may still be in its security hold).",
    AccountCode.FREELANCER_PENDING_PAYOUT: "Withdrawals requested and on their way to "
    "freelancers' banks.",
    AccountCode.CLIENT_REFUNDABLE: "Refunds owed to clients, on their way back to the card.",
    AccountCode.PLATFORM_FEES: "Fees the platform has earned.",
    AccountCode.PROCESSOR_FEES: "What the payment provider charged for card payments.",
    AccountCode.DISPUTE_RESERVE: "Money set aside for chargebacks being contested.",
    AccountCode.PLATFORM_LOSSES: "What the payment provider took that no payment owed: a "
    "chargeback beyond what was left of a payment, or of a payment already refunded.",
    AccountCode.TEST: "Test accounts.",
}


def _sides(lines: list[selectors.BookLine], currency: str) -> dict[str, object]:
    """Double entry: what the debit-normal accounts hold equals what the credit-normal hold."""
    debit_side = sum(line.balance.posted for line in lines if not line.balance.credit_normal)
    credit_side = sum(line.balance.posted for line in lines if line.balance.credit_normal)
    return {
        "debit_side": money_text(debit_side, currency),
        "credit_side": money_text(credit_side, currency),
        "balanced": debit_side == credit_side,
    }


@login_required
@require_GET
def books(request: HttpRequest) -> HttpResponse:
    """Totals per account kind and currency, open two-phase transfers, the hash chain."""
    finance_page_only(request.user)
    currencies = [
        {
            "currency": currency,
            "lines": [
                {
                    "label": line.label,
                    "code": line.code,
                    "meaning": MEANINGS.get(line.code, ""),  # type: ignore[call-overload]
                    "posted": money_text(line.balance.posted, currency),
                    "pending": money_text(line.balance.pending, currency)
                    if line.balance.pending
                    else "",
                }
                for line in lines
            ],
            **_sides(lines, currency),
        }
        for currency, lines in selectors.book_totals().items()
    ]
    holds = [
        {"hold": hold, "amount": money_text(hold.amount, hold.currency)}
        for hold in selectors.open_pending_transfers()
    ]
    return render(
        request,
        "ledger/books.html",
        {
            "currencies": currencies,
            "holds": holds,
            "seal": selectors.last_seal(),
            "alerts": FinanceAlert.objects.filter(resolved=False).count(),
        },
    )
