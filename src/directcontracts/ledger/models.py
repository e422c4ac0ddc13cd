"""The escrow ledger's tables: accounts, the append-only journal and its seals.

Design (after TigerBeetle's accounts and transfers):

- An `Account` holds one currency and four running totals in integer minor units:
  posted and pending debits and credits. Its balance rule is a flag; the database
  enforces it with CHECK constraints, so no code path can overdraw a bounded account.
- A `Transfer` moves an amount from a debit account to a credit account. Its `key` is
  chosen by the caller and is the idempotency key. Transfers are immutable: triggers
  refuse UPDATE and DELETE (see migrations/0002). Two-phase transfers are a `pending`
  transfer followed by one `post_pending` or `void_pending` transfer naming it; the
  unique `pending` reference makes "exactly one resolution" a database fact.
- Every transfer writes one `Entry` per side, numbered per account without gaps
  (`version`), carrying the account's totals after it, so history and "balance as of"
  are plain reads and `verify_ledger` can prove that nothing was lost or reordered.
- An `IdempotencyRecord` per transfer key, written in the same transaction as the
  movement, keeps the request hash and the outcome, including refusals.
- `SealBlock`s chain hashes over transfers in blocks, written asynchronously
  (`seal_ledger`), so tamper evidence never serialises writers.
- Accounts with heavy traffic and no balance rule (platform fees, processor clearing)
  are "hot": they are split into shards (`parent` + `shard`) and each transfer picks a
  shard by its key, so no single balance row becomes a lock bottleneck.
"""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length, Upper
from django.db.models.lookups import Exact


class AccountCode(models.TextChoices):
    PROCESSOR_CLEARING = "processor_clearing", "Processor clearing"
    ESCROW = "escrow", "Escrow (per contract)"
    FREELANCER_AVAILABLE = "freelancer_available", "Freelancer available"
    FREELANCER_PENDING_PAYOUT = "freelancer_pending_payout", "Freelancer pending payout"
    CLIENT_REFUNDABLE = "client_refundable", "Client refundable"
    PLATFORM_FEES = "platform_fees", "Platform fees"
    PROCESSOR_FEES = "processor_fees", "Processor fees"
    DISPUTE_RESERVE = "dispute_reserve", "Dispute reserve"
    # What the processor took that no payment owed (a chargeback beyond what was left of a
    # payment, or of one already refunded in full): the platform's loss, never a person's.
    PLATFORM_LOSSES = "platform_losses", "Platform losses (processor-side)"
    TEST = "test", "Test / generic"


class TransferKind(models.TextChoices):
    SINGLE = "single", "Posted"
    PENDING = "pending", "Pending"
    POST_PENDING = "post_pending", "Post of a pending transfer"
    VOID_PENDING = "void_pending", "Void of a pending transfer"


class Side(models.TextChoices):
    DEBIT = "D", "Debit"
    CREDIT = "C", "Credit"


class Account(models.Model):
    currency = models.CharField(max_length=3)
    code = models.CharField(max_length=32, choices=AccountCode.choices)
    # A generic owner reference: the ledger imports no other app.
    owner_type = models.CharField(max_length=32, blank=True, default="")
    owner_id = models.BigIntegerField(default=0)
    debits_must_not_exceed_credits = models.BooleanField(default=False)
    credits_must_not_exceed_debits = models.BooleanField(default=False)
    debits_pending = models.BigIntegerField(default=0)
    debits_posted = models.BigIntegerField(default=0)
    credits_pending = models.BigIntegerField(default=0)
    credits_posted = models.BigIntegerField(default=0)
    # Number of entries written for this account; the last entry's version.
    version = models.BigIntegerField(default=0)
    closed = models.BooleanField(default=False)
    # Hot accounts: shard 0 is the logical account itself; shards 1..n-1 point to it.
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="shards"
    )
    shard = models.PositiveSmallIntegerField(default=0)
    shard_count = models.PositiveSmallIntegerField(default=1)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["code", "owner_type", "owner_id", "currency", "shard"],
                name="ledger_account_unique_owner_code_currency_shard",
            ),
            models.CheckConstraint(
                condition=Q(currency=Upper("currency")) & Q(Exact(Length("currency"), 3)),
                name="ledger_account_currency_iso_shape",
            ),
            models.CheckConstraint(
                condition=~(
                    Q(debits_must_not_exceed_credits=True) & Q(credits_must_not_exceed_debits=True)
                ),
                name="ledger_account_one_balance_rule",
            ),
            models.CheckConstraint(
                condition=Q(debits_pending__gte=0)
                & Q(debits_posted__gte=0)
                & Q(credits_pending__gte=0)
                & Q(credits_posted__gte=0)
                & Q(version__gte=0),
                name="ledger_account_totals_non_negative",
            ),
            models.CheckConstraint(
                condition=Q(debits_must_not_exceed_credits=False)
                | Q(debits_posted__lte=F("credits_posted") - F("debits_pending")),
                name="ledger_account_debits_within_credits",
            ),
            models.CheckConstraint(
                condition=Q(credits_must_not_exceed_debits=False)
                | Q(credits_posted__lte=F("debits_posted") - F("credits_pending")),
                name="ledger_account_credits_within_debits",
            ),
            models.CheckConstraint(
                condition=Q(shard_count__gte=1) & Q(shard__lt=F("shard_count")),
                name="ledger_account_shard_in_range",
            ),
        ]
        indexes = [models.Index(fields=["parent", "shard"])]

    def __str__(self) -> str:
        owner = f" {self.owner_type}:{self.owner_id}" if self.owner_type else ""
        shard = f" #{self.shard}" if self.shard_count > 1 or self.shard else ""
        return f"{self.code}{owner} {self.currency}{shard}"

    @property
    def is_hot(self) -> bool:
        return self.shard_count > 1 or self.parent_id is not None


class Transfer(models.Model):
    seq = models.BigAutoField(primary_key=True)
    key = models.CharField(max_length=100, unique=True)
    # Few indexes on purpose: each one is paid on every transfer. History is read through
    # entries, which carry the account.
    # The journal's references are checked once per INSERT statement on PostgreSQL, not
    # per row at commit (migrations/0007); SQLite keeps its foreign keys.
    debit_account = models.ForeignKey(
        Account, on_delete=models.PROTECT, related_name="+", db_index=False, db_constraint=False
    )
    credit_account = models.ForeignKey(
        Account, on_delete=models.PROTECT, related_name="+", db_index=False, db_constraint=False
    )
    amount = models.BigIntegerField()
    currency = models.CharField(max_length=3)
    code = models.CharField(max_length=40)
    reference = models.CharField(max_length=100, blank=True, default="")
    metadata = models.JSONField(default=dict, blank=True)
    kind = models.CharField(max_length=12, choices=TransferKind.choices)
    pending = models.ForeignKey(
        "self",
        to_field="key",
        db_column="pending_key",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        # The partial unique constraint below indexes it.
        db_index=False,
        db_constraint=False,
    )
    expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0), name="ledger_transfer_amount_positive"
            ),
            models.CheckConstraint(
                condition=~Q(debit_account=F("credit_account")),
                name="ledger_transfer_accounts_differ",
            ),
            models.CheckConstraint(
                condition=Q(
                    kind__in=[TransferKind.POST_PENDING, TransferKind.VOID_PENDING],
                    pending__isnull=False,
                )
                | Q(kind__in=[TransferKind.SINGLE, TransferKind.PENDING], pending__isnull=True),
                name="ledger_transfer_pending_reference_matches_kind",
            ),
            # Exactly one post or void per pending transfer, whoever races for it.
            models.UniqueConstraint(
                fields=["pending"],
                condition=Q(pending__isnull=False),
                name="ledger_transfer_one_resolution_per_pending",
            ),
        ]
        indexes = [
            models.Index(
                fields=["expires_at"],
                condition=Q(kind="pending", expires_at__isnull=False),
                name="ledger_transfer_expiring",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.key}: {self.amount} {self.currency} {self.kind}"


class Entry(models.Model):
    # (account, version) is unique and indexed; no separate account index is needed.
    account = models.ForeignKey(
        Account,
        on_delete=models.PROTECT,
        related_name="entries",
        db_index=False,
        db_constraint=False,
    )
    # Not indexed: entries are read by account, and joined to their transfer by its key.
    transfer = models.ForeignKey(
        Transfer,
        on_delete=models.PROTECT,
        related_name="entries",
        db_index=False,
        db_constraint=False,
    )
    version = models.BigIntegerField()
    side = models.CharField(max_length=1, choices=Side.choices)
    posted_delta = models.BigIntegerField()
    pending_delta = models.BigIntegerField()
    # The account's totals after this entry: history and "balance as of" read them.
    debits_pending = models.BigIntegerField()
    debits_posted = models.BigIntegerField()
    credits_pending = models.BigIntegerField()
    credits_posted = models.BigIntegerField()
    created_at = models.DateTimeField()

    class Meta:
        verbose_name_plural = "entries"
        constraints = [
            models.UniqueConstraint(
                fields=["account", "version"], name="ledger_entry_account_version_unique"
            ),
            models.CheckConstraint(
                condition=Q(version__gte=1), name="ledger_entry_version_positive"
            ),
        ]
        # On PostgreSQL a BRIN index on created_at serves reads by time (migration 0011);
        # (account, version) serves an account's entries.

    def __str__(self) -> str:
        return f"{self.account_id} v{self.version} {self.side}"


class IdempotencyRecord(models.Model):
    """One row per transfer key: the request's hash and its outcome, refusals included."""

    key = models.CharField(max_length=100)
    request_hash = models.CharField(max_length=64)
    # The canonical request. Null for a new transfer written by the set-based paths on
    # the accounts its caller named: the transfer row holds the same fields, and
    # `locks.lock_accounts_reading_records` rebuilds the request from it.
    request = models.JSONField(null=True)
    result = models.CharField(max_length=48)
    transfer = models.ForeignKey(
        Transfer,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        db_index=False,
        db_constraint=False,
    )
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key"], name="ledger_idempotencyrecord_key_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.key}: {self.result}"


class SealBlock(models.Model):
    """A block of the hash chain: transfers with seq in (first_seq - 1, last_seq]."""

    number = models.BigIntegerField(primary_key=True)
    first_seq = models.BigIntegerField()
    last_seq = models.BigIntegerField()
    transfer_count = models.IntegerField()
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)
    sealed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["last_seq"], name="ledger_sealblock_last_seq_unique"),
        ]

    def __str__(self) -> str:
        return f"block {self.number} ({self.first_seq}..{self.last_seq})"


JOURNAL_TABLES: tuple[str, ...] = (
    "ledger_transfer",
    "ledger_entry",
    "ledger_idempotencyrecord",
    "ledger_sealblock",
)


class FinanceAlertKind(models.TextChoices):
    RECONCILIATION_MISMATCH = "reconciliation_mismatch", "Reconciliation mismatch"
    LEDGER_DISCREPANCY = "ledger_discrepancy", "Ledger discrepancy"
    # Raised by the webhook handlers as it happens (payments, contracts), one item per event:
    UNAPPLIED_SETTLEMENT = "unapplied_settlement", "Settlement for nothing to fund (refunded)"
    CHARGEBACK_AMOUNT_DIFFERS = "chargeback_amount_differs", "Chargeback amount differs"
    # A chargeback of a payment already refunded in full (an unapplied settlement):
    CHARGEBACK_AFTER_REFUND = "chargeback_after_refund", "Chargeback of a refunded payment"
    # A refund or chargeback evidence the processor refused (gateway_requests.alert_refused):
    GATEWAY_REQUEST_REFUSED = "gateway_request_refused", "Refund or evidence refused"
    # A payout the processor reported paid after it reported it canceled (payments.payouts
    # `payout_reported_paid`): the books take both lines, but finance checks which is true.
    PAYOUT_PAID_AFTER_CANCEL = "payout_paid_after_cancel", "Payout paid after it was canceled"


class FinanceAlert(models.Model):
    """Something finance staff must look at about the books; one per (kind, day).

    Opened by the daily reconciliation (payments) and by verify_ledger; a re-run of the
    same day updates the alert instead of adding another. Webhook handlers add one item per
    event to the day's alert of their kind (`alerts.raise_alert`).
    """

    kind = models.CharField(max_length=32, choices=FinanceAlertKind.choices)
    day = models.DateField()
    mismatch_count = models.PositiveIntegerField(default=0)
    details = models.JSONField(default=list)
    resolved = models.BooleanField(default=False)
    # Who marked it resolved, when and why: a finance action, audited on the alert itself
    # (the staff member's id, not a key: the ledger knows no other app's tables).
    resolved_by_id = models.BigIntegerField(null=True, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution_note = models.TextField(max_length=2000, blank=True)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "day"], name="ledger_financealert_kind_day")
        ]
        ordering = ["-day"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.day}: {self.mismatch_count}"
