"""Concurrent runs of the daily digest task on PostgreSQL: one email per person, however the
runs interleave (the unique key per person and day, then the row lock while sending)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core import mail

from directcontracts.core import clock
from directcontracts.notifications.email_preferences import set_email_frequencies
from directcontracts.notifications.models import EmailDigest
from directcontracts.notifications.tasks import send_email_digests_task
from tests.accounts.factories import UserFactory
from tests.concurrency import run_together
from tests.notifications.factories import notify_message

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]
PEOPLE = 5


@pytest.mark.parametrize("runs", [2, 8])
def test_concurrent_digest_runs_send_one_email_per_person(runs):
    clock.freeze(datetime(2026, 3, 2, 18, 0, tzinfo=UTC))
    people = [UserFactory() for _ in range(PEOPLE)]
    for person in people:
        set_email_frequencies(user=person, choices={"messages": "daily"})
        notify_message(person)
        notify_message(person, contract=9)
    clock.freeze(datetime(2026, 3, 3, 8, 0, 5, tzinfo=UTC))
    mail.outbox = []

    outcomes = run_together([lambda: send_email_digests_task.call(False)] * runs, workers=runs)

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert sum(outcomes) == PEOPLE
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people)
    assert EmailDigest.objects.filter(sent_at__isnull=False).count() == PEOPLE


def test_concurrent_digest_runs_queue_one_email_per_person_with_the_database_queue(settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    clock.freeze(datetime(2026, 3, 2, 18, 0, tzinfo=UTC))
    people = [UserFactory() for _ in range(PEOPLE)]
    for person in people:
        set_email_frequencies(user=person, choices={"messages": "daily"})
        notify_message(person)
    clock.freeze(datetime(2026, 3, 3, 8, 0, 5, tzinfo=UTC))

    outcomes = run_together([lambda: send_email_digests_task.call(False)] * 8, workers=8)

    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    queued = DBTaskResult.objects.filter(task_path__endswith=".send_email_task")
    assert sorted(r.args_kwargs["args"][0][0] for r in queued) == sorted(p.email for p in people)
