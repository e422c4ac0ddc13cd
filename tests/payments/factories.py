"""Shared by the payments tests (and the contracts and disputes tests that watch the
processor): sandbox webhook deliveries, what the sandbox processor holds, a payout ready to
withdraw, a process that dies in the middle of a gateway request, and refunds the processor
refuses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from directcontracts.contracts import escrow, paying
from directcontracts.ledger import chart
from directcontracts.payments import gateway_requests, payouts
from directcontracts.payments.gateway import GatewayError
from directcontracts.payments.models import (
    GatewayEvent,
    GatewayRequest,
    GatewayRequestKind,
    SandboxBalanceTransaction,
)
from directcontracts.payments.sandbox import SandboxGateway, sign
from directcontracts.payments.webhooks import receive
from tests.contracts.factories import funded_milestone


def delivered(event_id: str, event_type: str, object_id: str, **data: object) -> GatewayEvent:
    """The sandbox processor's signed webhook `event_type` about `object_id` (a charge or a
    payout), received as the webhook endpoint would receive it."""
    body = json.dumps(
        {"id": event_id, "type": event_type, "object": object_id, "data": data}
    ).encode()
    return receive(provider="sandbox", body=body, signature=sign(body))


def unapplied_refunds_at_gateway(payment) -> list[int]:
    """The amounts the processor moved to refund `payment` as an unapplied settlement."""
    return list(
        SandboxBalanceTransaction.objects.filter(
            type="refund", reference=chart.unapplied_refund_transfer_id(payment.pk)
        ).values_list("amount_minor", flat=True)
    )


# --- Payouts -------------------------------------------------------------------------------

WITHDRAWABLE = 47_500  # a $500 milestone less the 5 % service fee


def money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings, **contract):
    """A released milestone past its security hold ($475 to withdraw); returns the
    freelancer's bank account to withdraw it to. `contract` overrides the contract's fields
    (another `client_email` for a second client in one test)."""
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    _, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock, **contract)
    escrow.approve_milestone(milestone=milestone, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    return payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="Fiona F", currency="USD"
    )


def withdraw(freelancer, bank, idempotency_key: str = "payout-1"):
    """The freelancer withdraws all of `money_to_withdraw` to `bank`."""
    return paying.withdraw(
        freelancer=freelancer,
        method=bank,
        amount_minor=WITHDRAWABLE,
        idempotency_key=idempotency_key,
    )


# --- A crash in the middle of a gateway request ---------------------------------------------


class Crash(Exception):
    """The process dies here."""


# Where the process may die among the three steps (intent, call, recording) of a request.
CRASH_POINTS = ["after the intent", "after the call", "inside the recording"]


def _dies_for(kind: str, step):
    """`step` (taking a request's id first), except that it dies for a `kind` request:
    requests of other kinds made on the way (a milestone's charge before its refund) pass."""

    def dying(request_id, *args, **kwargs):
        if GatewayRequest.objects.filter(pk=request_id, kind=kind).exists():
            raise Crash
        return step(request_id, *args, **kwargs)

    return dying


def crash_at(point: str, kind: str, monkeypatch) -> None:
    """Make the process die at `point` of the three steps of a `kind` request."""
    if point == "after the intent":
        monkeypatch.setattr(gateway_requests, "send", _dies_for(kind, gateway_requests.send))
    elif point == "after the call":
        monkeypatch.setattr(
            gateway_requests,
            "record_outcome",
            _dies_for(kind, gateway_requests.record_outcome),
        )
    else:  # inside the recording transaction, after what follows was written

        def crashing(request):
            for recorder in originals:
                recorder(request)
            raise Crash

        originals = list(gateway_requests._recorders[kind])
        monkeypatch.setitem(gateway_requests._recorders, kind, [crashing])


def out_of_reach_for(kind: str, monkeypatch) -> None:
    """The processor is out of reach for `kind` requests, which stay pending (requests of
    other kinds on the way, such as a milestone's charge, are sent)."""
    send = gateway_requests.send

    def sending_others(request_id):
        request = GatewayRequest.objects.get(pk=request_id)
        return request if request.kind == kind else send(request_id)

    monkeypatch.setattr(gateway_requests, "send", sending_others)


@contextmanager
def process_dies(point: str, kind: str, monkeypatch) -> Iterator[None]:
    """What runs inside is a `kind` gateway request during which the process dies at `point`
    (the crash is expected); the request is left as the crash left it."""
    with monkeypatch.context() as patched:
        crash_at(point, kind, patched)
        with pytest.raises(Crash):
            yield


# --- Refunds the processor refuses ---------------------------------------------------------

TAKES_REFUNDS = SandboxGateway.refund


def refuse_refunds(monkeypatch, code: str = "refund_refused") -> list[dict]:
    """From now on the sandbox refuses every refund; returns the list of refused calls."""
    calls: list[dict] = []

    def refuse(self, **kwargs):
        calls.append(kwargs)
        raise GatewayError(code, "The processor refused the request.")

    monkeypatch.setattr(SandboxGateway, "refund", refuse)
    return calls


def take_refunds(monkeypatch) -> list[dict]:
    """From now on the sandbox takes refunds again; returns the list of calls it took."""
    calls: list[dict] = []

    def take(self, **kwargs):
        calls.append(kwargs)
        return TAKES_REFUNDS(self, **kwargs)

    monkeypatch.setattr(SandboxGateway, "refund", take)
    return calls


def refused_refund(freelancer, monkeypatch, frozen_clock, amount_minor: int = 20_000):
    """The freelancer refunded part of a funded milestone and the processor refused it:
    (contract, client, milestone, the refused gateway request)."""
    from directcontracts.contracts import escrow

    contract, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    refuse_refunds(monkeypatch)
    escrow.refund_milestone(milestone=milestone, by=freelancer, amount_minor=amount_minor)
    request = GatewayRequest.objects.get(kind=GatewayRequestKind.REFUND)
    return contract, client, milestone, request


def refused_refund_rows(count: int, *, subject: str = "payment:1", start: int = 0) -> list:
    """`count` refunds the processor refused, written as the gateway records them (no
    contract or ledger behind them: for the console's list, which reads only the requests),
    oldest first, each a minute after the one before."""
    from datetime import timedelta

    from directcontracts.core import clock
    from directcontracts.payments.gateway_models import GatewayRequestState

    base = clock.now()
    return [
        GatewayRequest.objects.create(
            provider="sandbox",
            kind=GatewayRequestKind.REFUND,
            idempotency_key=f"refund:rows:{start + n}",
            subject=subject,
            arguments={"amount_minor": 1_000 + start + n, "currency": "USD"},
            state=GatewayRequestState.FAILED,
            failure_code="refund_refused",
            created_at=base + timedelta(minutes=start + n),
            answered_at=base + timedelta(minutes=start + n),
        )
        for n in range(count)
    ]


def retry_row(refused, *, state: str, by=None):
    """A finance retry of `refused`, answered `state`, written as the service leaves it."""
    from directcontracts.payments.refused_refunds import retry_key

    return GatewayRequest.objects.create(
        provider=refused.provider,
        kind=GatewayRequestKind.REFUND,
        idempotency_key=retry_key(refused),
        subject=refused.subject,
        arguments=dict(refused.arguments),
        state=state,
        retry_of=refused,
        requested_by=by,
        reason="Issuer outage over.",
        created_at=refused.created_at,
    )


# --- A payout the bank sends back after it was paid ---------------------------------------


def bank_that_returns_payouts(freelancer):
    """A payout account the sandbox pays, then has returned by the bank (`account_closed`)."""
    from directcontracts.payments.sandbox import PAYOUT_RETURNED_AFTER_PAID

    return payouts.add_payout_method(
        owner=freelancer,
        account_number=PAYOUT_RETURNED_AFTER_PAID,
        holder_name="Fiona F",
        currency="USD",
    )


def paid_out_of_processor(payout) -> int:
    """What of `payout` left processor clearing for good: paid less returned, per the ledger."""
    from directcontracts.ledger.models import Transfer

    moved = dict(
        Transfer.objects.filter(
            key__in=[
                chart.payout_paid_transfer_id(payout.pk),
                chart.payout_returned_transfer_id(payout.pk),
            ]
        ).values_list("key", "amount")
    )
    return int(moved.get(chart.payout_paid_transfer_id(payout.pk), 0)) - int(
        moved.get(chart.payout_returned_transfer_id(payout.pk), 0)
    )
