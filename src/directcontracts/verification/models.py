"""Signed payment requests, the keys that sign them, and look-alike domains seen.

A `SignedRequest` row is what the platform sent: which request (kind and reference), what it
covers (contract, milestone, amount, currency, recipient) and until when, with its short
code. The token in the email repeats what it covers under an HMAC, so a verifier can tell a
forged or altered token from a genuine one without trusting anything the person pasted.
"""

from __future__ import annotations

from django.db import models

from directcontracts.core import clock


class RequestKind(models.TextChoices):
    INVITATION = "invitation", "Invitation to a contract"
    FUNDING_REQUEST = "funding_request", "Request to fund a milestone"
    REFUND_REQUEST = "refund_request", "Refund request"
    INVOICE = "invoice", "Invoice"


class VerificationKey(models.Model):
    """A signing key's id; its secret is derived from the server secret (keys.py), never stored."""

    kid = models.CharField(max_length=16, unique=True)
    created_at = models.DateTimeField(default=clock.now)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.kid}{' (retired)' if self.retired_at else ''}"


class SignedRequest(models.Model):
    kind = models.CharField(max_length=20, choices=RequestKind.choices)
    # What it is in the app that sent it ("invitation:12", "milestone:40", "refund:7").
    reference = models.CharField(max_length=80)
    contract_id = models.BigIntegerField()
    milestone_id = models.BigIntegerField(null=True, blank=True)
    amount_minor = models.BigIntegerField()
    currency = models.CharField(max_length=3)
    recipient_digest = models.CharField(max_length=64)
    kid = models.CharField(max_length=16)
    code = models.CharField(max_length=14, unique=True)
    issued_at = models.DateTimeField(default=clock.now)
    expires_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["reference"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.reference} ({self.code})"


class SuspiciousDomain(models.Model):
    """A domain seen in forged or look-alike requests that people asked us to check."""

    domain = models.CharField(max_length=255, unique=True)
    forged_count = models.PositiveIntegerField(default=0)
    foreign_count = models.PositiveIntegerField(default=0)
    first_seen_at = models.DateTimeField(default=clock.now)
    last_seen_at = models.DateTimeField(default=clock.now)

    class Meta:
        ordering = ["-last_seen_at"]

    def __str__(self) -> str:
        return self.domain

    @property
    def checks(self) -> int:
        return self.forged_count + self.foreign_count
