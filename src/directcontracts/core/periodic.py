"""Periodic tasks: at most one waiting run of each, however often they are started.

django-tasks has no cron: a periodic task (the review clock's sweep, the dispute sweep, the
daily digests, the daily reconciliation) queues its own next run with `run_after`, and a
`--schedule` command starts the chain. `make run` (scripts/run.sh) starts every chain on
every start, so starting must be idempotent, or N restarts would leave N chains each
running the task. `queue_once(task, run_after, *args)` queues a run only when no run of
that task is waiting already:

1. With the database backend (django-tasks-db, the default) the queue is a table in the
   project's database: in one transaction, queue behind any other `queue_once` of the same
   task (`one_at_a_time`), look for a waiting (READY) row of the task, and insert only when
   there is none. A run in progress (RUNNING) does not count: it queues its successor as it
   ends, and that finds the run a restart queued meanwhile and queues nothing, so two chains
   become one. A run left RUNNING by a killed worker does not block a new start either.
2. With RQ, the waiting runs are the queue's scheduled and queued jobs, looked up by the
   task's path (Redis has no transaction with this check: two starts at the same instant
   could both queue, and the next run of either finds the other and stops the extra chain).
3. A backend that can't defer gets nothing queued (False): run the commands from cron.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import router, transaction

from directcontracts.core.submissions import one_at_a_time


def _backend_kind(task: Any) -> str:
    backend = task.get_backend()
    path = f"{type(backend).__module__}.{type(backend).__name__}"
    if path.startswith("django_tasks_db."):
        return "db"
    if path.startswith("django_tasks_rq."):
        return "rq"
    return "other"


def waiting_runs(task: Any) -> int:
    """How many runs of `task` are waiting to start (queued or scheduled, not yet running)."""
    kind = _backend_kind(task)
    if kind == "db":
        from django_tasks import TaskResultStatus
        from django_tasks_db.models import DBTaskResult

        return DBTaskResult.objects.filter(
            task_path=task.module_path, status=TaskResultStatus.READY
        ).count()
    if kind == "rq":
        import django_rq
        from django_tasks_rq.backend import Job

        queue = django_rq.get_queue(task.queue_name, job_class=Job)
        ids = [*queue.scheduled_job_registry.get_job_ids(), *queue.get_job_ids()]
        jobs = Job.fetch_many(ids, connection=queue.connection)
        return sum(1 for job in jobs if job is not None and job.func_name == task.module_path)
    return 0


def queue_once(task: Any, run_after: datetime, *args: Any) -> bool:
    """Queue `task(*args)` to run at `run_after` unless a run of it is already waiting.
    True when a run is waiting afterwards (queued now or before); False when the backend
    can't defer (nothing is queued: cron runs the command instead)."""
    if not task.get_backend().supports_defer:
        return False
    if _backend_kind(task) != "db":
        if not waiting_runs(task):
            task.using(run_after=run_after).enqueue(*args)
        return True
    from django_tasks_db.models import DBTaskResult

    with transaction.atomic(using=router.db_for_write(DBTaskResult)):
        one_at_a_time(f"periodic:{task.module_path}")
        if not waiting_runs(task):
            task.using(run_after=run_after).enqueue(*args)
    return True
