from __future__ import annotations

from datetime import datetime

from django_tasks import default_task_backend, task


@task()
def deliver_sandbox_events() -> int:
    """Deliver the sandbox outcomes that are due (idempotent: each is claimed once)."""
    from directcontracts.payments.sandbox import deliver_due

    return deliver_due()


def schedule_sandbox_delivery(event_id: int, due_at: datetime) -> None:
    """Ask the worker to deliver at `due_at`; a backend that can't defer leaves it to
    `directcontracts deliver_sandbox_events` (and tests, which advance the clock)."""
    if default_task_backend.supports_defer:
        deliver_sandbox_events.using(run_after=due_at).enqueue()
