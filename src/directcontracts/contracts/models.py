"""Direct contracts, their invitations, milestones and timeline.

Design:

1. States are `TextChoices` with an explicit `ALLOWED_TRANSITIONS` map; services move a
   row only through `transition()` in `contracts/states.py`, which refuses anything not in
   the map with `invalid_transition` naming the current state.
2. Every transition writes a `ContractEvent` (who, from, to, when, why): the activity
   timeline that both parties see and the audit trail are the same rows.
3. Money is integer minor units with the contract's ISO 4217 currency; one contract, one
   currency.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q

from directcontracts.core import clock


class ContractState(models.TextChoices):
    DRAFT = "draft", "Draft"
    INVITED = "invited", "Invited"
    DECLINED = "declined", "Declined"
    ACTIVE = "active", "Active"
    ENDED = "ended", "Ended"
    CANCELLED = "cancelled", "Cancelled"


class MilestoneState(models.TextChoices):
    DRAFT = "draft", "Draft"
    AWAITING_FUNDING = "awaiting_funding", "Awaiting funding"
    FUNDING_PENDING = "funding_pending", "Funding pending"
    FUNDED = "funded", "Funded"
    SUBMITTED = "submitted", "Submitted"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"
    # The client released part; the rest stays in escrow until the freelancer agrees to
    # refund it, the client releases it, or a dispute decides (issue 11, High 2).
    PARTIALLY_RELEASED = "partially_released", "Partly released, rest in escrow"
    RELEASED = "released", "Released"
    REFUNDED = "refunded", "Refunded"


CONTRACT_TRANSITIONS: dict[str, set[str]] = {
    ContractState.DRAFT: {ContractState.INVITED, ContractState.CANCELLED},
    ContractState.INVITED: {
        ContractState.ACTIVE,
        ContractState.DECLINED,
        ContractState.DRAFT,  # invitation revoked: back to editing
        ContractState.CANCELLED,
    },
    ContractState.DECLINED: {ContractState.DRAFT, ContractState.CANCELLED},
    ContractState.ACTIVE: {ContractState.ENDED},
    ContractState.ENDED: set(),
    ContractState.CANCELLED: set(),
}

MILESTONE_TRANSITIONS: dict[str, set[str]] = {
    MilestoneState.DRAFT: {MilestoneState.AWAITING_FUNDING},
    MilestoneState.AWAITING_FUNDING: {MilestoneState.FUNDING_PENDING, MilestoneState.FUNDED},
    MilestoneState.FUNDING_PENDING: {MilestoneState.FUNDED, MilestoneState.AWAITING_FUNDING},
    # FUNDED, SUBMITTED and CHANGES_REQUESTED reach REFUNDED by a refund or a chargeback,
    # and PARTIALLY_RELEASED by a release of less than escrow holds.
    MilestoneState.FUNDED: {
        MilestoneState.SUBMITTED,
        MilestoneState.PARTIALLY_RELEASED,
        MilestoneState.RELEASED,
        MilestoneState.REFUNDED,
    },
    MilestoneState.SUBMITTED: {
        MilestoneState.PARTIALLY_RELEASED,
        MilestoneState.RELEASED,
        MilestoneState.CHANGES_REQUESTED,
        MilestoneState.REFUNDED,
    },
    MilestoneState.CHANGES_REQUESTED: {
        MilestoneState.SUBMITTED,
        MilestoneState.PARTIALLY_RELEASED,
        MilestoneState.RELEASED,
        MilestoneState.REFUNDED,
    },
    # The rest is released, or refunded with the freelancer's yes (both end as RELEASED:
    # the work was accepted), or charged back (REFUNDED).
    MilestoneState.PARTIALLY_RELEASED: {MilestoneState.RELEASED, MilestoneState.REFUNDED},
    MilestoneState.RELEASED: set(),
    MilestoneState.REFUNDED: set(),
}

# Milestones whose money is in escrow right now.
ESCROWED_STATES = {
    MilestoneState.FUNDED,
    MilestoneState.SUBMITTED,
    MilestoneState.CHANGES_REQUESTED,
    MilestoneState.PARTIALLY_RELEASED,
}


class ContractQuerySet(models.QuerySet["Contract"]):
    def visible_to(self, user: object) -> ContractQuerySet:
        """The only way to list contracts: a party sees its own, nobody else's."""
        user_id = getattr(user, "pk", None)
        if user_id is None:
            return self.none()
        return self.filter(Q(freelancer_id=user_id) | Q(client_id=user_id))


class Contract(models.Model):
    freelancer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="contracts_as_freelancer"
    )
    client = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="contracts_as_client",
        help_text="Set when the client accepts the invitation.",
    )
    client_email = models.EmailField(max_length=254)
    client_name = models.CharField(max_length=150)
    title = models.CharField(max_length=200)
    description = models.TextField(max_length=10_000)
    category_slug = models.CharField(max_length=100)
    catalog_version = models.PositiveIntegerField(null=True, blank=True)
    currency = models.CharField(max_length=3)
    review_period_days = models.PositiveSmallIntegerField()
    state = models.CharField(
        max_length=20, choices=ContractState.choices, default=ContractState.DRAFT
    )
    created_at = models.DateTimeField(default=clock.now)
    updated_at = models.DateTimeField(default=clock.now)
    accepted_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    # Set when the work-policy screener sent the text to Trust & Safety review: the
    # reference its held item carries. The contract can't be sent until it is cleared.
    screening_ref = models.CharField(max_length=80, blank=True)

    objects: ClassVar[ContractQuerySet] = ContractQuerySet.as_manager()  # type: ignore[assignment]

    ALLOWED_TRANSITIONS = CONTRACT_TRANSITIONS

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["freelancer", "state"]),
            models.Index(fields=["client", "state"]),
            models.Index(fields=["client_email"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(review_period_days__gte=1) & Q(review_period_days__lte=60),
                name="contract_review_period_range",
            )
        ]

    def __str__(self) -> str:
        return f"#{self.pk} {self.title}"

    def is_party(self, user: object) -> bool:
        user_id = getattr(user, "pk", None)
        return user_id is not None and user_id in (self.freelancer_id, self.client_id)

    def role_of(self, user: object) -> str | None:
        user_id = getattr(user, "pk", None)
        if user_id is None:
            return None
        if user_id == self.freelancer_id:
            return "freelancer"
        if user_id == self.client_id:
            return "client"
        return None


class Milestone(models.Model):
    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="milestones")
    position = models.PositiveSmallIntegerField()
    title = models.CharField(max_length=200)
    description = models.TextField(max_length=5_000, blank=True)
    amount_minor = models.BigIntegerField()
    due_date = models.DateField(null=True, blank=True)
    state = models.CharField(
        max_length=20, choices=MilestoneState.choices, default=MilestoneState.DRAFT
    )
    funded_amount_minor = models.BigIntegerField(default=0)
    released_amount_minor = models.BigIntegerField(default=0)
    refunded_amount_minor = models.BigIntegerField(default=0)
    submitted_at = models.DateTimeField(null=True, blank=True)
    review_deadline = models.DateTimeField(null=True, blank=True)
    review_extended = models.BooleanField(default=False)
    # While a freeze stops the review clock: the time that was left (contracts/freezes.py).
    review_time_left = models.DurationField(null=True, blank=True)
    reminders_sent = models.JSONField(default=list, blank=True)
    released_at = models.DateTimeField(null=True, blank=True)
    # A bonus (a release above what was in escrow) is released as soon as its payment settles.
    release_on_funding = models.BooleanField(default=False)
    # A bonus's approval (escrow.approve_milestone): the milestone approved and, until the
    # processor takes the bonus's charge, what its escrow held then, released with the bonus
    # (cleared once released: the approval is no longer waiting). A bonus whose charge is
    # refused is deleted.
    bonus_for = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="bonuses"
    )
    bonus_releases_minor = models.BigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    ALLOWED_TRANSITIONS = MILESTONE_TRANSITIONS

    class Meta:
        ordering = ["contract_id", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_minor__gt=0), name="milestone_amount_positive"
            ),
            models.UniqueConstraint(
                fields=["contract", "position"], name="milestone_position_unique"
            ),
        ]
        indexes = [models.Index(fields=["state", "review_deadline"])]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_state_display()})"

    @property
    def in_escrow(self) -> bool:
        return self.state in ESCROWED_STATES

    @property
    def escrow_minor(self) -> int:
        """What escrow holds for this milestone now (funded, less what left it)."""
        return self.funded_amount_minor - self.released_amount_minor - self.refunded_amount_minor


class Invitation(models.Model):
    """The client's way in: a signed link (nonce kept as a digest) plus a 6-digit email code."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(max_length=254)
    nonce_digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=clock.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    code_digest = models.CharField(max_length=64, blank=True)
    code_expires_at = models.DateTimeField(null=True, blank=True)
    code_attempts = models.PositiveSmallIntegerField(default=0)
    email_verified_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"invitation to {self.email} for contract {self.contract_id}"


class ContractEvent(models.Model):
    """One row per change: the timeline both parties see, and the audit trail."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="events")
    milestone = models.ForeignKey(
        Milestone, on_delete=models.CASCADE, null=True, blank=True, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True
    )
    actor_label = models.CharField(
        max_length=150,
        blank=True,
        help_text="Who, when there is no user (system, client by email).",
    )
    kind = models.CharField(max_length=60)
    from_state = models.CharField(max_length=20, blank=True)
    to_state = models.CharField(max_length=20, blank=True)
    message = models.TextField(max_length=5_000, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=clock.now, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} on contract {self.contract_id}"


class Message(models.Model):
    """A message in the contract's thread. Screened before it is stored: a held message
    is never stored here, so the other party can't see it."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="messages")
    sender = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(max_length=10_000)
    created_at = models.DateTimeField(default=clock.now, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"message {self.pk} on contract {self.contract_id}"


class ThreadReadMark(models.Model):
    """How far each party has read the thread: unread counts without a row per message."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="read_marks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    last_read_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["contract", "user"], name="thread_read_mark_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} read contract {self.contract_id} up to {self.last_read_at}"


class Release(models.Model):
    """Money released to a freelancer, and when its security hold ends (payouts wait for it).

    One row per release: a partial release, then the release of the rest, are two rows
    (`number` 1, 2...), each with its own hold."""

    milestone = models.ForeignKey(Milestone, on_delete=models.PROTECT, related_name="releases")
    number = models.PositiveSmallIntegerField(default=1)
    freelancer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    currency = models.CharField(max_length=3)
    amount_minor = models.BigIntegerField()
    fee_minor = models.BigIntegerField()
    net_minor = models.BigIntegerField()
    released_at = models.DateTimeField()
    available_at = models.DateTimeField(db_index=True)
    automatic = models.BooleanField(default=False)

    class Meta:
        ordering = ["-released_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["milestone", "number"], name="release_number_unique")
        ]

    def __str__(self) -> str:
        return f"release {self.number} of milestone {self.milestone_id}: {self.net_minor} {self.currency}"


class MoneyRequest(models.Model):
    """A request that moved a milestone's money (an approval, a refund), by the caller's key.

    Written in the same money transaction as the movement, so it exists exactly when the
    money moved: a retry of the request whose answer was lost (a 5xx, a process that died
    before the API stored it) finds it and moves nothing again. Funding and payouts find
    their own rows by key (`Payment`, `Payout`); these two had none."""

    milestone = models.ForeignKey(Milestone, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=20)
    key = models.CharField(max_length=120)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["milestone", "action", "key"], name="money_request_key_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.action} of milestone {self.milestone_id} ({self.key})"


def deliverable_path(instance: DeliverableFile, filename: str) -> str:
    # Never the uploaded name on disk: a random name inside the milestone's folder.
    return f"deliverables/{instance.deliverable.milestone_id}/{instance.storage_key}"


def preview_path(instance: DeliverableFile, filename: str) -> str:
    return f"previews/{instance.deliverable.milestone_id}/{instance.storage_key}.jpg"


class Deliverable(models.Model):
    """One submission of work on a milestone: a message and files, held in escrow too."""

    milestone = models.ForeignKey(Milestone, on_delete=models.CASCADE, related_name="deliverables")
    number = models.PositiveSmallIntegerField()
    message = models.TextField(max_length=5_000, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["milestone_id", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["milestone", "number"], name="deliverable_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"delivery {self.number} of milestone {self.milestone_id}"


class PreviewState(models.TextChoices):
    NONE = "none", "No picture preview for this type"
    PENDING = "pending", "Being prepared"
    READY = "ready", "Ready"
    FAILED = "failed", "Could not be made"


class DeliverableFile(models.Model):
    deliverable = models.ForeignKey(Deliverable, on_delete=models.CASCADE, related_name="files")
    storage_key = models.CharField(max_length=64, unique=True)
    file = models.FileField(upload_to=deliverable_path, max_length=200)
    preview = models.FileField(upload_to=preview_path, max_length=200, blank=True)
    preview_state = models.CharField(
        max_length=10,
        choices=PreviewState.choices,
        default=PreviewState.NONE,
        help_text="Picture previews are made by the worker after the submission commits.",
    )
    preview_text = models.TextField(
        blank=True, help_text="The start of a text file, shown before release."
    )
    name = models.CharField(max_length=200)
    size = models.BigIntegerField()
    content_type = models.CharField(max_length=100)
    sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class FileView(models.Model):
    """Who looked at a delivered file, and how (a preview before release, the full file after)."""

    file = models.ForeignKey(DeliverableFile, on_delete=models.CASCADE, related_name="views")
    viewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=10, choices=[("preview", "Preview"), ("full", "Full file")])
    viewed_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["-viewed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.viewer_id} viewed {self.file_id} ({self.kind})"


class ProposalKind(models.TextChoices):
    ADD_MILESTONE = "add_milestone", "Add a milestone"
    CHANGE_AMOUNT = "change_amount", "Change a milestone's amount"
    CHANGE_DUE_DATE = "change_due_date", "Change a milestone's due date"


class ProposalState(models.TextChoices):
    PENDING = "pending", "Waiting for the other party"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"
    WITHDRAWN = "withdrawn", "Withdrawn"


class ChangeProposal(models.Model):
    """A sent contract changes only by mutual agreement: one side proposes, the other accepts."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="proposals")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=ProposalKind.choices)
    milestone = models.ForeignKey(
        Milestone, on_delete=models.CASCADE, null=True, blank=True, related_name="proposals"
    )
    title = models.CharField(max_length=200, blank=True)
    amount_minor = models.BigIntegerField(null=True, blank=True)
    due_date = models.DateField(null=True, blank=True)
    note = models.TextField(max_length=2_000, blank=True)
    state = models.CharField(
        max_length=12, choices=ProposalState.choices, default=ProposalState.PENDING
    )
    created_at = models.DateTimeField(default=clock.now)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on contract {self.contract_id} ({self.state})"


class Feedback(models.Model):
    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    rating = models.PositiveSmallIntegerField()
    comment = models.TextField(max_length=2_000, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["contract", "author"], name="feedback_once_per_party"),
            models.CheckConstraint(
                condition=Q(rating__gte=1) & Q(rating__lte=5), name="feedback_rating_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rating}/5 on contract {self.contract_id}"


class RefundRequestState(models.TextChoices):
    PENDING = "pending", "Waiting for the freelancer"
    ACCEPTED = "accepted", "Accepted and refunded"
    DECLINED = "declined", "Declined"
    REFUNDED_BY_DEFAULT = "refunded_by_default", "Refunded (no answer in time)"
    # The money moved otherwise before an answer (released, refunded, charged back).
    CLOSED = "closed", "Closed (the money moved otherwise)"


class RefundRequest(models.Model):
    """The client asks for escrow back; silence past `answer_by` means refund, except on a
    partially released milestone: the rest of a partial release is refunded only with the
    freelancer's yes (or a dispute's decision)."""

    milestone = models.ForeignKey(
        Milestone, on_delete=models.CASCADE, related_name="refund_requests"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    amount_minor = models.BigIntegerField()
    reason = models.TextField(max_length=2_000)
    state = models.CharField(
        max_length=24, choices=RefundRequestState.choices, default=RefundRequestState.PENDING
    )
    answer_by = models.DateTimeField(db_index=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    answer_note = models.TextField(max_length=2_000, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_minor__gt=0), name="refund_request_amount_positive"
            )
        ]

    def __str__(self) -> str:
        return f"refund request {self.pk} on milestone {self.milestone_id} ({self.state})"


def message_file_path(instance: MessageAttachment, filename: str) -> str:
    return f"messages/{instance.message.contract_id}/{instance.storage_key}"


class MessageAttachment(models.Model):
    """A file sent in the thread: checked like deliverables, stored under a random name."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    storage_key = models.CharField(max_length=64, unique=True)
    file = models.FileField(upload_to=message_file_path, max_length=200)
    name = models.CharField(max_length=200)
    size = models.BigIntegerField()
    content_type = models.CharField(max_length=100)
    sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


# Freezes and payout holds (contracts/freezes.py) live in their own module; Django finds
# models through this import.
from directcontracts.contracts.freeze_models import *  # noqa: E402, F403
