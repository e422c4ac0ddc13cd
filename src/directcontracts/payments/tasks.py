"""The recovery sweep of gateway requests, as a periodic task (core/periodic.py).

A request written but never answered (the process died between its steps, or the
processor was out of reach) is sent again by `gateway_requests.resend_stale`, with the
same idempotency key, every SWEEP_EVERY.
"""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from directcontracts.core import clock
from directcontracts.core.periodic import queue_once

SWEEP_EVERY = timedelta(minutes=5)


@task()
def resend_gateway_requests_task(reschedule: bool = True) -> int:
    from directcontracts.payments.gateway_requests import resend_stale

    answered = resend_stale()
    if reschedule:
        schedule_gateway_request_sweep()
    return answered


def schedule_gateway_request_sweep() -> bool:
    """Queue the next sweep unless one is waiting already; False when the backend can't
    defer (run `directcontracts resend_gateway_requests` from cron instead)."""
    return queue_once(resend_gateway_requests_task, clock.now() + SWEEP_EVERY, True)
