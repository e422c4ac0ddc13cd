"""In-app notices and outgoing webhooks (endpoints, events, deliveries, attempts)."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.db import models

from directcontracts.core import clock

# A contract's title (200 characters) with its number in front.
ABOUT_MAX_LENGTH = 250
LINK_TEXT_MAX_LENGTH = 100


class NoticeQuerySet(models.QuerySet["Notice"]):
    def for_recipient(self, user: Any) -> NoticeQuerySet:
        return self.filter(recipient=user)

    def unread(self) -> NoticeQuerySet:
        return self.filter(read_at__isnull=True)


class Notice(models.Model):
    """One line in a person's notification list; `kind` is the event type that caused it."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(max_length=64)
    title = models.CharField(max_length=200)
    # What the notice is about, named as its recipient knows it ("Contract #12: Logo
    # design"). Written by the calling app at notify time, so a list never reads the thing.
    about = models.CharField(max_length=ABOUT_MAX_LENGTH, blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500, blank=True)
    # The words of the link to `url` ("Read the warning and appeal it"), shown as the link on
    # pages and before the address in emails; empty for a notice whose title says it.
    link_text = models.CharField(max_length=LINK_TEXT_MAX_LENGTH, blank=True)
    # Further paths of this site the platform wrote into `body` besides `url` (the dispute
    # a freeze notice names, the contract a warning is about). Pages and emails link only
    # `url` and these: every other address in the words (a party's, in a message, a note or
    # a name) stays text (docs/security.md, "Party words outside the thread, round two").
    links = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=clock.now)
    read_at = models.DateTimeField(null=True, blank=True)
    # Its email waits for the recipient's daily digest (they chose "A daily digest" for the
    # kind's group): the digest lists it if it is still unread then (notifications/digests.py).
    digest_due = models.BooleanField(default=False)

    objects = NoticeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notice_recipient_read"),
            # The digest run's only read of notices: the few waiting for a digest.
            models.Index(
                fields=["recipient", "created_at"],
                condition=models.Q(digest_due=True, read_at__isnull=True),
                name="notice_digest_due",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} → {self.recipient_id}: {self.title}"

    @property
    def is_unread(self) -> bool:
        return self.read_at is None

    @property
    def link_words(self) -> str:
        """What the notice's link says on a page: its `link_text`, else its title."""
        return self.link_text or self.title

    @property
    def subject_about(self) -> str:
        """`about` for an email subject beside the title: only what the title does not
        already say. "Contract #9: Bakery site" becomes "Contract #9" when the title quotes
        "Bakery site", so a subject never names the same thing twice."""
        label, sep, name = self.about.partition(": ")
        if sep and name and name in self.title:
            return label
        return self.about


def new_webhook_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def new_event_id() -> str:
    return "evt_" + secrets.token_hex(12)


class WebhookEndpoint(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhook_endpoints"
    )
    url = models.URLField(max_length=500)
    description = models.CharField(max_length=200, blank=True)
    # Kept in clear because every delivery is signed with it; shown to its owner only once.
    secret = models.CharField(max_length=100, default=new_webhook_secret)
    enabled_events = models.JSONField(default=list, help_text='Event types, or ["*"] for all.')
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.url

    def wants(self, event_type: str) -> bool:
        return "*" in self.enabled_events or event_type in self.enabled_events

    @property
    def secret_hint(self) -> str:
        return f"{self.secret[:10]}…"


class WebhookEvent(models.Model):
    """What happened, once per owner: the same state change never makes two events."""

    public_id = models.CharField(max_length=40, unique=True, default=new_event_id)
    type = models.CharField(max_length=64)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhook_events"
    )
    data = models.JSONField(default=dict)
    idempotency_key = models.CharField(max_length=200)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "idempotency_key"], name="webhook_event_once_per_owner"
            )
        ]

    def __str__(self) -> str:
        return f"{self.public_id} {self.type}"

    def payload(self) -> dict[str, object]:
        return {
            "id": self.public_id,
            "type": self.type,
            "created": int(self.created_at.timestamp()),
            "data": self.data,
        }


class WebhookDelivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    event = models.ForeignKey(WebhookEvent, on_delete=models.CASCADE, related_name="deliveries")
    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    # Attempts made so far; a worker claims attempt n+1 by compare-and-set on this number.
    attempt = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    response_excerpt = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(default=clock.now)
    updated_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            models.UniqueConstraint(fields=["event", "endpoint"], name="webhook_delivery_once")
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="webhook_delivery_due")]

    def __str__(self) -> str:
        return f"delivery {self.pk} of {self.event_id} to {self.endpoint_id}: {self.status}"

    @property
    def public_id(self) -> str:
        return f"whd_{self.pk}"


class WebhookAttempt(models.Model):
    """One HTTP request of a delivery: the delivery log shows these."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveIntegerField()
    started_at = models.DateTimeField(default=clock.now)
    duration_ms = models.PositiveIntegerField(default=0)
    status_code = models.PositiveIntegerField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)
    response_excerpt = models.CharField(max_length=1000, blank=True)
    succeeded = models.BooleanField(default=False)
    manual = models.BooleanField(default=False, help_text="Started by the Redeliver button.")

    class Meta:
        ordering = ["delivery", "number"]
        constraints = [
            models.UniqueConstraint(fields=["delivery", "number"], name="webhook_attempt_once")
        ]

    def __str__(self) -> str:
        return f"attempt {self.number} of delivery {self.delivery_id}"


class EmailPreferences(models.Model):
    """What a person chose not to receive one by one, one row per person (made on their
    first choice: no row means every email, as it happens). It names the groups turned off
    and those sent as a daily digest, not those sent as they happen, so a group added later
    starts "as it happens", and a kind's group is decided in code (`email_groups.py`), never
    copied here. A group is in at most one of the two lists."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="email_preferences"
    )
    groups_off = models.JSONField(
        default=list, blank=True, help_text="Keys of the email groups this person turned off."
    )
    groups_daily = models.JSONField(
        default=list,
        blank=True,
        help_text="Keys of the email groups this person gets as one daily digest.",
    )
    updated_at = models.DateTimeField(default=clock.now)

    class Meta:
        verbose_name = "email preferences"
        verbose_name_plural = "email preferences"

    def __str__(self) -> str:
        return f"email preferences of {self.user_id}"


class EmailDigest(models.Model):
    """One person's daily digest: recorded (with the notices it lists) before it is sent,
    at most one per person per day (the unique key), so a retried or concurrent run never
    sends a second one, and a run that stopped between recording and sending is finished
    by the next (`sent_at` still empty)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="email_digests"
    )
    # The UTC day of the digest hour it belongs to.
    day = models.DateField()
    # It lists the notices made after the previous digest's cutoff, up to this moment.
    cutoff = models.DateTimeField()
    notice_ids = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=clock.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    # How many notices the email listed; 0 when none was sent (all read before it went, or
    # the account was stopped or closed in between).
    sent_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-day", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="email_digest_once_a_day")
        ]
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=models.Q(sent_at__isnull=True),
                name="email_digest_unsent",
            )
        ]

    def __str__(self) -> str:
        return f"digest of {self.user_id} for {self.day}"
