"""Get Help tickets: the request, its conversation, files and the audit trail.

Design:

1. A ticket's status moves only through `support/states.py`, which checks
   `ALLOWED_TRANSITIONS`, claims the row with compare-and-set and writes a `TicketEvent`.
2. `TicketEvent` rows are the timeline and the audit trail of every staff action
   (assign, reply, note, status, priority, escalation): who, what, when.
3. A visitor's request stays out of the queue until the visitor confirms their address
   (`email_confirmed_at`); a signed-in person's is confirmed at once.
4. Internal notes are messages with `kind=note`: the customer never sees them.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q

from directcontracts.core import clock

SUPPORT_GROUP = "support"


class Topic(models.TextChoices):
    ACCOUNT = "account", "Account"
    PAYMENTS = "payments", "Payments"
    CONTRACT = "contract", "A contract"
    TRUST_SAFETY = "trust_safety", "Trust & safety (fraud, phishing, abuse)"
    OTHER = "other", "Something else"


class Status(models.TextChoices):
    NEW = "new", "New"
    OPEN = "open", "Open"
    WAITING = "waiting_on_customer", "Waiting on customer"
    RESOLVED = "resolved", "Resolved"
    CLOSED = "closed", "Closed"


# The status as the customer reads it: the queue's words ("Waiting on customer") are the
# support team's; the person who asked is told whose turn it is.
CUSTOMER_STATUS_LABELS: dict[str, str] = {
    Status.NEW: "Waiting for our team",
    Status.OPEN: "Waiting for our team",
    Status.WAITING: "Waiting for your reply",
    Status.RESOLVED: "Resolved",
    Status.CLOSED: "Closed",
}


class Satisfaction(models.TextChoices):
    GOOD = "good", "Good, I'm satisfied"
    BAD = "bad", "Bad, I'm not satisfied"


# A resolved or closed request may be rated (and the rating changed) by the person who asked.
RATEABLE_STATUSES = ("resolved", "closed")


class Priority(models.TextChoices):
    LOW = "low", "Low"
    NORMAL = "normal", "Normal"
    HIGH = "high", "High"
    URGENT = "urgent", "Urgent"


PRIORITY_ORDER = {Priority.URGENT: 0, Priority.HIGH: 1, Priority.NORMAL: 2, Priority.LOW: 3}

TICKET_TRANSITIONS: dict[str, set[str]] = {
    Status.NEW: {Status.OPEN, Status.WAITING, Status.RESOLVED, Status.CLOSED},
    Status.OPEN: {Status.WAITING, Status.RESOLVED, Status.CLOSED},
    Status.WAITING: {Status.OPEN, Status.RESOLVED, Status.CLOSED},
    # A customer may reopen a resolved ticket within SUPPORT_REOPEN_DAYS; then it closes.
    Status.RESOLVED: {Status.OPEN, Status.CLOSED},
    Status.CLOSED: set(),
}

ACTIVE_STATUSES = (Status.NEW, Status.OPEN, Status.WAITING)


class TicketQuerySet(models.QuerySet["Ticket"]):
    def visible_to(self, user: Any) -> TicketQuerySet:
        """A person's own requests; nobody else's."""
        user_id = getattr(user, "pk", None)
        if user_id is None:
            return self.none()
        return self.filter(requester_id=user_id)

    def confirmed(self) -> TicketQuerySet:
        return self.filter(email_confirmed_at__isnull=False)

    def active(self) -> TicketQuerySet:
        return self.filter(status__in=ACTIVE_STATUSES)


class Ticket(models.Model):
    reference = models.CharField(max_length=16, unique=True)
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="support_tickets",
    )
    requester_email = models.EmailField(max_length=254)
    requester_name = models.CharField(max_length=150, blank=True)
    email_confirmed_at = models.DateTimeField(null=True, blank=True)
    topic = models.CharField(max_length=20, choices=Topic.choices)
    subject = models.CharField(max_length=200)
    description = models.TextField(max_length=10_000)
    contract = models.ForeignKey(
        "contracts.Contract",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="support_tickets",
    )
    article = models.ForeignKey(
        "helpcenter.Article",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="support_tickets",
    )
    status = models.CharField(max_length=24, choices=Status.choices, default=Status.NEW)
    priority = models.CharField(max_length=10, choices=Priority.choices, default=Priority.NORMAL)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_tickets",
    )
    created_at = models.DateTimeField(default=clock.now)
    updated_at = models.DateTimeField(default=clock.now)
    first_response_due_at = models.DateTimeField(null=True, blank=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    # Set when the ticket became a Trust & Safety case.
    trust_case_id = models.BigIntegerField(null=True, blank=True)
    trust_case_ref = models.CharField(max_length=40, blank=True)
    # The requester's rating of how we handled it, once resolved: one per ticket, so rating
    # again changes it instead of counting twice.
    satisfaction = models.CharField(max_length=8, choices=Satisfaction.choices, blank=True)
    satisfaction_comment = models.TextField(max_length=1000, blank=True)
    rated_at = models.DateTimeField(null=True, blank=True)
    # The staff member the rating is about: the one answering the request when it was rated
    # (its assignee then, else the author of the last staff reply). It stays with them when
    # the request is later reassigned (`ratings.answering_member`).
    rated_member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects: ClassVar[TicketQuerySet] = TicketQuerySet.as_manager()  # type: ignore[assignment]

    ALLOWED_TRANSITIONS = TICKET_TRANSITIONS

    class Meta:
        ordering = ["-created_at", "-id"]
        permissions = [
            ("handle_ticket", "Can work the support queue"),
            # Support leads: each member's resolved tickets, answer times and ratings.
            ("view_team_figures", "Can see each support member's figures"),
        ]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["requester", "created_at"]),
            models.Index(fields=["assignee", "status"]),
            models.Index(fields=["requester_email"]),
            models.Index(fields=["resolved_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.subject}"

    @property
    def is_confirmed(self) -> bool:
        return self.email_confirmed_at is not None

    @property
    def can_be_rated(self) -> bool:
        return self.is_confirmed and self.status in RATEABLE_STATUSES

    @property
    def customer_status_display(self) -> str:
        return CUSTOMER_STATUS_LABELS.get(self.status, self.get_status_display())


class MessageKind(models.TextChoices):
    CUSTOMER = "customer", "Customer"
    STAFF = "staff", "Staff reply"
    NOTE = "note", "Internal note"


class Via(models.TextChoices):
    WEB = "web", "Web"
    EMAIL = "email", "Email"


class TicketMessage(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=10, choices=MessageKind.choices)
    body = models.TextField(max_length=20_000)
    via = models.CharField(max_length=10, choices=Via.choices, default=Via.WEB)
    # The inbound email's Message-ID, so a redelivered email lands once.
    email_message_id = models.CharField(max_length=250, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["ticket", "email_message_id"],
                condition=~Q(email_message_id=""),
                name="support_message_email_once",
            )
        ]

    def __str__(self) -> str:
        return f"{self.ticket.reference} {self.kind} #{self.pk}"

    @property
    def signed_as(self) -> str:
        """How a staff reply is signed to the requester: the author's first name, as the reply
        email signs it (`staff.reply_to_customer`); their full name stays with the team."""
        name = self.author.full_name if self.author is not None else ""
        return name.split(" ")[0] if name else "Support team"

    @property
    def is_public(self) -> bool:
        return self.kind != MessageKind.NOTE


class TicketAttachment(models.Model):
    message = models.ForeignKey(TicketMessage, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="support/%Y/%m/")
    name = models.CharField(max_length=120)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class TicketEvent(models.Model):
    """One change to a ticket: the timeline and the audit trail of staff actions."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=100, blank=True)
    kind = models.CharField(max_length=40)
    from_status = models.CharField(max_length=24, blank=True)
    to_status = models.CharField(max_length=24, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["kind", "to_status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.ticket.reference} {self.kind}"

    @property
    def label(self) -> str:
        return self.kind.replace("_", " ")

    @property
    def to_status_label(self) -> str:
        """The state the ticket moved to, in words ("Waiting on customer")."""
        return str(dict(Status.choices).get(self.to_status, self.to_status))


class CannedReply(models.Model):
    title = models.CharField(max_length=120, unique=True)
    body = models.TextField(max_length=5000)
    is_active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "canned replies"

    def __str__(self) -> str:
        return self.title
