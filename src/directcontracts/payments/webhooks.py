"""Inbound gateway webhooks: verify, store once, then act once, in one money transaction."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from directcontracts.core import clock
from directcontracts.core.errors import error_body
from directcontracts.ledger.composition import money_transaction
from directcontracts.payments import charges, payouts
from directcontracts.payments.errors import PaymentErrorCode
from directcontracts.payments.gateway import GatewayError, GatewayWebhook, get_gateway
from directcontracts.payments.models import GatewayEvent, Payment, Payout

logger = logging.getLogger(__name__)
MAX_WEBHOOK_BYTES = 64 * 1024
# The payout events that end a payout: paid, or not (the money returns to the freelancer).
# `failed` after `paid` is the bank sending the paid payout back (`payouts.return_payout`),
# as is `returned` (a processor that names the return as such).
PAYOUT_ENDS = {"paid": True, "failed": False, "canceled": False}


def receive(*, provider: str, body: bytes, signature: str) -> GatewayEvent:
    """Verify and record an event, then process it; a repeat is recognised and skipped."""
    event = get_gateway(provider).parse_webhook(body=body, signature=signature)
    try:
        with transaction.atomic():
            stored = GatewayEvent.objects.create(
                provider=provider,
                event_id=event.event_id,
                type=event.type,
                payload={"object": event.object_id, "data": event.data},
            )
    except IntegrityError:
        stored = GatewayEvent.objects.get(provider=provider, event_id=event.event_id)
        if stored.processed_at is not None:
            return stored
    money_transaction(lambda: _process(stored, event))
    return stored


def _process(stored: GatewayEvent, event: GatewayWebhook) -> None:
    claimed = GatewayEvent.objects.filter(pk=stored.pk, processed_at__isnull=True).update(
        processed_at=clock.now()
    )
    if not claimed:
        return
    kind, _, outcome = event.type.partition(".")
    if kind == "charge":
        payment = Payment.objects.filter(
            gateway_charge_id=event.object_id
        ).first() or charges.payment_awaiting_answer(event.object_id, event.data.get("metadata"))
        if payment is None:
            raise GatewayError("unknown_object", f"No payment for {event.object_id}.")
        if outcome == "succeeded":
            charges.settle_payment(payment=payment)
        elif outcome == "failed":
            charges.fail_payment(
                payment=payment, code=str(event.data.get("failure_code", "failed"))
            )
        elif outcome == "disputed":
            charges.charge_back(
                payment=payment,
                taken_minor=_taken_minor(event),
                evidence_due_at=_evidence_due_at(event),
            )
        elif outcome in ("dispute_won", "dispute_lost"):
            charges.chargeback_decided(payment=payment, won=outcome == "dispute_won")
    elif kind == "payout":
        payout = Payout.objects.filter(gateway_payout_id=event.object_id).first()
        if payout is None:
            raise GatewayError("unknown_object", f"No payout for {event.object_id}.")
        # Only an end says how a payout ended: processors also report its creation, updates
        # and transit, and read as a failure those gave the money back while the bank paid it.
        message = str(event.data.get("failure_code", ""))
        if outcome == "failed":
            payouts.payout_reported_failed(payout=payout, message=message)
        elif outcome == "returned":
            payouts.return_payout(payout=payout, message=message)
        elif outcome == "paid":
            payouts.payout_reported_paid(payout=payout)
        elif outcome in PAYOUT_ENDS:
            payouts.finish_payout(payout=payout, paid=PAYOUT_ENDS[outcome], message=message)


def _evidence_due_at(event: GatewayWebhook) -> datetime | None:
    """When the processor wants the chargeback's evidence by (`evidence_due_by`, seconds
    since the epoch, as Stripe's `evidence_details.due_by`): None when the message carries
    none; a value that is not a whole number of seconds is refused (delivered again)."""
    value = event.data.get("evidence_due_by")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**37:
        raise GatewayError(PaymentErrorCode.BAD_WEBHOOK, "The evidence due date is not a time.")
    return datetime.fromtimestamp(value, tz=UTC)


def _taken_minor(event: GatewayWebhook) -> int | None:
    """The amount a chargeback took, as the processor's message says (`disputed_minor`):
    None when the message carries none; a value that is not a whole number of minor units
    from zero to the ledger's largest amount is refused (the processor delivers it again)."""
    value = event.data.get("disputed_minor")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise GatewayError(PaymentErrorCode.BAD_WEBHOOK, "The chargeback amount is not a number.")
    if not 0 <= value <= settings.LEDGER_MAX_AMOUNT_MINOR:
        raise GatewayError(PaymentErrorCode.BAD_WEBHOOK, "The chargeback amount is out of range.")
    return int(value)


@csrf_exempt  # authenticated by the gateway's signature instead
@require_POST
def webhook_view(request: HttpRequest, provider: str) -> HttpResponse:
    if len(request.body) > MAX_WEBHOOK_BYTES:
        return JsonResponse(
            error_body(PaymentErrorCode.BAD_WEBHOOK, "The webhook body is too large."), status=413
        )
    signature = request.headers.get("Sandbox-Signature", "") or request.headers.get(
        "Webhook-Signature", ""
    )
    try:
        stored = receive(provider=provider, body=request.body, signature=signature)
    except GatewayError as exc:
        logger.warning("refused %s webhook: %s", provider, exc.message)
        return JsonResponse(error_body(exc.code, exc.message), status=400)
    return JsonResponse({"received": stored.event_id})
