"""Trust & Safety cases: one per target, fed by concerns from every part of the product.

A `Case` gathers every `CaseSignal` about one target (a contract, a person, a domain...):
flags, held screening items, circumvention reviews, velocity hits, phishing checks. Its
priority comes from the signals and sets its SLA deadline. Every staff action is an
`AuditEntry`, which is append-only (refused in Python, and by a trigger on PostgreSQL).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models

from directcontracts.core import clock


class CaseState(models.TextChoices):
    OPEN = "open", "Open"
    ASSIGNED = "assigned", "Being handled"
    CLOSED = "closed", "Closed"


class Priority(models.TextChoices):
    URGENT = "urgent", "Urgent"
    HIGH = "high", "High"
    NORMAL = "normal", "Normal"
    LOW = "low", "Low"


PRIORITY_ORDER = [Priority.URGENT, Priority.HIGH, Priority.NORMAL, Priority.LOW]


class Outcome(models.TextChoices):
    DISMISSED = "dismissed", "Dismissed: nothing wrong"
    UPHELD = "upheld", "Upheld: action taken"


ALLOWED_TRANSITIONS: dict[str, set[str]] = {
    CaseState.OPEN: {CaseState.ASSIGNED, CaseState.CLOSED},
    CaseState.ASSIGNED: {CaseState.ASSIGNED, CaseState.CLOSED, CaseState.OPEN},
    CaseState.CLOSED: {CaseState.OPEN},
}


class Case(models.Model):
    reference = models.CharField(max_length=20, unique=True)
    target_kind = models.CharField(max_length=40)
    target_id = models.CharField(max_length=255)
    state = models.CharField(max_length=10, choices=CaseState.choices, default=CaseState.OPEN)
    priority = models.CharField(max_length=8, choices=Priority.choices, default=Priority.NORMAL)
    score = models.PositiveIntegerField(default=0)
    summary = models.CharField(max_length=500)
    subject_user_id = models.BigIntegerField(null=True, blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    opened_at = models.DateTimeField(default=clock.now)
    sla_due_at = models.DateTimeField()
    triaged_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, blank=True)

    class Meta:
        constraints = [
            # One live case per target: new signals join it.
            models.UniqueConstraint(
                fields=["target_kind", "target_id"],
                condition=~models.Q(state="closed"),
                name="one_live_case_per_target",
            )
        ]
        indexes = [models.Index(fields=["state", "sla_due_at"])]
        permissions = [("handle_case", "Can work the Trust & Safety queue")]

    def __str__(self) -> str:
        return f"{self.reference} ({self.target_kind} {self.target_id})"

    @property
    def met_sla(self) -> bool | None:
        if self.triaged_at is None:
            return None
        return self.triaged_at <= self.sla_due_at


class CaseSignal(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="signals")
    source = models.CharField(max_length=20)
    reason = models.CharField(max_length=40)
    summary = models.CharField(max_length=500)
    evidence = models.JSONField(default=dict)
    reporter_user_id = models.BigIntegerField(null=True, blank=True)
    subject_user_id = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.source}: {self.summary}"


# Reopening a closed case: the audit entry's action and the case page's action name (one
# spelling: actions.reopen writes it, case_holds reads the last one, the views route it).
REOPEN_ACTION = "reopen"

# What each case action is called where people read it (the case's audit trail, the
# appeal page); the stored `action` stays the stable code.
AUDIT_ACTION_LABELS = {
    "assign": "Assigned",
    "warn": "Warning",
    "freeze_escrow": "Escrow frozen",
    "hold_contract": "Contract held",
    "unfreeze": "Unfrozen",
    "refund_client": "Client refunded",
    "suspend": "Account suspended",
    "ban": "Account banned",
    "reinstate": "Account reinstated",
    REOPEN_ACTION: "Reopened",
    "upheld": "Upheld: action taken",
    "dismissed": "Dismissed: nothing wrong",
    "lift_on_dismissal": "Lifted on dismissal",
    "reapply_on_reopen": "Put back on reopening",
    "not_reapplied_on_reopen": "Not put back on reopening",
    "appeal_upheld": "Appeal refused: the action stands",
    "appeal_overturned": "Appeal accepted: the action was undone",
}


class AuditEntry(models.Model):
    case = models.ForeignKey(Case, null=True, on_delete=models.PROTECT, related_name="audit")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=40)
    reason = models.TextField(max_length=2000)
    data = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "audit entries"

    def __str__(self) -> str:
        return f"{self.action} by {self.actor_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("audit entries are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise ValueError("audit entries are append-only")

    @property
    def action_label(self) -> str:
        data = self.data if isinstance(self.data, dict) else {}
        if self.action == "appeal_overturned" and data.get("not_undone"):
            return "Appeal accepted: undone as far as it can be"
        return AUDIT_ACTION_LABELS.get(self.action) or self.action.replace("_", " ").capitalize()

    @property
    def effect_words(self) -> str:
        """What an undoing entry (an accepted appeal, a reinstatement, an unfreeze) undid, in
        words, from its stored data: "undid the warning and account suspended; account
        reinstated; 1 freeze or hold lifted". Empty for any other entry."""
        data = self.data if isinstance(self.data, dict) else {}
        parts = []
        undone = [AUDIT_ACTION_LABELS.get(a, a).lower() for a in data.get("undone") or []]
        if undone:
            parts.append("undid: " + ", ".join(undone))
        not_undone = [AUDIT_ACTION_LABELS.get(a, a).lower() for a in data.get("not_undone") or []]
        if not_undone:
            parts.append(
                "could not undo: "
                + ", ".join(not_undone)
                + " (a refund to the client is not taken back; no money moved)"
            )
        if data.get("reinstated"):
            parts.append("account reinstated")
        if data.get("still_stopped_by"):
            parts.append(f"account still stopped by {data['still_stopped_by']}")
        lifted = data.get("lifted")
        if isinstance(lifted, int) and self.action in (
            "appeal_overturned",
            "reinstate",
            "unfreeze",
        ):
            parts.append(
                f"{lifted} freeze{'s' if lifted != 1 else ''} or hold{'s' if lifted != 1 else ''} lifted"
            )
        return "; ".join(parts)


class FlagReason(models.TextChoices):
    SCAM_FRAUD = "scam_fraud", "Scam or fraud"
    OFF_PLATFORM_PAYMENT = "off_platform_payment", "Asked to pay outside the platform"
    CIRCUMVENTION = "circumvention", "Moving marketplace work off the marketplace"
    PROHIBITED_WORK = "prohibited_work", "Prohibited work"
    HARASSMENT = "harassment", "Harassment"
    SPAM = "spam", "Spam"
    OTHER = "other", "Something else"


class FlagTarget(models.TextChoices):
    CONTRACT = "contract", "Contract"
    MESSAGE = "message", "Message"
    USER = "user", "Person"
    INVITATION = "invitation", "Invitation"
    DOMAIN = "domain", "Website"


class Flag(models.Model):
    """Someone's "Flag as Inappropriate"; it joins the target's case as a signal."""

    reference = models.CharField(max_length=20, unique=True)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="flags_made"
    )
    target_kind = models.CharField(max_length=20, choices=FlagTarget.choices)
    target_id = models.CharField(max_length=253)  # a row id, or a website's host name
    reason = models.CharField(max_length=30, choices=FlagReason.choices)
    details = models.TextField(max_length=2000, blank=True)
    case = models.ForeignKey(Case, null=True, on_delete=models.SET_NULL, related_name="flags")
    created_at = models.DateTimeField(default=clock.now)
    closed_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["reporter", "target_kind", "target_id"],
                condition=models.Q(closed_at__isnull=True),
                name="one_open_flag_per_reporter_and_target",
            )
        ]

    def __str__(self) -> str:
        return self.reference


class AppealState(models.TextChoices):
    PENDING = "pending", "Waiting for a decision"
    UPHELD = "upheld", "Upheld: the action stands"
    OVERTURNED = "overturned", "Overturned: the action was undone"


class Appeal(models.Model):
    """A person actioned in a case asks, once, for a second look by another staff member."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="appeals")
    appellant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    statement = models.TextField(max_length=4000)
    state = models.CharField(
        max_length=12, choices=AppealState.choices, default=AppealState.PENDING
    )
    created_at = models.DateTimeField(default=clock.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(max_length=2000, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "appellant"], name="one_appeal_per_case")
        ]

    def __str__(self) -> str:
        return f"appeal of {self.case.reference}"


class VelocityCheck(models.TextChoices):
    """What a velocity rule counts; its numbers (threshold, window) are data."""

    INVITES_PER_WINDOW = "invites_per_window", "One freelancer inviting many client emails"
    SHARED_INSTRUMENT = "shared_instrument", "One payment card behind several client accounts"
    FAST_CASHOUT = "fast_cashout", "Funding, release and payout in hours on a new account"
    DECLINES_BEFORE_SUCCESS = "declines_before_success", "Many declined payments, then a success"
    SHARED_ADDRESS = "shared_address", "Client and freelancer signed in from the same address"


class VelocityRule(models.Model):
    """A rule kept as data: staff tune its threshold and window or switch it off."""

    key = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=150)
    counts = models.CharField(max_length=40, choices=VelocityCheck.choices)
    threshold = models.PositiveIntegerField(
        help_text="How many (invitations, accounts, declines...) make a hit; for fast cash-out, "
        "the account's age in days below which it counts as new."
    )
    window_hours = models.PositiveIntegerField(default=24)
    reason = models.CharField(
        max_length=30, choices=FlagReason.choices, default=FlagReason.SCAM_FRAUD
    )
    hold_payouts = models.BooleanField(
        default=False, help_text="Hold the freelancer's payouts until the case is reviewed."
    )
    enabled = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key"]

    def __str__(self) -> str:
        return self.name


class VelocityHit(models.Model):
    """A rule matched: which person, which events, and the case it opened or joined."""

    rule = models.ForeignKey(VelocityRule, on_delete=models.PROTECT, related_name="hits")
    subject_user_id = models.BigIntegerField()
    events = models.JSONField(default=list)
    case = models.ForeignKey(Case, null=True, on_delete=models.SET_NULL, related_name="+")
    payout_hold_id = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["rule", "subject_user_id", "created_at"])]

    def __str__(self) -> str:
        return f"{self.rule.key} on person {self.subject_user_id}"
