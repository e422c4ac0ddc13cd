"""Payment methods, payments in, payouts out, and what the gateway told us.

Design:

1. Payments know the ledger but not contracts: a payment carries the caller's reference
   (such as "milestone:42") and settles or fails through handlers that higher apps
   register (`payments/hooks.py`).
2. Every gateway outcome arrives as a signed webhook and is stored once in `GatewayEvent`
   (unique per provider and event id) before it is acted on, so a redelivered webhook is
   recognised and changes nothing.
3. Every request that moves money or submits evidence is written first as a
   `GatewayRequest` (the intent), committed, then sent with no transaction open, and its
   answer recorded in a second transaction (`payments/gateway_requests.py`).
4. The sandbox processor keeps its own records (`SandboxObject`, `SandboxEvent`) and its own
   balance transactions (`SandboxBalanceTransaction`, in models.py), as a real one does.
"""

from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q

from directcontracts.core import clock


class MethodKind(models.TextChoices):
    CARD = "card", "Card"
    BANK_DEBIT = "bank_debit", "Bank debit"


class PaymentMethod(models.Model):
    """A client's card or bank account, as a gateway token (we never store the number)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="payment_methods"
    )
    provider = models.CharField(max_length=20, default="sandbox")
    kind = models.CharField(max_length=20, choices=MethodKind.choices)
    token = models.CharField(max_length=100, unique=True)
    fingerprint = models.CharField(max_length=64, db_index=True, help_text="Same card, same value.")
    brand = models.CharField(max_length=20, blank=True)
    last4 = models.CharField(max_length=4)
    created_at = models.DateTimeField(default=clock.now)
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ending {self.last4}"

    @property
    def label(self) -> str:
        brand = f"{self.brand} " if self.brand else ""
        return f"{brand}{self.get_kind_display().lower()} ending {self.last4}"


class PaymentState(models.TextChoices):
    PENDING = "pending", "Pending"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed"
    CHARGED_BACK = "charged_back", "Charged back"


PAYMENT_TRANSITIONS: dict[str, set[str]] = {
    PaymentState.PENDING: {PaymentState.SUCCEEDED, PaymentState.FAILED},
    PaymentState.SUCCEEDED: {PaymentState.CHARGED_BACK},
    PaymentState.FAILED: set(),
    PaymentState.CHARGED_BACK: set(),
}


class Payment(models.Model):
    """Money in: a charge on a payment method for one reference (one milestone's funding)."""

    payer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="payments"
    )
    method = models.ForeignKey(PaymentMethod, on_delete=models.PROTECT, related_name="payments")
    reference = models.CharField(max_length=80, db_index=True)
    idempotency_key = models.CharField(max_length=120, unique=True)
    amount_minor = models.BigIntegerField(help_text="What reaches escrow.")
    fee_minor = models.BigIntegerField(default=0, help_text="The client's processing fee on top.")
    currency = models.CharField(max_length=3)
    state = models.CharField(
        max_length=20, choices=PaymentState.choices, default=PaymentState.PENDING
    )
    gateway_charge_id = models.CharField(max_length=100, unique=True)
    failure_code = models.CharField(max_length=60, blank=True)
    failure_message = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=clock.now)
    settled_at = models.DateTimeField(null=True, blank=True)

    ALLOWED_TRANSITIONS = PAYMENT_TRANSITIONS
    # Not a column: what the processor's chargeback message says it took, set on the
    # instance handed to the chargeback handlers (`charges.charge_back`); the ledger's
    # chargeback transfer keeps it.
    chargeback_taken_minor: int | None = None
    # Not a column: the processor's deadline for answering the chargeback with evidence, as
    # its message says (None when it says none); the chargeback case keeps it.
    chargeback_evidence_due_at: datetime | None = None
    # Not a column: the charge's answer was recorded after the person paying stopped
    # waiting for it (by the recovery sweep), set for the `declined` handlers.
    answered_late: bool = False

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(amount_minor__gt=0), name="payment_amount_positive"),
            models.CheckConstraint(condition=Q(fee_minor__gte=0), name="payment_fee_not_negative"),
        ]

    def __str__(self) -> str:
        return f"payment {self.pk} {self.amount_minor} {self.currency} ({self.state})"

    @property
    def total_minor(self) -> int:
        return self.amount_minor + self.fee_minor


class PayoutMethod(models.Model):
    """Where a freelancer's money goes: a bank account, as a gateway token."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="payout_methods"
    )
    provider = models.CharField(max_length=20, default="sandbox")
    token = models.CharField(max_length=100, unique=True)
    fingerprint = models.CharField(max_length=64, db_index=True)
    holder_name = models.CharField(max_length=150)
    last4 = models.CharField(max_length=4)
    currency = models.CharField(max_length=3)
    created_at = models.DateTimeField(default=clock.now)
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"bank account ending {self.last4} ({self.currency})"


class PayoutState(models.TextChoices):
    PENDING = "pending", "Pending"
    PAID = "paid", "Paid"
    FAILED = "failed", "Failed"
    # Paid, then sent back by the freelancer's bank (a closed or wrong account, days later):
    # the money is in their available balance again.
    RETURNED = "returned", "Returned by the bank"


PAYOUT_TRANSITIONS: dict[str, set[str]] = {
    PayoutState.PENDING: {PayoutState.PAID, PayoutState.FAILED},
    PayoutState.PAID: {PayoutState.RETURNED},
    # A bank's failure reported before the payment it followed (`payouts.payout_reported_paid`).
    PayoutState.FAILED: {PayoutState.RETURNED},
    PayoutState.RETURNED: set(),
}


class Payout(models.Model):
    """Money out: a freelancer's available balance withdrawn to a payout method."""

    freelancer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="payouts"
    )
    method = models.ForeignKey(PayoutMethod, on_delete=models.PROTECT, related_name="payouts")
    idempotency_key = models.CharField(max_length=120, unique=True)
    amount_minor = models.BigIntegerField()
    currency = models.CharField(max_length=3)
    state = models.CharField(
        max_length=20, choices=PayoutState.choices, default=PayoutState.PENDING
    )
    gateway_payout_id = models.CharField(max_length=100, unique=True, null=True, blank=True)
    failure_message = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=clock.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    # When the bank sent the payout back: after it was paid (state `returned`; `finished_at`
    # stays the day it was paid) or before (state `failed`); `failure_message` says why.
    returned_at = models.DateTimeField(null=True, blank=True)

    ALLOWED_TRANSITIONS = PAYOUT_TRANSITIONS

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(amount_minor__gt=0), name="payout_amount_positive")
        ]

    def __str__(self) -> str:
        return f"payout {self.pk} {self.amount_minor} {self.currency} ({self.state})"

    @property
    def reason_text(self) -> str:
        """The processor's reason in words (`account_closed` reads "account closed")."""
        return self.failure_message.replace("_", " ") or "the bank gave no reason"


class GatewayEvent(models.Model):
    """An inbound, verified gateway webhook: stored once, processed once."""

    provider = models.CharField(max_length=20)
    event_id = models.CharField(max_length=100)
    type = models.CharField(max_length=60)
    payload = models.JSONField()
    received_at = models.DateTimeField(default=clock.now)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["provider", "event_id"], name="gateway_event_unique")
        ]

    def __str__(self) -> str:
        return f"{self.provider} {self.type} {self.event_id}"


class GatewayRequestKind(models.TextChoices):
    # Funding a milestone, a bonus included (`charges.request_charge`).
    CHARGE = "charge", "Charge"
    REFUND = "refund", "Refund"
    PAYOUT = "payout", "Payout"
    EVIDENCE = "evidence", "Chargeback evidence"


class GatewayRequestState(models.TextChoices):
    PENDING = "pending", "Pending"  # written, not answered yet (or never sent: the sweep sends it)
    SUCCEEDED = "succeeded", "Succeeded"  # the processor took it (its outcome may come later)
    FAILED = "failed", "Failed"  # the processor refused it


class GatewayRequest(models.Model):
    """A request to the gateway that moves money or submits evidence, written and committed
    before it is sent (the intent), then answered once (`payments/gateway_requests.py`)."""

    provider = models.CharField(max_length=20)
    kind = models.CharField(max_length=20, choices=GatewayRequestKind.choices)
    idempotency_key = models.CharField(max_length=120)
    subject = models.CharField(max_length=80, help_text="What it is for, such as payout:12.")
    arguments = models.JSONField(default=dict)
    state = models.CharField(
        max_length=20, choices=GatewayRequestState.choices, default=GatewayRequestState.PENDING
    )
    processor_id = models.CharField(max_length=100, blank=True)
    failure_code = models.CharField(max_length=60, blank=True)
    failure_message = models.CharField(max_length=300, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=clock.now)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    # A finance retry of a refused refund (`refused_refunds.retry_refused_refund`): the request
    # it sends again under a new idempotency key, who asked and why (also on the staff audit
    # trail). Empty for a request the platform made by itself.
    retry_of = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="retry",
        help_text="The refused request this one sends again (at most one retry each).",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reason = models.TextField(max_length=2000, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "idempotency_key"], name="gateway_request_unique_key"
            )
        ]
        indexes = [
            models.Index(fields=["state", "created_at"], name="gateway_request_state"),
            # A refund's retries are read by their shared subject (`refused_refunds.chain`).
            models.Index(fields=["subject"], name="gateway_request_subject"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.subject} ({self.state})"


class SandboxObject(models.Model):
    """A charge, refund or payout inside the sandbox processor (its side of the world)."""

    object_id = models.CharField(max_length=100, unique=True)
    kind = models.CharField(max_length=10)
    idempotency_key = models.CharField(max_length=120, unique=True)
    amount_minor = models.BigIntegerField()
    currency = models.CharField(max_length=3)
    status = models.CharField(max_length=20)
    scenario = models.CharField(max_length=40)
    reference = models.CharField(max_length=80, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} ({self.status})"


class SandboxEvent(models.Model):
    """An outcome the sandbox will report when its time comes (a settlement, a payout...)."""

    event_id = models.CharField(max_length=100, unique=True)
    type = models.CharField(max_length=40)
    object_id = models.CharField(max_length=100)
    data = models.JSONField(default=dict, blank=True)
    due_at = models.DateTimeField(db_index=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["due_at", "id"]

    def __str__(self) -> str:
        return f"{self.type} for {self.object_id}"
