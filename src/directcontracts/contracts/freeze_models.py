"""Freezes: what a higher app (disputes, Trust & Safety) has stopped, and why.

Design:

1. Contracts offers the freeze and knows nothing of who asks for it: a freeze names its
   `source` (dispute, trust_safety, chargeback) and the caller's own `reference`
   (`dispute:12`, `case:7`), and the guards in `contracts/freezes.py` refuse money
   movements while one is active, naming both.
2. `EscrowFreeze` covers one milestone or a whole contract. Its `kind` says how much is
   stopped: `freeze_escrow` stops every movement of that escrow (release, refund, new
   funding); `hold` stops new funding and release but lets refunds to the client through.
   Money arriving from a payment already under way (settlement) and what a bank takes
   back (chargeback) are never refused: a freeze protects money from leaving, and the
   ledger must always say what the processor did.
3. `PayoutHold` keeps part or all of a freelancer's available balance in one currency
   from being paid out (a chargeback's amount at risk, a velocity rule's hit).
4. Rows are never deleted: lifting sets `lifted_at`, `lifted_by` and `lift_reason`, so
   the freeze history is the audit trail. At most one active row per (target, kind,
   source, reference): asking again returns the active one.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from directcontracts.core import clock

__all__ = ["EscrowFreeze", "FreezeKind", "FreezeSource", "PayoutHold"]


class FreezeSource(models.TextChoices):
    DISPUTE = "dispute", "a dispute"
    TRUST_SAFETY = "trust_safety", "Trust & Safety"
    CHARGEBACK = "chargeback", "a chargeback"


class FreezeKind(models.TextChoices):
    FREEZE_ESCROW = "freeze_escrow", "Escrow frozen"
    HOLD = "hold", "Contract on hold"


class FreezeQuerySet(models.QuerySet["EscrowFreeze"]):
    def active(self) -> FreezeQuerySet:
        return self.filter(lifted_at__isnull=True)

    def covering(self, milestone: object) -> FreezeQuerySet:
        """Active freezes on this milestone or on its whole contract."""
        return self.active().filter(
            Q(milestone_id=getattr(milestone, "pk", None))
            | Q(milestone__isnull=True, contract_id=getattr(milestone, "contract_id", None))
        )


class EscrowFreeze(models.Model):
    """A stop on a milestone's escrow, or on every milestone of a contract."""

    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.PROTECT, related_name="freezes"
    )
    milestone = models.ForeignKey(
        "contracts.Milestone",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="freezes",
        help_text="Empty: the whole contract.",
    )
    kind = models.CharField(max_length=20, choices=FreezeKind.choices)
    source = models.CharField(max_length=20, choices=FreezeSource.choices)
    reference = models.CharField(max_length=80, help_text="The caller's own id, e.g. dispute:12.")
    reason = models.TextField(max_length=2_000, help_text="What the parties are told.")
    staff_reason = models.TextField(
        max_length=2_000,
        blank=True,
        help_text="Why staff froze it, in their own words: staff read it, the parties never "
        "do. Empty: the caller gave none (staff read the reason).",
    )
    url = models.CharField(
        max_length=200, blank=True, help_text="Where the parties can follow it (a path)."
    )
    url_for = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="Empty: the url is for both parties. Else only this person can open it "
        "(the person a Trust & Safety case is about); the other party reads a plain sentence.",
    )
    link_text = models.CharField(
        max_length=80, blank=True, help_text="What the url's link says (empty: 'Go to ...')."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=clock.now)
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    lift_reason = models.TextField(max_length=2_000, blank=True)

    objects = FreezeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["contract", "lifted_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["milestone", "kind", "source", "reference"],
                condition=Q(lifted_at__isnull=True, milestone__isnull=False),
                name="escrow_freeze_active_milestone_unique",
            ),
            models.UniqueConstraint(
                fields=["contract", "kind", "source", "reference"],
                condition=Q(lifted_at__isnull=True, milestone__isnull=True),
                name="escrow_freeze_active_contract_unique",
            ),
        ]

    def __str__(self) -> str:
        target = f"milestone {self.milestone_id}" if self.milestone_id else "whole contract"
        return f"{self.get_kind_display()} on contract {self.contract_id} ({target}) by {self.reference}"

    @property
    def is_active(self) -> bool:
        return self.lifted_at is None


class PayoutHoldQuerySet(models.QuerySet["PayoutHold"]):
    def active(self) -> PayoutHoldQuerySet:
        return self.filter(lifted_at__isnull=True)


class PayoutHold(models.Model):
    """Part (`amount_minor`) or all (empty) of a freelancer's balance kept from payouts."""

    freelancer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="payout_holds"
    )
    currency = models.CharField(max_length=3)
    amount_minor = models.BigIntegerField(null=True, blank=True, help_text="Empty: everything.")
    contract = models.ForeignKey(
        "contracts.Contract",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="payout_holds",
        help_text="The contract it concerns, if any (its timeline shows the hold).",
    )
    milestone = models.ForeignKey(
        "contracts.Milestone",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="payout_holds",
        help_text="The milestone whose released money it keeps, if any (a chargeback's): "
        "while that release is in its security hold, both keep the same money, once.",
    )
    source = models.CharField(max_length=20, choices=FreezeSource.choices)
    reference = models.CharField(max_length=80)
    reason = models.TextField(max_length=2_000)
    url = models.CharField(max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=clock.now)
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    lift_reason = models.TextField(max_length=2_000, blank=True)
    taken_minor = models.BigIntegerField(
        default=0,
        help_text="What was taken from the balance when it was lifted (a lost chargeback's "
        "recovery): that money left the balance, so its release's security hold no longer "
        "keeps it.",
    )

    objects = PayoutHoldQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["freelancer", "currency", "lifted_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_minor__isnull=True) | Q(amount_minor__gt=0),
                name="payout_hold_amount_positive",
            ),
            models.CheckConstraint(
                condition=Q(taken_minor__gte=0), name="payout_hold_taken_not_negative"
            ),
            models.UniqueConstraint(
                fields=["freelancer", "currency", "source", "reference"],
                condition=Q(lifted_at__isnull=True),
                name="payout_hold_active_unique",
            ),
        ]

    def __str__(self) -> str:
        amount = self.amount_minor if self.amount_minor is not None else "all"
        return (
            f"payout hold of {amount} {self.currency} for {self.freelancer_id} by {self.reference}"
        )

    @property
    def is_active(self) -> bool:
        return self.lifted_at is None
