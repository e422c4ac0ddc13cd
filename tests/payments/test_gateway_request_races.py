"""Recording a gateway request's answer under real concurrent connections (PostgreSQL):
two recovery sweeps at once, and a sweep racing the original request, record one answer,
and the processor acts once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.payments import gateway_requests
from directcontracts.payments.models import (
    GatewayRequest,
    GatewayRequestKind,
    GatewayRequestState,
    Payout,
    PayoutState,
    SandboxObject,
)
from tests.concurrency import run_together
from tests.contracts.factories import settle_gateway
from tests.payments.factories import money_to_withdraw, process_dies, withdraw

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _payout_left_pending(freelancer, monkeypatch, frozen_clock, settings, *, called: bool):
    """A payout whose request was written, and sent (`called`) or not, but not recorded."""
    bank = money_to_withdraw(freelancer, monkeypatch, frozen_clock, settings)
    crash = "after the call" if called else "after the intent"
    with process_dies(crash, GatewayRequestKind.PAYOUT, monkeypatch):
        withdraw(freelancer, bank, idempotency_key="p1")
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
