"""The payment gateway interface: what any processor must offer the platform.

`metadata` travels with each request and comes back on the processor's balance
transactions (the ledger transfer ids they correspond to), as real processors carry it.

Every outcome that is not immediate (a settlement, a bank return, a chargeback, a paid or
failed payout) arrives later as a signed webhook, parsed and verified by the gateway, so
the sandbox and a real processor feed the same code path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class MethodDetails:
    """What the person typed: a card number or a bank account number."""

    kind: str
    number: str
    holder_name: str = ""
    expiry: str = ""


@dataclass(frozen=True)
class TokenisedMethod:
    token: str
    fingerprint: str
    brand: str
    last4: str


@dataclass(frozen=True)
class ChargeOutcome:
    """The immediate answer to a charge: pending (settles later) or failed now."""

    charge_id: str
    status: str  # "pending" | "failed"
    failure_code: str = ""
    failure_message: str = ""


@dataclass(frozen=True)
class PayoutOutcome:
    payout_id: str
    status: str  # "pending" | "failed"
    failure_message: str = ""


@dataclass(frozen=True)
class RefundOutcome:
    refund_id: str
    status: str  # "succeeded" | "failed"


@dataclass(frozen=True)
class EvidenceOutcome:
    """The processor took our evidence against a chargeback; its decision comes later as a
    `charge.dispute_won` or `charge.dispute_lost` webhook."""

    evidence_id: str
    status: str  # "submitted"


@dataclass(frozen=True)
class GatewayWebhook:
    """A verified inbound event."""

    event_id: str
    type: str
    object_id: str
    data: dict[str, Any] = field(default_factory=dict)


class Gateway(Protocol):
    name: str

    def tokenise(self, details: MethodDetails) -> TokenisedMethod: ...

    def charge(
        self,
        *,
        token: str,
        amount_minor: int,
        currency: str,
        reference: str,
        idempotency_key: str,
        metadata: dict[str, str] | None = None,
    ) -> ChargeOutcome: ...

    def refund(
        self,
        *,
        charge_id: str,
        amount_minor: int,
        currency: str,
        reference: str,
        idempotency_key: str,
        metadata: dict[str, str] | None = None,
    ) -> RefundOutcome: ...

    def payout(
        self,
        *,
        token: str,
        amount_minor: int,
        currency: str,
        reference: str,
        idempotency_key: str,
        metadata: dict[str, str] | None = None,
    ) -> PayoutOutcome: ...

    def submit_chargeback_evidence(
        self,
        *,
        charge_id: str,
        evidence: dict[str, Any],
        document: bytes,
        idempotency_key: str,
        metadata: dict[str, str] | None = None,
    ) -> EvidenceOutcome: ...

    def parse_webhook(self, *, body: bytes, signature: str) -> GatewayWebhook: ...


class GatewayError(Exception):
    """The gateway refused a request outright (bad details, unknown token)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def get_gateway(name: str = "sandbox") -> Gateway:
    from directcontracts.payments.sandbox import SandboxGateway

    if name != "sandbox":
        raise GatewayError("unknown_gateway", f"No payment gateway called {name!r} is configured.")
    return SandboxGateway()
