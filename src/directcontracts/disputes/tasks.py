"""Timers of disputes and dormant escrow, as background tasks.

Each deadline schedules its own task (`schedule_deadline`, enqueued when the step that
sets it commits); a periodic sweep (`sweep_disputes`, re-enqueued every few minutes and
started by `directcontracts run_dispute_timers --schedule`) catches what a lost task or a
backend without deferral missed. Every step is idempotent (compare-and-set on states,
row locks), so a duplicate or late task changes nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django_tasks import default_task_backend, task

from directcontracts.core import clock
from directcontracts.core.periodic import queue_once

SWEEP_EVERY = timedelta(minutes=5)


@task()
def run_dispute_deadlines_task() -> int:
    from directcontracts.disputes.deadlines import run_due_deadlines

    return run_due_deadlines()


@task()
def run_dormancy_task() -> int:
    from directcontracts.disputes.dormancy import run_dormancy

    return run_dormancy()


@task()
def build_evidence_pack_task(case_id: int) -> str:
    from directcontracts.disputes.chargebacks import ensure_evidence_pack
    from directcontracts.disputes.models import ChargebackCase

    case = ChargebackCase.objects.get(pk=case_id)
    return ensure_evidence_pack(case).evidence_sha256


@task()
def sweep_disputes(reschedule: bool = True) -> int:
    from directcontracts.disputes.deadlines import run_due_deadlines
    from directcontracts.disputes.dormancy import run_dormancy

    done = run_due_deadlines() + run_dormancy()
    if reschedule:
        schedule_sweep()
    return done


def _at(moment: datetime, work: object) -> None:
    if default_task_backend.supports_defer and moment > clock.now():
        work.using(run_after=moment).enqueue()  # type: ignore[attr-defined]


def schedule_deadline(deadline: datetime) -> None:
    _at(deadline + timedelta(seconds=1), run_dispute_deadlines_task)


def schedule_dormancy_step(moment: datetime) -> None:
    _at(moment + timedelta(seconds=1), run_dormancy_task)


def schedule_sweep() -> bool:
    """Queue the next sweep unless one is waiting already (core.periodic: restarts don't
    add chains); False when the backend can't defer (run the command from cron)."""
    return queue_once(sweep_disputes, clock.now() + SWEEP_EVERY, True)
