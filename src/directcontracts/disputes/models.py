"""Disputes, chargeback cases and dormant escrow.

Design:

1. A dispute covers one milestone's escrow. Its states and their allowed transitions are
   `DISPUTE_TRANSITIONS`; `disputes/states.py` is the one way to move it (compare-and-set
   on the state, an event row per transition, `409 invalid_transition` otherwise).
2. Each waiting state has a deadline (`deadline_at`, shown as a countdown). A party that
   lets its deadline pass loses by default (`disputes/deadlines.py`); the mediator's
   missed deadline sends the dispute to a decision instead.
3. The opener's `claim_minor` is what they ask for themselves out of the escrow; it is
   the outcome when the other party loses by default.
4. `DisputeEvent` is the dispute's audit trail (staff actions included); the steps parties
   may see are also written to the contract's timeline (`ContractEvent`). Staff notes and
   internal events never reach the parties.
5. Chargeback cases follow the gateway's chargeback of a payment; dormant-escrow cases
   follow a contract whose escrow nobody touches. Both are driven by idempotent steps.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q

from directcontracts.core import clock


class DisputeState(models.TextChoices):
    OPENED = "opened", "Opened"
    AWAITING_RESPONSE = "awaiting_response", "Waiting for the other party's response"
    IN_MEDIATION = "in_mediation", "In mediation"
    PROPOSAL_MADE = "proposal_made", "Proposal made"
    AWAITING_DECISION = "awaiting_decision", "Waiting for a decision"
    RESOLVED_RELEASE = "resolved_release", "Resolved: released to the freelancer"
    RESOLVED_REFUND = "resolved_refund", "Resolved: refunded to the client"
    RESOLVED_SPLIT = "resolved_split", "Resolved: split"
    WITHDRAWN = "withdrawn", "Withdrawn"


RESOLVED_STATES: set[str] = {
    DisputeState.RESOLVED_RELEASE,
    DisputeState.RESOLVED_REFUND,
    DisputeState.RESOLVED_SPLIT,
}
CLOSED_STATES: set[str] = {*RESOLVED_STATES, DisputeState.WITHDRAWN}
OPEN_STATES = {state for state in DisputeState.values if state not in CLOSED_STATES}
_RESOLVED_OR_WITHDRAWN: set[str] = {*RESOLVED_STATES, DisputeState.WITHDRAWN}

DISPUTE_TRANSITIONS: dict[str, set[str]] = {
    DisputeState.OPENED: {DisputeState.AWAITING_RESPONSE, DisputeState.WITHDRAWN},
    # The other party's statement starts mediation; silence loses by default.
    DisputeState.AWAITING_RESPONSE: {DisputeState.IN_MEDIATION, *_RESOLVED_OR_WITHDRAWN},
    # No proposal in time: a staff member decides.
    DisputeState.IN_MEDIATION: {
        DisputeState.PROPOSAL_MADE,
        DisputeState.AWAITING_DECISION,
        DisputeState.WITHDRAWN,
    },
    # Both accept (or the deadline's default) resolves; a rejection goes to a decision.
    DisputeState.PROPOSAL_MADE: {DisputeState.AWAITING_DECISION, *_RESOLVED_OR_WITHDRAWN},
    DisputeState.AWAITING_DECISION: _RESOLVED_OR_WITHDRAWN,
    DisputeState.RESOLVED_RELEASE: set(),
    DisputeState.RESOLVED_REFUND: set(),
    DisputeState.RESOLVED_SPLIT: set(),
    DisputeState.WITHDRAWN: set(),
}


class Party(models.TextChoices):
    CLIENT = "client", "Client"
    FREELANCER = "freelancer", "Freelancer"


class DeadlineKind(models.TextChoices):
    RESPONSE = "response", "The other party responds"
    PROPOSAL = "proposal", "The mediator proposes"
    ANSWER = "answer", "The parties answer the proposal"
    DECISION = "decision", "Trust & Safety decide"


class Resolution(models.TextChoices):
    AGREEMENT = "agreement", "Both parties accepted the proposal"
    DECISION = "decision", "Decided by Trust & Safety"
    DEFAULT = "default", "A party did not answer in time"


class DisputeQuerySet(models.QuerySet["Dispute"]):
    def open(self) -> DisputeQuerySet:
        return self.filter(state__in=OPEN_STATES)

    def visible_to(self, user: object) -> DisputeQuerySet:
        """A party sees the disputes on its own contracts; nobody else's."""
        user_id = getattr(user, "pk", None)
        if user_id is None:
            return self.none()
        return self.filter(Q(contract__freelancer_id=user_id) | Q(contract__client_id=user_id))

    def with_latest_answers(self) -> DisputeQuerySet:
        """Each dispute with both parties' answers to its latest proposal
        (`proposal_client_answer`, `proposal_freelancer_answer`), in the same query."""
        latest = Proposal.objects.filter(dispute_id=models.OuterRef("pk")).order_by(
            "-created_at", "-id"
        )
        return self.annotate(
            proposal_client_answer=models.Subquery(latest.values("client_answer")[:1]),
            proposal_freelancer_answer=models.Subquery(latest.values("freelancer_answer")[:1]),
        )


class Dispute(models.Model):
    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.PROTECT, related_name="disputes"
    )
    milestone = models.ForeignKey(
        "contracts.Milestone", on_delete=models.PROTECT, related_name="disputes"
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    opener_role = models.CharField(max_length=12, choices=Party.choices)
    state = models.CharField(
        max_length=20, choices=DisputeState.choices, default=DisputeState.OPENED
    )
    currency = models.CharField(max_length=3)
    amount_minor = models.BigIntegerField(help_text="What escrow held when it was opened.")
    claim_minor = models.BigIntegerField(help_text="What the opener asks for themselves.")
    refund_request = models.ForeignKey(
        "contracts.RefundRequest",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The declined refund request that led to it, if any.",
    )
    freeze = models.ForeignKey(
        "contracts.EscrowFreeze", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    deadline_at = models.DateTimeField(null=True, blank=True, db_index=True)
    deadline_kind = models.CharField(max_length=12, choices=DeadlineKind.choices, blank=True)
    mediator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    resolution = models.CharField(max_length=12, choices=Resolution.choices, blank=True)
    to_freelancer_minor = models.BigIntegerField(null=True, blank=True)
    to_client_minor = models.BigIntegerField(null=True, blank=True)
    fee_minor = models.BigIntegerField(null=True, blank=True)
    outcome_reason = models.TextField(max_length=2_000, blank=True)
    created_at = models.DateTimeField(default=clock.now)
    updated_at = models.DateTimeField(default=clock.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[DisputeQuerySet] = DisputeQuerySet.as_manager()  # type: ignore[assignment]

    ALLOWED_TRANSITIONS = DISPUTE_TRANSITIONS

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["state", "deadline_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["milestone"],
                condition=Q(state__in=sorted(OPEN_STATES)),
                name="dispute_one_open_per_milestone",
            ),
            models.CheckConstraint(
                condition=Q(amount_minor__gt=0)
                & Q(claim_minor__gt=0)
                & Q(claim_minor__lte=models.F("amount_minor")),
                name="dispute_claim_within_amount",
            ),
        ]

    def __str__(self) -> str:
        return f"dispute {self.pk} on milestone {self.milestone_id} ({self.state})"

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def respondent_role(self) -> str:
        return Party.FREELANCER if self.opener_role == Party.CLIENT else Party.CLIENT

    def role_of(self, user: object) -> str | None:
        return self.contract.role_of(user)

    def party_name(self, role: str) -> str:
        """A party as the other one knows it: their display name (a client not yet signed up
        by the name they were invited by)."""
        contract = self.contract
        if role == Party.FREELANCER:
            return str(contract.freelancer.display_name)
        return str(contract.client.display_name if contract.client else contract.client_name)

    def answer_of(self, role: str) -> str:
        """`role`'s answer to the latest proposal ("" while it has none): read from the
        annotation lists make (`with_latest_answers()`), else from the proposal."""
        annotated = f"proposal_{role}_answer"
        if annotated in self.__dict__:
            return str(self.__dict__[annotated] or "")
        proposal = self.proposals.order_by("-created_at", "-id").first()
        return proposal.answer_of(role) if proposal else ""

    def state_label_for(self, role: str | None) -> str:
        """The state in the reader's words: while a party's response or answer is awaited,
        the party who owes it reads that it is theirs to give, the other party whose it is
        (by name), staff which party's."""
        if self.state == DisputeState.AWAITING_RESPONSE:
            if role == self.respondent_role:
                return "Waiting for your response"
            if role is None:
                return f"Waiting for the {self.respondent_role}'s response"
            return f"Waiting for {self.party_name(self.respondent_role)}'s response"
        if self.state == DisputeState.PROPOSAL_MADE and role is not None:
            if not self.answer_of(role):
                return "Waiting for your answer to the proposal"
            other = Party.CLIENT if role == Party.FREELANCER else Party.FREELANCER
            return f"Waiting for {self.party_name(other)}'s answer to the proposal"
        return self.get_state_display()


class Statement(models.Model):
    """What a party says, in its own words; evidence hangs on it."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="statements")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    role = models.CharField(max_length=12, choices=Party.choices)
    body = models.TextField(max_length=5_000)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"statement {self.pk} by the {self.role} on dispute {self.dispute_id}"


class EvidenceKind(models.TextChoices):
    FILE = "file", "A file"
    DELIVERABLE = "deliverable", "A delivered file"
    MESSAGE = "message", "A message in the thread"


def evidence_path(instance: Evidence, filename: str) -> str:
    # Never the uploaded name on disk: a random name inside the dispute's folder.
    return f"disputes/{instance.statement.dispute_id}/{instance.storage_key}"


class Evidence(models.Model):
    """A file, or a link to a delivered file or a message already on the contract."""

    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(max_length=12, choices=EvidenceKind.choices)
    storage_key = models.CharField(max_length=64, blank=True)
    file = models.FileField(upload_to=evidence_path, max_length=200, blank=True)
    name = models.CharField(max_length=200, blank=True)
    size = models.BigIntegerField(default=0)
    content_type = models.CharField(max_length=100, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    deliverable_file = models.ForeignKey(
        "contracts.DeliverableFile",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    message = models.ForeignKey(
        "contracts.Message", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on statement {self.statement_id}"


class Answer(models.TextChoices):
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"


class Proposal(models.Model):
    """The mediator's proposal: release, refund or a split by amounts, with a reason."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="proposals")
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    to_freelancer_minor = models.BigIntegerField()
    to_client_minor = models.BigIntegerField()
    reason = models.TextField(max_length=2_000)
    created_at = models.DateTimeField(default=clock.now)
    client_answer = models.CharField(max_length=10, choices=Answer.choices, blank=True)
    client_note = models.TextField(max_length=2_000, blank=True)
    client_answered_at = models.DateTimeField(null=True, blank=True)
    freelancer_answer = models.CharField(max_length=10, choices=Answer.choices, blank=True)
    freelancer_note = models.TextField(max_length=2_000, blank=True)
    freelancer_answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(to_freelancer_minor__gte=0) & Q(to_client_minor__gte=0),
                name="proposal_shares_not_negative",
            )
        ]

    def __str__(self) -> str:
        return f"proposal {self.pk} on dispute {self.dispute_id}"

    def answer_of(self, role: str) -> str:
        return str(self.client_answer if role == Party.CLIENT else self.freelancer_answer)


class StaffNote(models.Model):
    """Trust & Safety's internal notes: never shown to the parties."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="staff_notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(max_length=5_000)
    created_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"staff note {self.pk} on dispute {self.dispute_id}"


class DisputeEvent(models.Model):
    """Every step and every staff action on a dispute: its audit trail."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor_label = models.CharField(max_length=150, blank=True)
    kind = models.CharField(max_length=60)
    from_state = models.CharField(max_length=20, blank=True)
    to_state = models.CharField(max_length=20, blank=True)
    message = models.TextField(max_length=5_000, blank=True)
    internal = models.BooleanField(default=False, help_text="Staff only.")
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=clock.now, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.kind} on dispute {self.dispute_id}"


# --- Chargebacks ----------------------------------------------------------------------------


class ChargebackState(models.TextChoices):
    OPEN = "open", "Open: gather and submit evidence"
    EVIDENCE_SUBMITTED = "evidence_submitted", "Evidence submitted: waiting for the bank"
    WON = "won", "Won: the bank returned the money"
    LOST = "lost", "Lost"
    ACCEPTED = "accepted", "Accepted: escrow covered it"


CHARGEBACK_TRANSITIONS: dict[str, set[str]] = {
    ChargebackState.OPEN: {
        ChargebackState.EVIDENCE_SUBMITTED,
        ChargebackState.WON,
        ChargebackState.LOST,
    },
    ChargebackState.EVIDENCE_SUBMITTED: {ChargebackState.WON, ChargebackState.LOST},
    ChargebackState.WON: set(),
    ChargebackState.LOST: set(),
    # Accepted without contest, the bank may still decide for us (and charge the client
    # again): the money comes back. A lost decision changes nothing (the loss is booked).
    ChargebackState.ACCEPTED: {ChargebackState.WON},
}


def evidence_pack_path(instance: ChargebackCase, filename: str) -> str:
    return f"chargebacks/{instance.pk}/{filename}"


class ChargebackCase(models.Model):
    """A payment the payer's bank took back, and what we do about it."""

    payment = models.OneToOneField(
        "payments.Payment", on_delete=models.PROTECT, related_name="chargeback_case"
    )
    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.PROTECT, related_name="chargeback_cases"
    )
    milestone = models.ForeignKey(
        "contracts.Milestone", on_delete=models.PROTECT, related_name="chargeback_cases"
    )
    state = models.CharField(max_length=20, choices=ChargebackState.choices)
    currency = models.CharField(max_length=3)
    amount_minor = models.BigIntegerField(help_text="What the bank took (payment and fee).")
    from_escrow_minor = models.BigIntegerField(default=0)
    loss_minor = models.BigIntegerField(default=0, help_text="Moved to the dispute reserve.")
    at_risk_minor = models.BigIntegerField(default=0, help_text="Held from the freelancer.")
    recovered_minor = models.BigIntegerField(default=0)
    released_before = models.BooleanField(default=False)
    payout_hold = models.ForeignKey(
        "contracts.PayoutHold", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    evidence = models.JSONField(default=dict, blank=True)
    evidence_pdf = models.FileField(upload_to=evidence_pack_path, max_length=200, blank=True)
    evidence_sha256 = models.CharField(max_length=64, blank=True)
    evidence_built_at = models.DateTimeField(null=True, blank=True)
    gateway_evidence_id = models.CharField(max_length=100, blank=True)
    # The processor's deadline for the evidence, when its chargeback message names one.
    evidence_due_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=clock.now)

    ALLOWED_TRANSITIONS = CHARGEBACK_TRANSITIONS

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"chargeback case {self.pk} on payment {self.payment_id} ({self.state})"


# --- Dormant escrow -------------------------------------------------------------------------


class DormancyState(models.TextChoices):
    NOTICED = "noticed", "First notice sent"
    REMINDED = "reminded", "Second notice sent"
    FREELANCER_WINDOW = "freelancer_window", "Dormant: the freelancer may request release"
    CLIENT_WINDOW = "client_window", "Release requested: the client may approve or dispute"
    RETURNED = "returned", "Returned to the client"
    RELEASED = "released", "Released to the freelancer"
    CANCELLED = "cancelled", "Activity resumed"
    CLOSED = "closed", "Escrow emptied by the parties"


DORMANCY_OPEN_STATES = {
    DormancyState.NOTICED,
    DormancyState.REMINDED,
    DormancyState.FREELANCER_WINDOW,
    DormancyState.CLIENT_WINDOW,
}
DORMANCY_TRANSITIONS: dict[str, set[str]] = {
    DormancyState.NOTICED: {
        DormancyState.REMINDED,
        DormancyState.CANCELLED,
        DormancyState.CLOSED,
    },
    DormancyState.REMINDED: {
        DormancyState.FREELANCER_WINDOW,
        DormancyState.CANCELLED,
        DormancyState.CLOSED,
    },
    DormancyState.FREELANCER_WINDOW: {
        DormancyState.CLIENT_WINDOW,
        DormancyState.RETURNED,
        DormancyState.CLOSED,
    },
    DormancyState.CLIENT_WINDOW: {DormancyState.RELEASED, DormancyState.CLOSED},
    DormancyState.RETURNED: set(),
    DormancyState.RELEASED: set(),
    DormancyState.CANCELLED: set(),
    DormancyState.CLOSED: set(),
}


class DormancyCase(models.Model):
    """A contract whose escrow nobody touched: the steps towards returning it."""

    contract = models.ForeignKey(
        "contracts.Contract", on_delete=models.PROTECT, related_name="dormancy_cases"
    )
    state = models.CharField(max_length=20, choices=DormancyState.choices)
    basis_at = models.DateTimeField(help_text="The last activity or milestone date counted from.")
    first_notice_at = models.DateTimeField()
    second_notice_at = models.DateTimeField(null=True, blank=True)
    dormant_at = models.DateTimeField(null=True, blank=True)
    freelancer_deadline = models.DateTimeField(null=True, blank=True)
    release_requested_at = models.DateTimeField(null=True, blank=True)
    client_deadline = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    amount_minor = models.BigIntegerField(default=0, help_text="Escrow when it closed.")

    ALLOWED_TRANSITIONS = DORMANCY_TRANSITIONS

    class Meta:
        ordering = ["-first_notice_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["contract"],
                condition=Q(state__in=sorted(DORMANCY_OPEN_STATES)),
                name="dormancy_one_open_per_contract",
            )
        ]

    def __str__(self) -> str:
        return f"dormant escrow of contract {self.contract_id} ({self.state})"
