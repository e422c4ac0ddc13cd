"""The built-in sandbox processor: deterministic test numbers, delayed outcomes, signed webhooks.

Test card numbers (any future expiry):

| number | what happens |
|---|---|
| 4242 4242 4242 4242 | the charge settles after SANDBOX_CARD_SETTLE_SECONDS |
| 4000 0000 0000 0002 | declined at once (`card_declined`) |
| 4000 0000 0000 9995 | declined at once (`insufficient_funds`) |
| 4000 0000 0000 0341 | pending, then fails at settlement (`settlement_failed`) |
| 4000 0000 0000 0259 | settles, then is charged back after SANDBOX_CHARGEBACK_SECONDS |

Bank debit account numbers: `000123456789` settles after SANDBOX_BANK_SETTLE_SECONDS;
`000111111113` is returned at settlement (`debit_returned`).
Payout account numbers: `000123456789` is paid after SANDBOX_PAYOUT_SECONDS;
`000111111116` fails (`account_closed`) and the money returns to the freelancer;
`000333333335` is paid, then returned by the bank (`account_closed`, reported as
`payout.failed` SANDBOX_PAYOUT_SECONDS after `payout.paid`, as processors report a bank
return): the money is the freelancer's to withdraw again.

Chargebacks: evidence submitted against one is recorded (`kind="evidence"`, with the
document's SHA-256 and size); `decide_chargeback(charge_id, won=...)` stands in for the
bank and reports `charge.dispute_won` (the money comes back) or `charge.dispute_lost`.

Design:

1. Like a real processor the sandbox keeps its own records (`SandboxObject`) and its own
   balance transactions (`SandboxBalanceTransaction`), which reconciliation compares with
   the ledger. It charges a processor fee (SANDBOX_FEE_BPS + SANDBOX_FEE_FIXED_MINOR).
2. Outcomes are queued as due events and delivered as signed webhooks through the task
   queue, to the same handler the HTTP endpoint uses (`payments.webhooks.receive`).
3. Requests are idempotent by key: the same key returns the same object, and queues its
   outcomes once, even when two requests with one key arrive at the same moment (the
   platform's recovery sweep may send a request again while the first is answered).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Sum

from directcontracts.core import clock
from directcontracts.payments.gateway import (
    ChargeOutcome,
    EvidenceOutcome,
    GatewayError,
    GatewayWebhook,
    MethodDetails,
    PayoutOutcome,
    RefundOutcome,
    TokenisedMethod,
)
from directcontracts.payments.models import SandboxEvent, SandboxObject
from directcontracts.payments.services import record_balance_transaction

CARD_SUCCESS = "4242424242424242"
CARD_DECLINED = "4000000000000002"
CARD_INSUFFICIENT_FUNDS = "4000000000009995"
CARD_FAILS_AT_SETTLEMENT = "4000000000000341"
CARD_CHARGEBACK = "4000000000000259"
BANK_SETTLES = "000123456789"
BANK_RETURNED = "000111111113"
PAYOUT_OK = "000123456789"
PAYOUT_FAILS = "000111111116"
PAYOUT_RETURNED_AFTER_PAID = "000333333335"
# Days the sandbox bank gives to answer a chargeback with evidence (its `evidence_due_by`).
EVIDENCE_DAYS = 7

CARD_SCENARIOS = {
    CARD_SUCCESS: "settles",
    CARD_DECLINED: "declined",
    CARD_INSUFFICIENT_FUNDS: "insufficient_funds",
    CARD_FAILS_AT_SETTLEMENT: "fails_at_settlement",
    CARD_CHARGEBACK: "chargeback",
}
BANK_SCENARIOS = {BANK_SETTLES: "settles", BANK_RETURNED: "returned"}
PAYOUT_SCENARIOS = {
    PAYOUT_OK: "paid",
    PAYOUT_FAILS: "fails",
    PAYOUT_RETURNED_AFTER_PAID: "returned_after_paid",
}
SIGNATURE_TOLERANCE_SECONDS = 300


def _luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number]
    checksum = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        checksum += digit
    return checksum % 10 == 0


def _clean_number(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def _fingerprint(kind: str, number: str) -> str:
    # Keyed, so a fingerprint reveals nothing about the number outside this installation.
    return hmac.new(
        settings.SECRET_KEY.encode(), f"{kind}:{number}".encode(), hashlib.sha256
    ).hexdigest()[:32]


def _token(prefix: str, scenario: str) -> str:
    return f"{prefix}_{scenario}_{secrets.token_hex(8)}"


def scenario_of(token: str) -> str:
    parts = token.split("_")
    return "_".join(parts[1:-1]) if len(parts) >= 3 else ""


def processor_fee(amount_minor: int) -> int:
    return (
        amount_minor * settings.SANDBOX_FEE_BPS + 5_000
    ) // 10_000 + settings.SANDBOX_FEE_FIXED_MINOR


def sign(body: bytes, *, at: int | None = None) -> str:
    timestamp = at if at is not None else int(time.time())
    digest = hmac.new(
        settings.SANDBOX_WEBHOOK_SECRET.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
    )
    return f"t={timestamp},v1={digest.hexdigest()}"


def verify(body: bytes, signature: str) -> None:
    try:
        fields = dict(part.split("=", 1) for part in signature.split(","))
        timestamp = int(fields["t"])
        given = fields["v1"]
    except (KeyError, ValueError):
        raise GatewayError("bad_signature", "The webhook signature header is malformed.") from None
    if abs(time.time() - timestamp) > SIGNATURE_TOLERANCE_SECONDS:
        raise GatewayError("stale_signature", "The webhook is too old or from the future.")
    expected = sign(body, at=timestamp).split("v1=", 1)[1]
    if not hmac.compare_digest(expected, given):
        raise GatewayError("bad_signature", "The webhook signature does not match.")


class SandboxGateway:
    name = "sandbox"

    # --- Methods ----------------------------------------------------------------------

    def tokenise(self, details: MethodDetails) -> TokenisedMethod:
        number = _clean_number(details.number)
        if details.kind == "card":
            if not 12 <= len(number) <= 19 or not _luhn_ok(number):
                raise GatewayError("invalid_card_number", "That card number is not valid.")
            scenario = CARD_SCENARIOS.get(number, "settles")
            brand = (
                "Visa"
                if number.startswith("4")
                else "Mastercard"
                if number.startswith("5")
                else "Card"
            )
            return TokenisedMethod(
                _token("pm", scenario), _fingerprint("card", number), brand, number[-4:]
            )
        if details.kind == "bank_debit":
            if not 6 <= len(number) <= 17:
                raise GatewayError(
                    "invalid_account_number", "That bank account number is not valid."
                )
            scenario = BANK_SCENARIOS.get(number, "settles")
            return TokenisedMethod(
                _token("ba", scenario), _fingerprint("bank", number), "", number[-4:]
            )
        if details.kind == "payout_account":
            if not 6 <= len(number) <= 17:
                raise GatewayError(
                    "invalid_account_number", "That bank account number is not valid."
                )
            scenario = PAYOUT_SCENARIOS.get(number, "paid")
            return TokenisedMethod(
                _token("po", scenario), _fingerprint("payout", number), "", number[-4:]
            )
        raise GatewayError("invalid_method", f"Unknown payment method kind {details.kind!r}.")

    # --- Money ------------------------------------------------------------------------

    def charge(
        self,
        *,
        token: str,
        amount_minor: int,
        currency: str,
        reference: str,
        idempotency_key: str,
        metadata: dict[str, str] | None = None,
    ) -> ChargeOutcome:
        scenario = scenario_of(token)
        existing = SandboxObject.objects.filter(idempotency_key=f"charge:{idempotency_key}").first()
        if existing is not None:
            return ChargeOutcome(
                existing.object_id,
                "failed" if existing.status == "failed" else "pending",
                str(existing.data.get("failure_code", "")),
                str(existing.data.get("failure_message", "")),
            )
        if scenario in ("declined", "insufficient_funds"):
            code = "card_declined" if scenario == "declined" else "insufficient_funds"
            message = (
                "The card was declined."
                if scenario == "declined"
                else "The card has insufficient funds."
            )
            obj, _ = self._record(
                "ch",
                "charge",
                idempotency_key,
                amount_minor,
                currency,
                "failed",
                scenario,
                reference,
                {"failure_code": code, "failure_message": message},
            )
            return ChargeOutcome(obj.object_id, "failed", code, message)
        obj, created = self._record(
            "ch",
            "charge",
            idempotency_key,
            amount_minor,
            currency,
            "pending",
            scenario,
            reference,
            {"metadata": metadata or {}},
        )
        if not created:
            return ChargeOutcome(obj.object_id, "pending")  # a twin request made it just now
        delay = (
            settings.SANDBOX_BANK_SETTLE_SECONDS
            if token.startswith("ba_")
            else settings.SANDBOX_CARD_SETTLE_SECONDS
        )
        if scenario in ("fails_at_settlement", "returned"):
            code = "debit_returned" if scenario == "returned" else "settlement_failed"
            queue_event("charge.failed", obj, delay, {"failure_code": code})
        else:
            queue_event("charge.succeeded", obj, delay)
            if scenario == "chargeback":
                queue_event("charge.disputed", obj, delay + settings.SANDBOX_CHARGEBACK_SECONDS)
        return ChargeOutcome(obj.object_id, "pending")

    def refund(
        self,
        *,
        charge_id: str,
        amount_minor: int,
        currency: str,
        reference: str,
        idempotency_key: str,
        metadata: dict[str, str] | None = None,
    ) -> RefundOutcome:
        existing = SandboxObject.objects.filter(idempotency_key=f"refund:{idempotency_key}").first()
        if existing is not None:
            return RefundOutcome(existing.object_id, existing.status)
        obj, _ = self._record(
            "re",
            "refund",
            idempotency_key,
            amount_minor,
            currency,
            "succeeded",
            "refund",
            reference,
            {"charge": charge_id, "metadata": metadata or {}},
        )
        _balance(
            "refund",
            obj.object_id,
            -amount_minor,
            currency,
            (metadata or {}).get("transfer", reference),
        )
        return RefundOutcome(obj.object_id, "succeeded")

    def payout(
        self,
        *,
        token: str,
        amount_minor: int,
        currency: str,
        reference: str,
        idempotency_key: str,
        metadata: dict[str, str] | None = None,
    ) -> PayoutOutcome:
        existing = SandboxObject.objects.filter(idempotency_key=f"payout:{idempotency_key}").first()
        if existing is not None:
            return PayoutOutcome(existing.object_id, "pending")
        scenario = scenario_of(token)
        obj, created = self._record(
            "po",
            "payout",
            idempotency_key,
            amount_minor,
            currency,
            "pending",
            scenario,
            reference,
            {"metadata": metadata or {}},
        )
        if not created:
            return PayoutOutcome(obj.object_id, "pending")  # a twin request made it just now
        kind = "payout.failed" if scenario == "fails" else "payout.paid"
        queue_event(
            kind,
            obj,
            settings.SANDBOX_PAYOUT_SECONDS,
            {"failure_code": "account_closed"} if scenario == "fails" else {},
        )
        if scenario == "returned_after_paid":
            # The bank sends the paid money back later; processors report it as a failure.
            queue_event(
                "payout.failed",
                obj,
                2 * settings.SANDBOX_PAYOUT_SECONDS,
                {"failure_code": "account_closed"},
            )
        return PayoutOutcome(obj.object_id, "pending")

    # --- Chargebacks -----------------------------------------------------------------

    def submit_chargeback_evidence(
        self,
        *,
        charge_id: str,
        evidence: dict[str, Any],
        document: bytes,
        idempotency_key: str,
        metadata: dict[str, str] | None = None,
    ) -> EvidenceOutcome:
        existing = SandboxObject.objects.filter(
            idempotency_key=f"evidence:{idempotency_key}"
        ).first()
        if existing is not None:
            return EvidenceOutcome(existing.object_id, existing.status)
        charge = SandboxObject.objects.filter(object_id=charge_id, kind="charge").first()
        if charge is None or charge.status != "disputed":
            raise GatewayError("not_disputed", "That charge has no open chargeback.")
        obj, _ = self._record(
            "ev",
            "evidence",
            idempotency_key,
            charge.amount_minor,
            charge.currency,
            "submitted",
            "evidence",
            charge.reference,
            {
                "charge": charge_id,
                "document_sha256": hashlib.sha256(document).hexdigest(),
                "document_bytes": len(document),
                "sections": sorted(evidence),
                "metadata": metadata or {},
            },
        )
        return EvidenceOutcome(obj.object_id, "submitted")

    # --- Webhooks ---------------------------------------------------------------------

    def parse_webhook(self, *, body: bytes, signature: str) -> GatewayWebhook:
        verify(body, signature)
        try:
            payload = json.loads(body)
            return GatewayWebhook(
                event_id=str(payload["id"]),
                type=str(payload["type"]),
                object_id=str(payload["object"]),
                data=dict(payload.get("data") or {}),
            )
        except (ValueError, KeyError, TypeError):
            raise GatewayError("bad_payload", "The webhook body is not a sandbox event.") from None

    @staticmethod
    def _record(
        prefix: str,
        kind: str,
        key: str,
        amount: int,
        currency: str,
        status: str,
        scenario: str,
        reference: str,
        data: dict[str, Any] | None = None,
    ) -> tuple[SandboxObject, bool]:
        """The object made for this key, and whether this request made it."""
        try:
            with transaction.atomic():
                made = SandboxObject.objects.create(
                    object_id=f"{prefix}_{secrets.token_hex(10)}",
                    kind=kind,
                    idempotency_key=f"{kind}:{key}",
                    amount_minor=amount,
                    currency=currency,
                    status=status,
                    scenario=scenario,
                    reference=reference,
                    data=data or {},
                )
            return made, True
        except IntegrityError:
            return SandboxObject.objects.get(idempotency_key=f"{kind}:{key}"), False


def _balance(
    kind: str, source_id: str, amount: int, currency: str, reference: str, suffix: str = ""
) -> None:
    """One movement on the sandbox's balance (none for a zero amount, such as a zero fee)."""
    if amount:
        record_balance_transaction(
            txn_id=f"txn_{kind}_{source_id}{suffix}",
            source_id=source_id,
            type=kind,
            amount_minor=amount,
            currency=currency,
            reference=reference,
        )


# --- Due events: the sandbox's outcomes, delivered when their time comes -----------------


def queue_event(
    event_type: str, obj: SandboxObject, delay_seconds: int, data: dict[str, Any] | None = None
) -> None:
    due = clock.now() + timedelta(seconds=delay_seconds)
    event = SandboxEvent.objects.create(
        event_id=f"evt_sbx_{secrets.token_hex(10)}",
        type=event_type,
        object_id=obj.object_id,
        data={
            "amount_minor": obj.amount_minor,
            "currency": obj.currency,
            "reference": obj.reference,
            **(data or {}),
        },
        due_at=due,
    )
    from directcontracts.payments.sandbox_tasks import schedule_sandbox_delivery

    transaction.on_commit(lambda: schedule_sandbox_delivery(event.pk, due))


def disputable_minor(charge: SandboxObject) -> int:
    """What a chargeback of `charge` can take: its amount less what was refunded of it."""
    refunded = (
        SandboxObject.objects.filter(kind="refund", data__charge=charge.object_id)
        .exclude(idempotency_key__startswith="refund:chargeback-won:")
        .aggregate(total=Sum("amount_minor"))["total"]
    )
    return max(0, charge.amount_minor - int(refunded or 0))


def apply_own_books(event_type: str, object_id: str) -> dict[str, Any]:
    """The sandbox's balance moves at the moment its outcome happens. Each movement carries
    the ledger transfer id the platform gave in the request's metadata, as processors carry
    metadata, so reconciliation can match the two sides one to one. Returns what the
    webhook reports on top of the event's data: for a chargeback, the amount the bank took
    (`disputed_minor`), as a processor's dispute carries its amount."""
    obj = SandboxObject.objects.get(object_id=object_id)
    meta = dict(obj.data.get("metadata") or {})
    if event_type == "payout.failed" and obj.status == "paid":
        # A bank return: the paid money comes back to the processor's balance.
        SandboxObject.objects.filter(pk=obj.pk).update(status="returned")
        _balance(
            "payout_failure",
            object_id,
            obj.amount_minor,
            obj.currency,
            meta.get("return_transfer", f"{obj.reference}:returned"),
        )
        return {}
    SandboxObject.objects.filter(pk=obj.pk).update(status=event_type.split(".", 1)[1])
    gross, currency = obj.amount_minor, obj.currency
    # A charge's events carry its metadata, as a processor's event carries the object.
    carried: dict[str, Any] = {"metadata": meta} if event_type.startswith("charge.") else {}
    if event_type == "charge.succeeded":
        principal = int(meta.get("principal_minor", gross))
        _balance(
            "charge", object_id, principal, currency, meta.get("principal_transfer", obj.reference)
        )
        if gross > principal:
            _balance(
                "charge",
                object_id,
                gross - principal,
                currency,
                meta.get("fee_transfer", ""),
                suffix="_fee",
            )
        _balance(
            "fee",
            object_id,
            -processor_fee(gross),
            currency,
            meta.get("processor_fee_transfer", ""),
        )
    elif event_type == "charge.disputed":
        # A bank takes back what the payer has not been refunded already, as processors do.
        disputed = disputable_minor(obj)
        SandboxObject.objects.filter(pk=obj.pk).update(
            data={**obj.data, "disputed_minor": disputed}
        )
        _balance("chargeback", object_id, -disputed, currency, meta.get("chargeback_transfer", ""))
        # The bank's deadline for the evidence, as processors send it (Stripe's
        # `evidence_details.due_by`, seconds since the epoch).
        due_by = clock.now() + timedelta(days=EVIDENCE_DAYS)
        return {**carried, "disputed_minor": disputed, "evidence_due_by": int(due_by.timestamp())}
    elif event_type == "charge.dispute_won":
        _balance(
            "chargeback",
            object_id,
            int(obj.data.get("disputed_minor", gross)),
            currency,
            # No evidence when the case was accepted: the charge names the transfer too.
            _evidence_metadata(object_id).get("won_transfer")
            or meta.get("chargeback_won_transfer", ""),
            suffix="_won",
        )
    elif event_type == "payout.paid":
        _balance("payout", object_id, -gross, currency, meta.get("transfer", obj.reference))
    return carried


def deliver_due(now: datetime | None = None) -> int:
    """Deliver every sandbox event whose time has come; returns how many were delivered."""
    from directcontracts.payments.webhooks import receive

    moment = now or clock.now()
    delivered = 0
    for event in SandboxEvent.objects.filter(
        delivered_at__isnull=True, due_at__lte=moment
    ).order_by("due_at", "id"):
        claimed = SandboxEvent.objects.filter(pk=event.pk, delivered_at__isnull=True).update(
            delivered_at=clock.now()
        )
        if not claimed:
            continue
        with transaction.atomic():
            reported = apply_own_books(event.type, event.object_id)
        body = json.dumps(
            {
                "id": event.event_id,
                "type": event.type,
                "object": event.object_id,
                "data": {**event.data, **reported},
            }
        ).encode()
        receive(provider="sandbox", body=body, signature=sign(body))
        delivered += 1
    return delivered


def _evidence_metadata(charge_id: str) -> dict[str, str]:
    evidence = (
        SandboxObject.objects.filter(kind="evidence", data__charge=charge_id)
        .order_by("-id")
        .first()
    )
    return dict((evidence.data.get("metadata") or {}) if evidence else {})


def decide_chargeback(*, charge_id: str, won: bool, delay_seconds: int = 0) -> None:
    """Stand in for the payer's bank: decide a chargeback, reported as a webhook when due."""
    charge = SandboxObject.objects.get(object_id=charge_id, kind="charge")
    queue_event("charge.dispute_won" if won else "charge.dispute_lost", charge, delay_seconds)
