"""What reconciliation needs from payments today: the gateway's own list of movements.

Real processors keep a list of balance transactions (Stripe's `balance_transactions`);
the sandbox gateway keeps one too, recorded through `services.record_balance_transaction`.
Each carries, in `reference`, the ledger transfer id the platform gave the gateway (as
processors carry metadata), so the daily reconciliation matches the two sides one to one.
"""

from __future__ import annotations

from django.db import models

from directcontracts.core import clock


class BalanceTransactionType(models.TextChoices):
    CHARGE = "charge", "Charge"
    REFUND = "refund", "Refund"
    PAYOUT = "payout", "Payout"
    PAYOUT_FAILURE = "payout_failure", "Payout failure"
    CHARGEBACK = "chargeback", "Chargeback"
    FEE = "fee", "Processor fee"


class SandboxBalanceTransaction(models.Model):
    """One movement of the platform's balance at the (sandbox) processor."""

    txn_id = models.CharField(max_length=100, unique=True)
    # The gateway object it belongs to (charge, refund, payout id).
    source_id = models.CharField(max_length=100, db_index=True)
    type = models.CharField(max_length=20, choices=BalanceTransactionType.choices)
    amount_minor = models.BigIntegerField(help_text="Signed: positive when our balance grows.")
    currency = models.CharField(max_length=3)
    reference = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(default=clock.now, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(amount_minor=0), name="payments_balancetxn_amount_not_zero"
            )
        ]

    def __str__(self) -> str:
        return f"{self.txn_id} {self.type} {self.amount_minor} {self.currency}"


# The gateway side of payments (methods, charges, payouts, inbound events, the sandbox's own
# records) lives in its own module; Django finds models through this import.
from directcontracts.payments.gateway_models import *  # noqa: E402, F403
