"""Payment methods and charges: money in, its settlement, refunds and chargebacks.

Design:

1. A charge is asked for by a higher service inside its money transaction
   (`request_charge`: the payment and its gateway request), sent once that has committed,
   and its answer recorded in a second one (`charge_answered`); the gateway's later outcome
   (a webhook) settles it. Each outcome claims the payment row with
   compare-and-set, so a redelivered webhook changes nothing.
2. Payments posts its own ledger legs (the client's processing fee, the processor's fee)
   through the chart, in the same money transaction as the state change, then tells the
   higher app through `hooks` (which moves escrow and the milestone).
3. Each request tells the gateway which ledger transfers it corresponds to (metadata), so
   the gateway's balance transactions reconcile one to one with the ledger.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q

from directcontracts.accounts.models import User
from directcontracts.core import clock, ratelimit
from directcontracts.core.errors import Conflict, DomainError, NotFound, RateLimited
from directcontracts.core.locks import lock_row_or_none
from directcontracts.ledger import chart
from directcontracts.ledger.composition import apply_linked
from directcontracts.payments import gateway_requests, hooks, refused_refunds
from directcontracts.payments.errors import PaymentErrorCode
from directcontracts.payments.gateway import GatewayError, MethodDetails, get_gateway
from directcontracts.payments.models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
    MethodKind,
    Payment,
    PaymentMethod,
    PaymentState,
)
from directcontracts.payments.sandbox import processor_fee

logger = logging.getLogger(__name__)


def gateway_refusal(exc: GatewayError) -> DomainError:
    return DomainError(exc.code, exc.message)


DAY_SECONDS = 24 * 3600


def add_payment_method(
    *, owner: User, kind: str, number: str, holder_name: str = ""
) -> PaymentMethod:
    if kind not in MethodKind.values:
        raise DomainError(PaymentErrorCode.INVALID_METHOD, "Choose a card or a bank debit.")
    _count_method_added(owner)
    try:
        tokenised = get_gateway(settings.PAYMENT_GATEWAY).tokenise(
            MethodDetails(kind, number, holder_name)
        )
    except GatewayError as exc:
        raise gateway_refusal(exc) from None
    method = PaymentMethod.objects.create(
        owner=owner,
        provider=settings.PAYMENT_GATEWAY,
        kind=kind,
        token=tokenised.token,
        fingerprint=tokenised.fingerprint,
        brand=tokenised.brand,
        last4=tokenised.last4,
    )
    hooks.payment_method_added(method)
    return method


def _count_method_added(owner: User) -> None:
    """Card testing: every number sent to the processor counts, refused ones too (they are
    the guesses), before it is sent; PAYMENT_METHODS_PER_DAY a day (`429 rate_limited`)."""
    ratelimit.hit(
        f"payment-method:user:{owner.pk}",
        limit=settings.PAYMENT_METHODS_PER_DAY,
        window_seconds=DAY_SECONDS,
        message="You have added many cards and bank accounts today.",
    )


# How long a person waits when the day's declines are reached only with charges still
# waiting for the processor's answer (answered in seconds, or by the recovery sweep).
UNANSWERED_CHARGE_WAIT_SECONDS = 60


def _refuse_after_the_days_declines(payer: User) -> None:
    """Card testing: after DECLINED_PAYMENTS_PER_DAY declined charges in 24 hours, no further
    charge is asked of the processor for this person until the oldest is a day old (a decline
    rate is what a processor holds against the platform's account). Counted from the
    payments themselves, so a refused charge rolled back with its transaction counts nothing.

    Under the payer's row lock, and a charge not answered yet counts as a decline to come:
    charges asked at one instant each saw the declines before any was answered, and all
    were sent (limits under concurrency, 7 December)."""
    lock_row_or_none(User, payer.pk)
    since = clock.now() - timedelta(seconds=DAY_SECONDS)
    limit = settings.DECLINED_PAYMENTS_PER_DAY
    declined, unanswered = _declines_and_unanswered(payer, since)
    if len(declined) >= limit:
        raise _declines_refusal(
            "Several payments were declined today, so no further payment can be tried for "
            "now; nothing was charged.",
            retry_after=(declined[limit - 1] - since).total_seconds(),
        )
    if len(declined) + unanswered >= limit:
        raise _declines_refusal(
            "Several of your payments are still waiting for the card processor's answer; "
            "try again in a minute. Nothing was charged.",
            retry_after=UNANSWERED_CHARGE_WAIT_SECONDS,
        )


def _declines_and_unanswered(payer: User, since: datetime) -> tuple[list[datetime], int]:
    """The payer's declines since `since` (newest first) and charges not answered yet, read
    in ONE statement: read in two, a charge answered between them (no longer unanswered,
    already declined) was counted by neither and one charge too many was sent."""
    unanswered = Q(state=PaymentState.PENDING, gateway_charge_id__startswith=REQUESTED)
    rows = list(
        Payment.objects.filter(payer=payer)
        .filter(Q(state=PaymentState.FAILED, created_at__gt=since) | unanswered)
        .order_by("-created_at")
        .values_list("state", "created_at")
    )
    declined = [created for state, created in rows if state == PaymentState.FAILED]
    return declined, sum(1 for state, _ in rows if state != PaymentState.FAILED)


def _declines_refusal(message: str, *, retry_after: float) -> RateLimited:
    return RateLimited(message, retry_after=math.ceil(retry_after))


def payment_method_for(owner: User, method_id: int) -> PaymentMethod:
    method = PaymentMethod.objects.filter(
        owner=owner, pk=method_id, removed_at__isnull=True
    ).first()
    if method is None:
        raise NotFound(
            "No such payment method on your account.", code=PaymentErrorCode.METHOD_NOT_FOUND
        )
    return method


def remove_payment_method(*, owner: User, method_id: int) -> None:
    method = payment_method_for(owner, method_id)
    PaymentMethod.objects.filter(pk=method.pk).update(removed_at=clock.now())


REQUESTED = "requested:"  # a payment's charge id until the gateway's answer is recorded


def processor_fee_transfer_id(payment: Payment) -> str:
    return f"processor-fee:payment:{payment.pk}"


def _charge_metadata(
    payment: Payment, settlement_transfer_id: Callable[[int], str]
) -> dict[str, str]:
    """What the gateway keeps with a charge: the ledger transfers its balance lines match
    (reconciliation), and the payment's id, by which a webhook about the charge finds the
    payment before its charge id is recorded (`payment_awaiting_answer`)."""
    return {
        "payment": str(payment.pk),
        "principal_minor": str(payment.amount_minor),
        "principal_transfer": settlement_transfer_id(payment.pk),
        "fee_transfer": chart.client_fee_transfer_id(payment.pk),
        "processor_fee_transfer": processor_fee_transfer_id(payment),
        "chargeback_transfer": chart.chargeback_transfer_id(payment.pk),
        # A decision on a chargeback accepted without evidence still brings money back.
        "chargeback_won_transfer": chart.chargeback_won_transfer_id(payment.pk),
    }


def _payment_for_key(
    *,
    payer: User,
    method: PaymentMethod,
    amount_minor: int,
    fee_minor: int,
    currency: str,
    reference: str,
    idempotency_key: str,
) -> tuple[Payment, bool]:
    """The payment made with `idempotency_key` before, or a new one (pending, its charge not
    asked yet); True when it is new."""
    existing = Payment.objects.filter(idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing, False
    if method.owner_id != payer.pk or method.removed_at is not None:
        raise NotFound(
            "No such payment method on your account.", code=PaymentErrorCode.METHOD_NOT_FOUND
        )
    _refuse_after_the_days_declines(payer)
    payment = Payment.objects.create(
        payer=payer,
        method=method,
        reference=reference,
        idempotency_key=idempotency_key,
        amount_minor=amount_minor,
        fee_minor=fee_minor,
        currency=currency,
        gateway_charge_id=f"{REQUESTED}{idempotency_key}"[:100],
    )
    return payment, True


def request_charge(
    *,
    payer: User,
    method: PaymentMethod,
    amount_minor: int,
    fee_minor: int,
    currency: str,
    reference: str,
    idempotency_key: str,
    settlement_transfer_id: Callable[[int], str],
) -> Payment:
    """Step 1 of a charge of amount + fee, inside the caller's money transaction: the
    payment (pending) and its `charge` gateway request, sent once the transaction has
    committed (`gateway_requests`); the answer is recorded by `charge_answered`. The same
    key returns the same payment.

    `settlement_transfer_id(payment_id)` names the ledger transfer that will record the
    settlement: funding ids are per payment, so a new attempt never reuses a failed one's.
    """
    payment, new = _payment_for_key(
        payer=payer,
        method=method,
        amount_minor=amount_minor,
        fee_minor=fee_minor,
        currency=currency,
        reference=reference,
        idempotency_key=idempotency_key,
    )
    if not new:
        return payment
    gateway_requests.record_intent(
        kind=GatewayRequestKind.CHARGE,
        provider=method.provider,
        idempotency_key=idempotency_key,
        subject=f"payment:{payment.pk}",
        arguments={
            "token": method.token,
            "amount_minor": payment.total_minor,
            "currency": currency,
            "reference": reference,
            "metadata": _charge_metadata(payment, settlement_transfer_id),
        },
    )
    return payment


def charge_unanswered(*references: str) -> bool:
    """A payment for one of `references` (such as milestone:42) waits for the gateway's
    answer to its charge (between the steps, or the processor out of reach)."""
    return Payment.objects.filter(
        reference__in=references,
        state=PaymentState.PENDING,
        gateway_charge_id__startswith=REQUESTED,
    ).exists()


def charge_request_of(payment: Payment) -> GatewayRequest | None:
    """The `charge` gateway request that asked for `payment` (None for a payment made before
    charges were gateway requests)."""
    return GatewayRequest.objects.filter(
        kind=GatewayRequestKind.CHARGE, idempotency_key=payment.idempotency_key
    ).first()


def charge_answered(request: GatewayRequest) -> None:
    """Step 3 of a charge, in the transaction that records the gateway's answer: the payment
    keeps the charge id, then its owner hears `charge_accepted` (the settlement follows as a
    webhook) or, for a refusal, the payment fails with the processor's code and message and
    its owner hears `declined`. `payment.answered_late` says the answer came after the
    person paying stopped waiting (the recovery sweep recorded it)."""
    payment = Payment.objects.get(pk=int(request.subject.partition(":")[2]))
    if request.processor_id:
        Payment.objects.filter(pk=payment.pk, gateway_charge_id__startswith=REQUESTED).update(
            gateway_charge_id=request.processor_id
        )
    late = request.answered_at is not None and (
        request.answered_at - request.created_at >= gateway_requests.STALE_AFTER
    )
    if request.state == GatewayRequestState.FAILED:
        claimed = _claim(
            payment,
            PaymentState.PENDING,
            PaymentState.FAILED,
            settled_at=clock.now(),
            failure_code=request.failure_code or "declined",
            failure_message=request.failure_message,
        )
        outcome = "declined" if claimed else ""
    else:
        outcome = "charge_accepted"
    payment.refresh_from_db()
    if outcome == "charge_accepted" and payment.state != PaymentState.PENDING:
        outcome = ""  # already settled or failed by a webhook that recorded the answer first
    if outcome:
        payment.answered_late = late
        hooks.payment_outcome(outcome, payment)


def payment_awaiting_answer(charge_id: str, metadata: object) -> Payment | None:
    """A webhook about a charge whose answer is not recorded yet (the settlement raced the
    record step): the payment named in the charge's metadata, with the charge's answer
    recorded now, in the webhook's transaction (the processor made the charge, so it took
    the request). None when the metadata names no payment waiting for its charge id."""
    payment_id = str((metadata or {}).get("payment", "")) if isinstance(metadata, dict) else ""
    if not payment_id.isdigit():
        return None
    payment = Payment.objects.filter(
        pk=int(payment_id), gateway_charge_id__startswith=REQUESTED
    ).first()
    request = charge_request_of(payment) if payment is not None else None
    if payment is None or request is None:
        return None
    gateway_requests.record_answer(
        request.pk, gateway_requests.Answer(GatewayRequestState.SUCCEEDED, charge_id)
    )
    payment.refresh_from_db()
    return payment


def _claim(payment: Payment, source: str, target: str, **fields: object) -> bool:
    return bool(Payment.objects.filter(pk=payment.pk, state=source).update(state=target, **fields))


def settle_payment(*, payment: Payment) -> None:
    """The gateway settled the charge: fee legs in the ledger, then the owner's handler.

    A settlement of a charge we recorded as failed (the processor reported a failure, then
    settled it after all) is money at the processor that its owner was told never came: the
    payment is claimed from failed to succeeded once (a redelivery finds it settled), its fee
    legs are posted as for any settlement, and the owner's `settled_after_failure` handler
    pays it back (for a milestone, `escrow._return_unapplied`). Before December 2026 such a
    webhook was ignored and the money sat at the processor in no account."""
    if _claim(payment, PaymentState.PENDING, PaymentState.SUCCEEDED, settled_at=clock.now()):
        outcome = "succeeded"
    elif _claim(payment, PaymentState.FAILED, PaymentState.SUCCEEDED, settled_at=clock.now()):
        outcome = "settled_after_failure"
        logger.warning(
            "payment %s (%s) settled after it was recorded as failed (%s)",
            payment.pk,
            payment.reference,
            payment.failure_code,
        )
    else:
        return
    payment.refresh_from_db()
    apply_linked(
        chart.client_processing_fee(
            payment_id=payment.pk,
            amount=payment.fee_minor,
            currency=payment.currency,
            reference=payment.reference,
        )
        + chart.processor_fee(
            fee_id=f"payment:{payment.pk}",
            amount=processor_fee(payment.total_minor),
            currency=payment.currency,
            reference=payment.reference,
        )
    )
    hooks.payment_outcome(outcome, payment)


def fail_payment(*, payment: Payment, code: str, message: str = "") -> None:
    if not _claim(
        payment,
        PaymentState.PENDING,
        PaymentState.FAILED,
        settled_at=clock.now(),
        failure_code=code[:60],
        failure_message=message[:300],
    ):
        return
    payment.refresh_from_db()
    hooks.payment_outcome("failed", payment)


def _refuse_too_early(payment: Payment, event: str, *, waits_for: set[str]) -> None:
    """An event about a payment still in one of `waits_for` arrived before the event it
    follows (processors do not promise an order): refuse it, so that the webhook stays
    unprocessed and the processor delivers it again, instead of marking it done and losing
    it (a chargeback dropped this way left the money in escrow that the bank gave back)."""
    payment.refresh_from_db(fields=["state"])
    if payment.state in waits_for:
        raise GatewayError(
            PaymentErrorCode.WEBHOOK_OUT_OF_ORDER,
            f"The {event} of payment {payment.pk} arrived while it is {payment.state}: "
            "deliver it again once the earlier event has been received.",
        )


def charge_back(
    *, payment: Payment, taken_minor: int | None = None, evidence_due_at: datetime | None = None
) -> None:
    """The payer's bank took the payment back; the owner's handler moves the ledger.
    `taken_minor` is what the processor's message says it took (None when it says nothing),
    handed to the handlers on `payment.chargeback_taken_minor`.
    A chargeback of a payment not settled yet waits for the settlement (`_refuse_too_early`)."""
    if not _claim(payment, PaymentState.SUCCEEDED, PaymentState.CHARGED_BACK):
        _refuse_too_early(payment, "chargeback", waits_for={PaymentState.PENDING})
        return
    payment.refresh_from_db()
    payment.chargeback_taken_minor = taken_minor
    payment.chargeback_evidence_due_at = evidence_due_at
    hooks.payment_outcome("charged_back", payment)


def refund_payment(
    *, payment: Payment, amount_minor: int, idempotency_key: str, transfer_id: str
) -> GatewayRequest:
    """Send money back to the payer's method through the gateway, once the caller's money
    transaction (which posts the refund's ledger movement) has committed."""
    if payment.state != PaymentState.SUCCEEDED:
        raise Conflict(PaymentErrorCode.NOT_REFUNDABLE, "Only a settled payment can be refunded.")
    return _gateway_refund(payment, amount_minor, idempotency_key, transfer_id)


def refund_after_won_chargeback(
    *, payment: Payment, amount_minor: int, idempotency_key: str, transfer_id: str
) -> GatewayRequest:
    """The bank decided a chargeback for us and charges the payer the gross again: send back
    the part the platform had already returned from escrow when the bank took the payment
    (the owner decides the amount), once the caller's money transaction has committed."""
    if payment.state != PaymentState.CHARGED_BACK:
        raise Conflict(
            PaymentErrorCode.NOT_CHARGED_BACK, "Only a charged-back payment is refunded this way."
        )
    return _gateway_refund(payment, amount_minor, idempotency_key, transfer_id)


def _gateway_refund(
    payment: Payment, amount_minor: int, idempotency_key: str, transfer_id: str
) -> GatewayRequest:
    """Write the request to send `amount_minor` back to the payer's method (sent after the
    caller's transaction commits: `gateway_requests`); the gateway's line names the ledger
    transfer it matches (reconciliation)."""
    return gateway_requests.record_intent(
        kind=GatewayRequestKind.REFUND,
        provider=payment.method.provider,
        idempotency_key=idempotency_key,
        subject=f"payment:{payment.pk}",
        arguments={
            "charge_id": payment.gateway_charge_id,
            "amount_minor": amount_minor,
            "currency": payment.currency,
            "reference": payment.reference,
            "metadata": {"transfer": transfer_id},
        },
    )


def refund_answered(request: GatewayRequest) -> None:
    """The gateway answered a refund request. Its ledger movement was posted with the
    request; a refusal (a real processor may refuse one) raises a finance alert naming the
    request (`gateway_requests.alert_refused`), since the money is booked as returned. A
    finance retry that is taken closes the alert items of the refusals before it
    (`refused_refunds`)."""
    if request.state == GatewayRequestState.FAILED:
        gateway_requests.alert_refused(
            request, what="a refund" if request.retry_of_id is None else "a retried refund"
        )
    elif request.retry_of_id is not None:
        # Finance's retry of a refused refund was taken: the refusals before it are done.
        refused_refunds.close_refused_items(request)


def chargeback_decided(*, payment: Payment, won: bool) -> None:
    """The bank decided a chargeback we contested; the owner's handler settles the reserve
    (its own case row makes a redelivered decision change nothing). A decision about a
    chargeback not received yet waits for it (`_refuse_too_early`)."""
    if payment.state != PaymentState.CHARGED_BACK:
        _refuse_too_early(
            payment,
            "chargeback decision",
            waits_for={PaymentState.PENDING, PaymentState.SUCCEEDED},
        )
        return
    hooks.payment_outcome("chargeback_won" if won else "chargeback_lost", payment)


def submit_chargeback_evidence(
    *,
    payment: Payment,
    evidence: dict[str, object],
    document: bytes,
    idempotency_key: str,
    won_transfer_id: str,
) -> GatewayRequest:
    """Send our evidence against a chargeback to the gateway once the caller's money
    transaction has committed (`gateway_requests`); the answer's processor id is the
    evidence id. `won_transfer_id` is the ledger transfer that will record the money
    coming back."""
    if payment.state != PaymentState.CHARGED_BACK:
        raise Conflict(
            PaymentErrorCode.NOT_CHARGED_BACK, "Evidence goes only with a charged-back payment."
        )
    return gateway_requests.record_intent(
        kind=GatewayRequestKind.EVIDENCE,
        provider=payment.method.provider,
        idempotency_key=idempotency_key,
        subject=f"payment:{payment.pk}",
        arguments=gateway_requests.evidence_arguments(
            charge_id=payment.gateway_charge_id,
            evidence=dict(evidence),
            document=document,
            metadata={"won_transfer": won_transfer_id},
        ),
    )
