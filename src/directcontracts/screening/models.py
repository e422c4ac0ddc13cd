"""Screening records: staff-edited rule sets, the log of refused attempts, sender risk.

Screening imports no other app (DESIGN.md, "Layers"), so people are plain integer ids
(`sender_id`, `published_by_id`) rather than foreign keys to accounts.
"""

from __future__ import annotations

from django.db import models

from directcontracts.screening.classifier import CODES

POLICY_CHOICES = [(code, code) for code in CODES if code != "ok"]


class RuleSetStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PUBLISHED = "published", "Published"


class PolicyRuleSet(models.Model):
    """A version of the policy rules; the published one with the latest effective date applies."""

    version = models.PositiveIntegerField(unique=True)
    status = models.CharField(
        max_length=16, choices=RuleSetStatus.choices, default=RuleSetStatus.DRAFT
    )
    effective_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by_id = models.BigIntegerField(null=True, blank=True)
    notes = models.TextField(blank=True)
    block_threshold = models.FloatField(default=0.6)
    review_threshold = models.FloatField(default=0.5)
    model_block_threshold = models.FloatField(
        default=0.93, help_text="Classifier probability needed to block when no rule fired."
    )
    part_threshold = models.FloatField(
        default=0.75, help_text="How sure the classifier must be before one sentence decides."
    )
    review_risk_threshold = models.FloatField(
        default=1.01,
        help_text=(
            "Hold for review when the brief's probability of not being allowed work, over "
            "all codes, reaches this (above 1: never)."
        ),
    )
    contexts = models.JSONField(
        default=dict,
        blank=True,
        help_text="Named word lists rules refer to as @name (protective, negation, evasion...).",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-version"]

    def __str__(self) -> str:
        return f"Rules v{self.version} ({self.get_status_display()})"


class RuleAction(models.TextChoices):
    BLOCK = "block", "Block"
    REVIEW = "review", "Send to review"


class PolicyRule(models.Model):
    ruleset = models.ForeignKey(PolicyRuleSet, on_delete=models.CASCADE, related_name="rules")
    name = models.CharField(max_length=80)
    code = models.CharField(max_length=32, choices=POLICY_CHOICES)
    action = models.CharField(max_length=16, choices=RuleAction.choices)
    reason = models.CharField(max_length=200, help_text="Shown to the person whose text matched.")
    patterns = models.TextField(
        help_text=(
            "One pattern per line over normalised words: groups joined by ' + ' must all "
            "occur within the window; alternatives joined by '|'; 'word*' is a prefix."
        )
    )
    exceptions = models.TextField(
        blank=True,
        help_text="One pattern or @context per line; 'item:' looks in the whole brief.",
    )
    window = models.PositiveSmallIntegerField(default=6, help_text="Words between groups.")
    negatable = models.BooleanField(
        default=True, help_text="A negation just before a matched word stops the rule."
    )
    must_match = models.TextField(blank=True, help_text="Examples it must match, one a line.")
    must_not_match = models.TextField(
        blank=True, help_text="Examples it must not match, one a line."
    )
    span = models.PositiveSmallIntegerField(
        default=1,
        help_text="1: one sentence or clause; 2: also a clause with the one after it.",
    )
    enabled = models.BooleanField(default=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["ruleset", "name"], name="screening_rule_name_per_set")
        ]

    def __str__(self) -> str:
        return self.name


class AttemptKind(models.TextChoices):
    WORK = "work", "Work description"
    MESSAGE = "message", "Message"


class ReviewState(models.TextChoices):
    NONE = "none", "No review needed"
    HELD = "held", "Held for review"
    CLEARED = "cleared", "Cleared"
    CONFIRMED = "confirmed", "Confirmed as a breach"


class ScreeningAttempt(models.Model):
    """A refused or held piece of text: who sent it, what the screener said and why."""

    created_at = models.DateTimeField(db_index=True)
    kind = models.CharField(max_length=16, choices=AttemptKind.choices)
    sender_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    context = models.CharField(max_length=80, blank=True, help_text="e.g. contract.create")
    object_ref = models.CharField(max_length=80, blank=True, help_text="e.g. contract:42")
    verdict = models.CharField(max_length=16)
    # A work policy code, or for a held message the kinds found ("payment_off_platform,...").
    policy = models.CharField(max_length=200, blank=True)
    score = models.FloatField(default=0.0)
    reasons = models.JSONField(default=list)
    rules = models.JSONField(default=list)
    rules_version = models.CharField(max_length=32, blank=True)
    excerpt = models.TextField(blank=True)
    review_state = models.CharField(
        max_length=16, choices=ReviewState.choices, default=ReviewState.NONE, db_index=True
    )
    reviewed_by_id = models.BigIntegerField(null=True, blank=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.kind} {self.verdict} {self.policy} ({self.created_at:%Y-%m-%d %H:%M})"


class SenderRisk(models.Model):
    """Per-sender counters that trust & safety and velocity rules read."""

    sender_id = models.BigIntegerField(unique=True)
    held_messages = models.PositiveIntegerField(default=0)
    blocked_work = models.PositiveIntegerField(default=0)
    reviewed_work = models.PositiveIntegerField(default=0)
    last_event_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "sender risk records"

    def __str__(self) -> str:
        return f"sender {self.sender_id}: {self.total} events"

    @property
    def total(self) -> int:
        return self.held_messages + self.blocked_work + self.reviewed_work
