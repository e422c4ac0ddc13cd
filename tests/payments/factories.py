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


def money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings):
    """A released milestone past its security hold ($475 to withdraw); returns the
    freelancer's bank account to withdraw it to."""
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    _, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
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
