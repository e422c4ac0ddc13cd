"""Timers of the review clock, as background tasks.

Each submission schedules its own auto-release at its deadline and reminders 3 and 1 days
before (`schedule_review_timers`, enqueued when the submission commits). A periodic sweep
(`sweep_review_timers`, re-enqueued every few minutes) catches anything a lost task or a
backend without deferral missed. All of them are idempotent: releasing checks the deadline
under a row lock, reminders are claimed with compare-and-set.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django_tasks import default_task_backend, task

from directcontracts.core import clock
from directcontracts.core.periodic import queue_once

SWEEP_EVERY = timedelta(minutes=5)


@task()
def release_due_milestones_task() -> int:
    from directcontracts.contracts.escrow import release_due_milestones

    return release_due_milestones()


@task()
def send_review_reminders_task() -> int:
    from directcontracts.contracts.escrow import send_review_reminders

    return send_review_reminders()


@task()
def settle_refund_requests_task() -> int:
    from directcontracts.contracts.escrow import settle_unanswered_refund_requests

    return settle_unanswered_refund_requests()


@task()
def sweep_review_timers(reschedule: bool = True) -> int:
    from directcontracts.contracts.escrow import (
        release_due_milestones,
        send_review_reminders,
        settle_unanswered_refund_requests,
    )
    from directcontracts.core import idempotency, ratelimit

    done = send_review_reminders() + release_due_milestones() + settle_unanswered_refund_requests()
    # Housekeeping rides along: expired idempotency keys and old rate-limit windows.
    idempotency.prune_expired()
    ratelimit.prune()
    if reschedule:
        schedule_sweep()
    return done


def _at(moment: datetime, work: object) -> None:
    if default_task_backend.supports_defer and moment > clock.now():
        work.using(run_after=moment).enqueue()  # type: ignore[attr-defined]


def schedule_review_timers(deadline: datetime) -> None:
    """Wake up for the reminders and the automatic release of one submission."""
    from directcontracts.contracts.escrow import REMINDER_DAYS

    for days in REMINDER_DAYS:
        _at(deadline - timedelta(days=days), send_review_reminders_task)
    _at(deadline + timedelta(seconds=1), release_due_milestones_task)


def schedule_refund_deadline(deadline: datetime) -> None:
    _at(deadline + timedelta(seconds=1), settle_refund_requests_task)


def schedule_sweep() -> bool:
    """Queue the next sweep unless one is waiting already (core.periodic: restarts don't
    add chains); False when the backend can't defer (run the command from cron)."""
    return queue_once(sweep_review_timers, clock.now() + SWEEP_EVERY, True)


@task()
def make_preview_task(file_id: int) -> str:
    """A delivered file's picture preview, rendered in the sandbox (idempotent)."""
    from directcontracts.contracts.deliverables import make_preview

    return make_preview(file_id=file_id)
