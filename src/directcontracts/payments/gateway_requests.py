"""Requests to the payment gateway that move money or submit evidence: intent, call, record.

A processor's action can't be rolled back with our transaction, and a network call inside
a transaction holds its row locks for the processor's latency. So no such call happens
inside one; each goes in three steps:

1. Intent. In the caller's money transaction, `record_intent` writes a `GatewayRequest`
   (kind, idempotency key, the arguments, state `pending`, what it is for) together with
   what the platform records before asking (a payout's pending ledger entry, a refund's
   ledger movement, a payment row). It commits with them, or not at all.
2. Call. Once that transaction has committed (`ledger.composition.after_commit`), `send`
   calls the gateway with no transaction open (`call_gateway` checks it on every call)
   and with the intent's idempotency key.
3. Record. `record_outcome` locks the intent in a second money transaction; if it is still
   pending it records the answer (`succeeded`: the processor took the request, whose later
   outcome arrives as a webhook; `failed`: it refused) and the handlers registered for the
   kind (`on_recorded`) post what follows. Recording an answered intent again changes
   nothing.

A crash between the steps leaves the intent `pending`. The recovery sweep (`resend_stale`,
a periodic task and `directcontracts resend_gateway_requests`) sends every intent pending
for more than STALE_AFTER again, with the same idempotency key: the processor answers with
the object it made the first time (the sandbox does too), so the money moves once.
A processor out of reach (a connection error or timeout) leaves the intent pending too.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from django.db import connection
from django.db.models import F, Q

from directcontracts.core import clock
from directcontracts.core.locks import lock_row
from directcontracts.ledger.alerts import raise_alert
from directcontracts.ledger.composition import after_commit, money_transaction
from directcontracts.ledger.models import FinanceAlertKind
from directcontracts.payments.gateway import GatewayError, get_gateway
from directcontracts.payments.gateway_models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
)

logger = logging.getLogger(__name__)
STALE_AFTER = timedelta(minutes=5)
Recorder = Callable[[GatewayRequest], None]
_recorders: dict[str, list[Recorder]] = {kind: [] for kind in GatewayRequestKind.values}


@dataclass(frozen=True)
class Answer:
    """What the gateway said to one request."""

    state: str  # GatewayRequestState.SUCCEEDED or FAILED
    processor_id: str = ""
    failure_code: str = ""
    failure_message: str = ""


def on_recorded(kind: str, recorder: Recorder) -> None:
    """Run `recorder(request)` in the transaction that records an answer to a `kind` request."""
    recorders = _recorders[kind]
    if recorder not in recorders:
        recorders.append(recorder)


def in_transaction() -> bool:
    """A transaction of ours is open (a test's own wrapping transaction does not count)."""
    return connection.in_atomic_block and not all(
        getattr(block, "_from_testcase", False) for block in connection.atomic_blocks
    )


def call_gateway(provider: str, method: str, **arguments: Any) -> Any:
    """The one way to a gateway's money and evidence methods: never inside a transaction."""
    if in_transaction():
        raise RuntimeError(f"gateway {method}() called inside a database transaction")
    return getattr(get_gateway(provider), method)(**arguments)


def record_intent(
    *,
    kind: str,
    provider: str,
    idempotency_key: str,
    subject: str,
    arguments: dict[str, Any],
) -> GatewayRequest:
    """Step 1, inside the caller's money transaction: write the request; it is sent once the
    transaction has committed. The same kind and key again returns the first request."""
    if not connection.in_atomic_block:
        raise RuntimeError("record_intent() runs inside money_transaction()")
    existing = GatewayRequest.objects.filter(kind=kind, idempotency_key=idempotency_key).first()
    if existing is not None:
        return existing
    request = GatewayRequest.objects.create(
        provider=provider,
        kind=kind,
        idempotency_key=idempotency_key,
        subject=subject[:80],
        arguments=arguments,
    )
    after_commit(partial(_send_after_commit, request.pk))
    return request


def evidence_arguments(
    *, charge_id: str, evidence: dict[str, Any], document: bytes, metadata: dict[str, str]
) -> dict[str, Any]:
    """An evidence request's arguments as JSON (the document as base64)."""
    return {
        "charge_id": charge_id,
        "evidence": evidence,
        "document_b64": base64.b64encode(document).decode(),
        "metadata": metadata,
    }


def _send_after_commit(request_id: int) -> None:
    send(request_id)


def send(request_id: int) -> GatewayRequest:
    """Steps 2 and 3: call the gateway for a pending request, then record its answer."""
    request = GatewayRequest.objects.get(pk=request_id)
    if request.state != GatewayRequestState.PENDING:
        return request
    GatewayRequest.objects.filter(pk=request.pk).update(
        attempts=F("attempts") + 1, last_attempt_at=clock.now()
    )
    try:
        answer = _ask(request)
    except GatewayError as exc:
        answer = Answer(GatewayRequestState.FAILED, "", exc.code, exc.message)
    except (ConnectionError, TimeoutError) as exc:
        logger.warning("gateway request %s not answered, left for the sweep: %s", request.pk, exc)
        return request
    return record_outcome(request.pk, answer)


def _ask(request: GatewayRequest) -> Answer:
    args = dict(request.arguments)
    call = partial(call_gateway, request.provider, idempotency_key=request.idempotency_key)
    if request.kind == GatewayRequestKind.CHARGE:
        charge = call("charge", **args)
        if charge.status == "failed":
            return Answer(
                GatewayRequestState.FAILED,
                charge.charge_id,
                charge.failure_code or "declined",
                charge.failure_message,
            )
        return Answer(GatewayRequestState.SUCCEEDED, charge.charge_id)
    if request.kind == GatewayRequestKind.REFUND:
        refund = call("refund", **args)
        if refund.status != "succeeded":
            return Answer(GatewayRequestState.FAILED, refund.refund_id, "refund_failed")
        return Answer(GatewayRequestState.SUCCEEDED, refund.refund_id)
    if request.kind == GatewayRequestKind.PAYOUT:
        payout = call("payout", **args)
        if payout.status == "failed":
            return Answer(
                GatewayRequestState.FAILED,
                payout.payout_id,
                "payout_failed",
                payout.failure_message,
            )
        return Answer(GatewayRequestState.SUCCEEDED, payout.payout_id)
    if request.kind == GatewayRequestKind.EVIDENCE:
        document = base64.b64decode(args.pop("document_b64", ""))
        evidence = call("submit_chargeback_evidence", document=document, **args)
        return Answer(GatewayRequestState.SUCCEEDED, evidence.evidence_id)
    raise ValueError(f"unknown gateway request kind {request.kind!r}")


def record_outcome(request_id: int, answer: Answer) -> GatewayRequest:
    """Step 3: record the answer once, with what follows from it, in one money transaction."""
    return money_transaction(partial(record_answer, request_id, answer))


def record_answer(request_id: int, answer: Answer) -> GatewayRequest:
    """Step 3 inside a money transaction already open: `record_outcome`, or a webhook that
    brings the answer before the request recorded it (a charge's settlement)."""
    if not connection.in_atomic_block:
        raise RuntimeError("record_answer() runs inside money_transaction()")
    request = lock_row(GatewayRequest, request_id)
    if request.state != GatewayRequestState.PENDING:
        return request  # answered already (the original request, or another sweep)
    request.state = answer.state
    request.processor_id = answer.processor_id[:100]
    request.failure_code = answer.failure_code[:60]
    request.failure_message = answer.failure_message[:300]
    request.answered_at = clock.now()
    request.save(
        update_fields=[
            "state",
            "processor_id",
            "failure_code",
            "failure_message",
            "answered_at",
        ]
    )
    for recorder in _recorders[request.kind]:
        recorder(request)
    return request


def alert_refused(request: GatewayRequest, *, what: str) -> None:
    """The processor refused `request` (a refund or chargeback evidence), whose money or case
    the platform already booked as sent: one item on the day's `gateway_request_refused`
    finance alert naming the request (key `gateway_request:<id>`), so finance can act on it
    (the request is answered, so it is never sent again by itself); and an error in the log.
    Runs in the transaction that records the answer, once per request."""
    arguments = request.arguments or {}
    logger.error(
        "%s %s for %s refused by the gateway: %s %s",
        request.kind,
        request.idempotency_key,
        request.subject,
        request.failure_code,
        request.failure_message,
    )
    raise_alert(
        kind=FinanceAlertKind.GATEWAY_REQUEST_REFUSED,
        key=f"gateway_request:{request.pk}",
        detail={
            "gateway_request": request.pk,
            "request_kind": request.kind,
            "idempotency_key": request.idempotency_key,
            "subject": request.subject,
            "amount_minor": arguments.get("amount_minor"),
            "currency": arguments.get("currency"),
            "failure_code": request.failure_code,
            "failure_message": request.failure_message,
            "why": f"The processor refused {what} (gateway request {request.pk}, "
            f"{request.idempotency_key}, for {request.subject}): "
            f"{request.failure_code or 'refused'}. {_FOLLOW_UP.get(request.kind, '')}".strip(),
        },
    )


_FOLLOW_UP: dict[str, str] = {
    GatewayRequestKind.REFUND: "The ledger books the money as returned: retry the refund "
    "from the finance console (Refused refunds), or pay it back by hand and correct the books.",
    GatewayRequestKind.EVIDENCE: "The case is marked evidence submitted: submit it at the "
    "processor by hand or accept the chargeback.",
}


def stale_requests(now: datetime | None = None, older_than: timedelta = STALE_AFTER) -> list[int]:
    """Pending requests written, and last sent, more than `older_than` ago."""
    cutoff = (now or clock.now()) - older_than
    return list(
        GatewayRequest.objects.filter(state=GatewayRequestState.PENDING, created_at__lte=cutoff)
        .filter(Q(last_attempt_at__isnull=True) | Q(last_attempt_at__lte=cutoff))
        .order_by("created_at", "id")
        .values_list("pk", flat=True)
    )


def resend_stale(now: datetime | None = None, older_than: timedelta = STALE_AFTER) -> int:
    """The recovery sweep: send each stale pending request again with its idempotency key
    and record the answer. Each is claimed first (compare-and-set on its last attempt), so
    two sweeps at once send it once; returns how many were answered."""
    answered = 0
    cutoff = (now or clock.now()) - older_than
    for request_id in stale_requests(now, older_than):
        claimed = (
            GatewayRequest.objects.filter(pk=request_id, state=GatewayRequestState.PENDING)
            .filter(Q(last_attempt_at__isnull=True) | Q(last_attempt_at__lte=cutoff))
            .update(last_attempt_at=clock.now())
        )
        if not claimed:
            continue
        request = send(request_id)
        if request.state == GatewayRequestState.PENDING:
            request.refresh_from_db(fields=["state"])
        if request.state != GatewayRequestState.PENDING:
            logger.warning(
                "gateway request %s (%s %s) answered by the sweep: %s",
                request.pk,
                request.kind,
                request.subject,
                request.state,
            )
            answered += 1
    return answered
