"""Recording a gateway request's answer under real concurrent connections (PostgreSQL):
two recovery sweeps at once, and a sweep racing the original request, record one answer,
and the processor acts once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.contracts import escrow, paying
from directcontracts.payments import gateway_requests, payouts
from directcontracts.payments.models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
    Payout,
    PayoutState,
    SandboxObject,
)
from tests.concurrency import run_together
from tests.contracts.factories import funded_milestone, settle_gateway

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


class Crash(Exception):
    pass


def _crash(*args, **kwargs):
    raise Crash


def _payout_left_pending(freelancer, monkeypatch, frozen_clock, settings, *, called: bool):
    """A payout whose request was written, and sent (`called`) or not, but not recorded."""
    settings.NEW_ACCOUNT_HOLD_DAYS = 0
    _, client, milestone = funded_milestone(freelancer, monkeypatch, frozen_clock)
    escrow.approve_milestone(milestone=milestone, by=client)
    frozen_clock.advance(days=settings.RELEASE_SECURITY_HOLD_DAYS, seconds=1)
    bank = payouts.add_payout_method(
        owner=freelancer, account_number="000123456789", holder_name="Fiona F", currency="USD"
    )
    with monkeypatch.context() as patched:
        patched.setattr(gateway_requests, "record_outcome" if called else "send", _crash)
        with pytest.raises(Crash):
            paying.withdraw(
                freelancer=freelancer, method=bank, amount_minor=47_500, idempotency_key="p1"
            )
    return GatewayRequest.objects.get(kind=GatewayRequestKind.PAYOUT)


def _count_recordings(monkeypatch) -> list[int]:
    recorded: list[int] = []
    originals = list(gateway_requests._recorders[GatewayRequestKind.PAYOUT])

    def counting(request):
        recorded.append(request.pk)
        for recorder in originals:
            recorder(request)

    monkeypatch.setitem(gateway_requests._recorders, GatewayRequestKind.PAYOUT, [counting])
    return recorded


def _ends_paid_once(frozen_clock, request):
    request.refresh_from_db()
    assert request.state == GatewayRequestState.SUCCEEDED
    assert SandboxObject.objects.filter(kind="payout").count() == 1
    settle_gateway(frozen_clock)
    payout = Payout.objects.get()
    assert payout.state == PayoutState.PAID
    assert payout.gateway_payout_id == request.processor_id


@pytest.mark.parametrize("called", [False, True], ids=["never sent", "sent, not recorded"])
def test_two_sweeps_at_once_record_one_answer(
    called, freelancer, monkeypatch, frozen_clock, settings, seeded_defaults
):
    request = _payout_left_pending(freelancer, monkeypatch, frozen_clock, settings, called=called)
    frozen_clock.advance(minutes=6)
    recorded = _count_recordings(monkeypatch)

    results = run_together([gateway_requests.resend_stale] * 2, workers=2)

    assert sorted(results) == [0, 1]
    assert recorded == [request.pk]
    _ends_paid_once(frozen_clock, request)


def test_a_sweep_racing_the_original_request_records_one_answer(
    freelancer, monkeypatch, frozen_clock, settings, seeded_defaults
):
    request = _payout_left_pending(freelancer, monkeypatch, frozen_clock, settings, called=False)
    recorded = _count_recordings(monkeypatch)

    results = run_together(
        [
            lambda: gateway_requests.send(request.pk),
            lambda: gateway_requests.resend_stale(older_than=timedelta(0)),
        ],
        workers=2,
    )

    assert not [r for r in results if isinstance(r, Exception)]
    assert recorded == [request.pk]
    _ends_paid_once(frozen_clock, request)
