"""The digest's email is queued in the transaction that records it as sent (an outbox), when
the task queue is a table of the same database: a crash at either side of that commit neither
loses the day's digest nor sends it twice (notifications/digests.py, step 2). And what an
older notice's body becomes in the digest."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from directcontracts.core import clock
from directcontracts.notifications.digests import send_due_digests
from directcontracts.notifications.email_preferences import set_email_frequencies
from directcontracts.notifications.models import EmailDigest
from tests.notifications.factories import notify_message

pytestmark = pytest.mark.django_db

EVENING = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
NEXT_MORNING = datetime(2026, 3, 3, 8, 0, 5, tzinfo=UTC)
LATER = datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


@pytest.fixture
def waiting_digest(client_user, settings):
    """A notice waiting for Carl's daily digest, with the database task queue (the default)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    clock.freeze(EVENING)
    set_email_frequencies(user=client_user, choices={"messages": "daily"})
    notify_message(client_user)
    return client_user


def _queued_emails() -> int:
    return DBTaskResult.objects.filter(task_path__endswith=".send_email_task").count()


def test_a_digest_recorded_as_sent_has_its_email_queued_in_the_same_commit(
    waiting_digest, django_capture_on_commit_callbacks
):
    clock.freeze(NEXT_MORNING)
    # The process dies right after the commit: no after-commit callback ever runs.
    with django_capture_on_commit_callbacks(execute=False):
        assert send_due_digests() == 1
    assert EmailDigest.objects.get().sent_at is not None
    assert _queued_emails() == 1


def test_a_crash_while_queuing_the_email_leaves_the_digest_unsent_and_the_next_run_sends_it_once(
    waiting_digest, django_capture_on_commit_callbacks, monkeypatch
):
    def crash(*args, **kwargs):
        raise RuntimeError("the worker stopped while queuing the email")

    clock.freeze(NEXT_MORNING)
    with monkeypatch.context() as patched:
        patched.setattr(DatabaseBackend, "enqueue", crash)
        with pytest.raises(RuntimeError), django_capture_on_commit_callbacks(execute=True):
            send_due_digests()
    assert EmailDigest.objects.get().sent_at is None  # rolled back with the failed queuing
    assert _queued_emails() == 0
    clock.freeze(LATER)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_digests() == 1
    assert _queued_emails() == 1


def test_a_run_after_a_crash_that_followed_the_commit_queues_no_second_email(
    waiting_digest, django_capture_on_commit_callbacks
):
    clock.freeze(NEXT_MORNING)
    with django_capture_on_commit_callbacks(execute=False):
        send_due_digests()
    clock.freeze(LATER)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due_digests() == 0
    assert _queued_emails() == 1


def test_a_bare_path_of_this_site_in_an_older_notice_is_written_in_full_in_the_digest(
    client_user, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.BASE_URL = "https://dc.example"
    clock.freeze(EVENING)
    set_email_frequencies(user=client_user, choices={"messages": "daily"})
    notify_message(
        client_user,
        body="You can appeal within 180 days at /trust/appeals/TS-1/.",
        url="/trust/appeals/TS-1/",
    )
    clock.freeze(NEXT_MORNING)
    with django_capture_on_commit_callbacks(execute=True):
        send_due_digests()
    (email,) = mailoutbox
    assert "at https://dc.example/trust/appeals/TS-1/." in email.body
    assert 'at <a href="https://dc.example/trust/appeals/TS-1/"' in email.alternatives[0][0]
