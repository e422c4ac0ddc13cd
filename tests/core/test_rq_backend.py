"""With TASKS_BACKEND=rq, tasks go through Redis and an RQ worker runs them."""

import os

import pytest
import redis

from tests.redis_db import worker_redis_url

# A database index of its own: the test empties it.
REDIS_URL = os.environ.get("TEST_REDIS_URL", worker_redis_url())


def _redis_available() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping())
    except redis.RedisError:
        return False


pytestmark = pytest.mark.skipif(
    not _redis_available() and os.environ.get("CI") != "true",
    reason=f"needs Redis at {REDIS_URL}",
)


@pytest.fixture
def rq_settings(settings):
    settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "django_rq", "django_tasks_rq"]
    settings.RQ_QUEUES = {"default": {"URL": REDIS_URL}}
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    redis.Redis.from_url(REDIS_URL).flushdb()
    return settings


def test_an_email_task_enqueued_on_redis_is_sent_by_an_rq_worker(rq_settings, mailoutbox):
    import django_rq
    from django_tasks import TaskResultStatus
    from django_tasks_rq.backend import Job
    from rq import SimpleWorker

    from directcontracts.notifications.tasks import send_email_task

    result = send_email_task.enqueue(["ana@example.com"], "Hello", "Body")
    assert result.status == TaskResultStatus.READY

    queue = django_rq.get_queue("default", job_class=Job)
    SimpleWorker([queue], connection=queue.connection, job_class=Job).work(burst=True)

    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert [m.subject for m in mailoutbox] == ["Hello"]


def test_scheduling_a_periodic_task_twice_on_redis_leaves_one_scheduled_run(rq_settings):
    from directcontracts.contracts.tasks import schedule_sweep, sweep_review_timers
    from directcontracts.core.periodic import waiting_runs

    assert schedule_sweep()
    assert schedule_sweep()
    assert waiting_runs(sweep_review_timers) == 1
