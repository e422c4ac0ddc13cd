"""Refunds the processor refuses: the sandbox made to refuse, and a refund it refused."""

from __future__ import annotations

from directcontracts.payments.gateway import GatewayError
from directcontracts.payments.models import GatewayRequest, GatewayRequestKind
from directcontracts.payments.sandbox import SandboxGateway
from tests.contracts.factories import funded_milestone

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
