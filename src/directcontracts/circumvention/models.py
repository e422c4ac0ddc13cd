"""Marketplace identities, the signals invited clients leave, and the checks made on them.

Design: a `MarketplaceAccount` is an existing account holder, either one of the project's own
users (source=local) or a row imported from an operator's marketplace (source=imported). It
keeps the values as given and, beside them, the normalised values and blocking keys, each
indexed, so that a real-time check finds its candidates through a handful of index lookups.
A `CircumventionCheck` is the decision at one check point with its evidence (both sides'
values and the signals that decided), so that a reviewer sees them side by side.
"""

# Normalised columns are NULL when unknown, never "": an empty value must not match another.
# ruff: noqa: DJ001

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models

from directcontracts.core import clock

# Normalised columns that the real-time lookup filters on (each has its own index).
LOOKUP_COLUMNS = (
    "email_key", "email_loose", "phone", "phone_tail", "card", "device", "name_country",
    "org_name_company", "org_name_domain", "email_local", "device_model", "name_key",
    "country_code", "company_key", "org_domain", "ip", "ip_network", "phone_national",
)  # fmt: skip


class MarketplaceAccount(models.Model):
    class Source(models.TextChoices):
        LOCAL = "local", "This platform"
        IMPORTED = "imported", "Imported"

    source = models.CharField(max_length=10, choices=Source.choices)
    external_id = models.CharField(max_length=100)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="marketplace_account",
    )
    # As given.
    email = models.CharField(max_length=254, blank=True)
    name = models.CharField(max_length=200, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    country = models.CharField(max_length=2, blank=True)
    company = models.CharField(max_length=200, blank=True)
    payment_fingerprint = models.CharField(max_length=100, blank=True)
    device_id = models.CharField(max_length=200, blank=True)
    ip_address = models.CharField(max_length=45, blank=True)
    # Normalised (see matcher.profile_from_record); null when unknown.
    email_key = models.CharField(max_length=254, null=True)
    email_loose = models.CharField(max_length=254, null=True)
    email_local = models.CharField(max_length=254, null=True)
    email_domain = models.CharField(max_length=254, null=True)
    phone_e164 = models.CharField(max_length=20, null=True, db_column="phone_e164")
    phone_national = models.CharField(max_length=20, null=True)
    phone_tail = models.CharField(max_length=8, null=True)
    card = models.CharField(max_length=100, null=True)
    device = models.CharField(max_length=200, null=True)
    device_model = models.CharField(max_length=100, null=True)
    name_key = models.CharField(max_length=200, null=True)
    name_phonetic = models.CharField(max_length=200, null=True)
    name_country = models.CharField(max_length=210, null=True)
    country_code = models.CharField(max_length=2, null=True)
    company_key = models.CharField(max_length=200, null=True)
    org_domain = models.CharField(max_length=254, null=True)
    org_name_company = models.CharField(max_length=420, null=True)
    org_name_domain = models.CharField(max_length=460, null=True)
    ip = models.CharField(max_length=45, null=True)
    ip_network = models.CharField(max_length=50, null=True)
    is_active = models.BooleanField(default=True)
    imported_at = models.DateTimeField(default=clock.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["source", "external_id"], name="marketplace_account_source_id"
            ),
        ]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=[column], name=f"mpacc_{column}"[:30])
            for column in LOOKUP_COLUMNS
            if column != "phone"
        ] + [models.Index(fields=["phone_e164"], name="mpacc_phone_e164")]

    def __str__(self) -> str:
        return f"{self.external_id} ({self.get_source_display()})"

    @property
    def public_id(self) -> str:
        """The id a reviewer or the CLI shows: the user id for local accounts."""
        return self.external_id


class MatchKey(models.Model):
    """One of an account's multi-valued blocking keys (issue 14): a phone number with a digit
    dropped, a reshaped local part, a name skeleton, a name with an initial, a company's
    acronym. Stored as `kind=value`, one row each, so a check finds its candidates by index."""

    account = models.ForeignKey(
        MarketplaceAccount, on_delete=models.CASCADE, related_name="match_keys"
    )
    key = models.CharField(max_length=300)

    class Meta:
        # (key, account): a lookup reads the account ids from the index alone.
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["key", "account"], name="mpkey_key_account")
        ]

    def __str__(self) -> str:
        return self.key


class Checkpoint(models.TextChoices):
    INVITED = "invited", "Client invited"
    INVITATION_OPENED = "invitation_opened", "Invitation opened"
    INVITATION_ACCEPTED = "invitation_accepted", "Invitation accepted"
    PAYMENT_METHOD_ADDED = "payment_method_added", "Payment method added"
    FUNDING = "funding", "Funding"
    RESCAN = "rescan", "Batch rescan"


# When a check ran, in the words Trust & Safety read ("... when the client accepted the
# invitation"); the checkpoint codes stay the data.
CHECKPOINT_WORDS: dict[str, str] = {
    Checkpoint.INVITED: "when the client was invited",
    Checkpoint.INVITATION_OPENED: "when the client opened the invitation",
    Checkpoint.INVITATION_ACCEPTED: "when the client accepted the invitation",
    Checkpoint.PAYMENT_METHOD_ADDED: "when the client added a payment method",
    Checkpoint.FUNDING: "when the client funded the contract",
    Checkpoint.RESCAN: "in a batch rescan",
}


class IdentitySignal(models.Model):
    """One value a client gave (or their browser showed) at one check point."""

    class Kind(models.TextChoices):
        EMAIL = "email"
        NAME = "name"
        PHONE = "phone"
        COUNTRY = "country"
        COMPANY = "company"
        PAYMENT_FINGERPRINT = "payment_fingerprint"
        DEVICE_ID = "device_id"
        IP = "ip"
        USER_AGENT = "user_agent"

    subject = models.CharField(max_length=100, db_index=True, help_text="e.g. invitation:42")
    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    checkpoint = models.CharField(max_length=30, choices=Checkpoint.choices)
    kind = models.CharField(max_length=30, choices=Kind.choices)
    value = models.CharField(max_length=400)
    normalised = models.CharField(max_length=400, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.subject} {self.kind}"


class CircumventionCheck(models.Model):
    class Decision(models.TextChoices):
        BLOCK = "block", "Block"
        REVIEW = "review", "Review"
        ALLOW = "allow", "Allow"

    class ReviewState(models.TextChoices):
        NONE = "none", "Not held"
        HELD = "held", "Held for review"
        CLEARED = "cleared", "Cleared: a new client"
        CONFIRMED = "confirmed", "Confirmed: an existing account holder"

    ALLOWED_TRANSITIONS: ClassVar[dict[str, set[str]]] = {
        ReviewState.NONE: set(),
        ReviewState.HELD: {ReviewState.CLEARED, ReviewState.CONFIRMED},
        ReviewState.CLEARED: set(),
        ReviewState.CONFIRMED: set(),
    }

    subject = models.CharField(max_length=100, db_index=True)
    client = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    checkpoint = models.CharField(max_length=30, choices=Checkpoint.choices)
    decision = models.CharField(max_length=10, choices=Decision.choices)
    score = models.FloatField()
    matched_account = models.ForeignKey(
        MarketplaceAccount, null=True, blank=True, on_delete=models.SET_NULL, related_name="checks"
    )
    candidate = models.JSONField(default=dict, help_text="The client's values as given.")
    matched = models.JSONField(default=dict, help_text="The matched account's values as given.")
    signals = models.JSONField(default=list)
    review_state = models.CharField(
        max_length=10, choices=ReviewState.choices, default=ReviewState.NONE
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True)
    # The person's own words while held ("my spouse's card", "a different John Smith").
    explanation = models.TextField(max_length=1000, blank=True)
    explained_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes: ClassVar[list[models.Index]] = [
            models.Index(fields=["review_state", "created_at"], name="circ_check_review"),
        ]

    def __str__(self) -> str:
        return f"{self.subject} {self.decision} ({self.score:.1f})"


class RescanProgress(models.Model):
    """Where a batch rescan got to, so an interrupted run resumes instead of restarting."""

    name = models.CharField(max_length=50, unique=True)
    last_subject = models.CharField(max_length=100, blank=True)
    checked = models.PositiveIntegerField(default=0)
    started_at = models.DateTimeField(default=clock.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "rescan progress"
        verbose_name_plural = "rescan progress"

    def __str__(self) -> str:
        return f"{self.name} at {self.last_subject or 'start'}"
