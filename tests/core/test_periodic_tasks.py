"""Starting a periodic task again (every `make run` does) leaves one waiting run of it, not one
chain more per start (core/periodic.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core.management import call_command
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from directcontracts.contracts.tasks import sweep_review_timers
from directcontracts.core import clock

pytestmark = pytest.mark.django_db

# Each `--schedule` command of scripts/run.sh and the task it starts.
SCHEDULES = [
    (["run_review_timers", "--schedule"], "sweep_review_timers"),
    (["run_dispute_timers", "--schedule"], "sweep_disputes"),
    (["send_email_digests", "--schedule"], "send_email_digests_task"),
    (["reconcile", "--schedule"], "reconcile_day_task"),
]


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    clock.freeze(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))


def _waiting(name: str) -> int:
    return DBTaskResult.objects.filter(
        task_path__endswith=f".{name}", status=TaskResultStatus.READY
    ).count()


@pytest.mark.parametrize(("command", "task_name"), SCHEDULES)
def test_scheduling_a_periodic_task_twice_leaves_one_waiting_run(
    database_queue, command, task_name
):
    call_command(*command, stdout=None)
    call_command(*command, stdout=None)
    assert _waiting(task_name) == 1


def test_starting_every_periodic_task_again_adds_no_chain(database_queue):
    for _ in range(3):  # three restarts of scripts/run.sh
        for command, _name in SCHEDULES:
            call_command(*command, stdout=None)
    assert DBTaskResult.objects.count() == len(SCHEDULES)


def test_a_run_that_finds_its_next_run_already_waiting_queues_no_second(database_queue):
    call_command("run_review_timers", "--schedule", stdout=None)
    # A second chain's run (queued by an older start) ends and reschedules itself.
    sweep_review_timers.call(True)
    assert _waiting("sweep_review_timers") == 1


def test_a_run_left_running_by_a_stopped_worker_does_not_stop_a_new_start(database_queue):
    call_command("run_review_timers", "--schedule", stdout=None)
    DBTaskResult.objects.update(status=TaskResultStatus.RUNNING)  # the worker was killed
    call_command("run_review_timers", "--schedule", stdout=None)
    assert _waiting("sweep_review_timers") == 1


def test_the_daily_reconciliation_is_queued_for_its_next_one_oclock(database_queue):
    call_command("reconcile", "--schedule", stdout=None)
    (queued,) = DBTaskResult.objects.filter(task_path__endswith=".reconcile_day_task")
    assert queued.run_after == datetime(2026, 3, 3, 1, 0, tzinfo=UTC)


def test_a_backend_that_cannot_defer_queues_nothing_and_says_to_use_cron(capsys):
    call_command("run_review_timers", "--schedule")
    assert "run this command from cron" in capsys.readouterr().out
    assert not DBTaskResult.objects.exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_eight_starts_at_once_leave_one_waiting_run(database_queue):
    from directcontracts.contracts.tasks import schedule_sweep
    from tests.concurrency import run_together

    outcomes = run_together([schedule_sweep] * 8, workers=8)
    assert outcomes == [True] * 8
    assert _waiting("sweep_review_timers") == 1
