"""The daily email digest: one email a day at EMAIL_DIGEST_HOUR_UTC listing, by contract, the
digest notices since the last digest that are still unread; at most one per person per day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from directcontracts.core import clock
from directcontracts.notifications import digests
from directcontracts.notifications.digests import send_due_digests
from directcontracts.notifications.email_preferences import set_email_frequencies
from directcontracts.notifications.models import EmailDigest
from directcontracts.notifications.services import mark_notice_read
from directcontracts.notifications.tasks import send_email_digests_task
from tests.notifications.factories import notify_message

pytestmark = pytest.mark.django_db

EVENING = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
NEXT_MORNING = datetime(2026, 3, 3, 8, 0, 5, tzinfo=UTC)


@pytest.fixture
def digest_reader(client_user, settings):
    """Carl chose the daily digest for messages and the outcomes of his reports."""
    settings.BASE_URL = "https://dc.example"
    clock.freeze(EVENING)
    set_email_frequencies(
        user=client_user, choices={"messages": "daily", "report_outcomes": "daily"}
    )
    return client_user


@pytest.fixture
def run_digests(django_capture_on_commit_callbacks):
    """The periodic task's work at `at` (next morning by default), its emails sent."""

    def run(at=NEXT_MORNING):
        clock.freeze(at)
        with django_capture_on_commit_callbacks(execute=True):
            return send_due_digests()

    return run


def _flag_outcome(person):
    return notify_message(
        person,
        contract=None,
        kind="trust.flag_outcome",
        title="We looked at what you reported",
        body="The profile you reported was removed.",
        url="/trust/reports/",
    )


def test_nothing_is_emailed_when_no_notice_waits(digest_reader, run_digests, mailoutbox):
    assert run_digests() == 0
    assert mailoutbox == []
    assert not EmailDigest.objects.exists()


def test_the_digest_is_sent_at_the_digest_hour_not_before(digest_reader, run_digests, mailoutbox):
    notify_message(digest_reader)
    assert run_digests(at=datetime(2026, 3, 3, 7, 59, tzinfo=UTC)) == 0
    assert run_digests(at=NEXT_MORNING) == 1
    (message,) = mailoutbox
    assert message.to == [digest_reader.email]


def test_the_digest_lists_each_notice_with_its_words_and_link_grouped_by_contract(
    digest_reader, run_digests, mailoutbox
):
    notify_message(digest_reader, contract=7, title="New message from Fiona Freelancer")
    notify_message(digest_reader, contract=9, title="New message from Olga Other")
    notify_message(digest_reader, contract=7, title="Another message from Fiona Freelancer")
    _flag_outcome(digest_reader)
    run_digests()
    (message,) = mailoutbox
    assert message.subject == ("Your daily digest: 4 notifications still unread · Direct Contracts")
    body = message.body
    order = [
        "== Contract #7: Bakery website ==",
        "* New message from Fiona Freelancer",
        "  The first draft is ready.",
        "  Open it: https://dc.example/contracts/7/",
        "* Another message from Fiona Freelancer",
        "== Contract #9: Bakery website ==",
        "* New message from Olga Other",
        "  Open it: https://dc.example/contracts/9/",
        "== Your account ==",
        "* We looked at what you reported",
        "  The profile you reported was removed.",
        "  Open it: https://dc.example/trust/reports/",
    ]
    positions = [body.index(line) for line in order]
    assert positions == sorted(positions)
    assert body.count("== Contract #7") == 1


def test_the_digest_has_an_html_part_with_the_same_notices(digest_reader, run_digests, mailoutbox):
    notify_message(digest_reader, title="New message from Fiona Freelancer")
    run_digests()
    ((html, mimetype),) = mailoutbox[0].alternatives
    assert mimetype == "text/html"
    assert "<h2" in html
    assert "Contract #7: Bakery website" in html
    assert 'href="https://dc.example/contracts/7/"' in html


def test_a_notice_read_before_the_digest_is_left_out(digest_reader, run_digests, mailoutbox):
    read = notify_message(digest_reader, title="A message already read")
    notify_message(digest_reader, title="A message still unread")
    mark_notice_read(user=digest_reader, notice_id=read.pk)
    run_digests()
    (message,) = mailoutbox
    assert "A message still unread" in message.body
    assert "A message already read" not in message.body


def test_nothing_is_emailed_when_every_waiting_notice_was_read(
    digest_reader, run_digests, mailoutbox
):
    read = notify_message(digest_reader)
    mark_notice_read(user=digest_reader, notice_id=read.pk)
    assert run_digests() == 0
    assert mailoutbox == []


def test_the_next_digest_lists_only_notices_made_since_the_last_one(
    digest_reader, run_digests, mailoutbox
):
    notify_message(digest_reader, title="Monday's message")
    run_digests()
    clock.freeze(datetime(2026, 3, 3, 12, 0, tzinfo=UTC))
    notify_message(digest_reader, title="Tuesday's message")
    run_digests(at=datetime(2026, 3, 4, 8, 0, 5, tzinfo=UTC))
    first, second = mailoutbox
    assert "Tuesday's message" in second.body
    assert "Monday's message" not in second.body


def test_a_notice_made_after_the_digest_hour_waits_for_the_next_day(
    digest_reader, run_digests, mailoutbox
):
    clock.freeze(datetime(2026, 3, 3, 8, 30, tzinfo=UTC))
    notify_message(digest_reader)
    assert run_digests(at=datetime(2026, 3, 3, 9, 0, tzinfo=UTC)) == 0
    assert run_digests(at=datetime(2026, 3, 4, 8, 0, 5, tzinfo=UTC)) == 1


def test_notices_emailed_as_they_happen_are_not_in_the_digest(
    digest_reader, run_digests, mailoutbox, django_capture_on_commit_callbacks
):
    notify_message(digest_reader, title="A message for the digest")
    with django_capture_on_commit_callbacks(execute=True):
        notify_message(digest_reader, kind="contract.accepted", title="Carl accepted the contract")
    mailoutbox.clear()
    run_digests()
    (message,) = mailoutbox
    assert "Carl accepted the contract" not in message.body


def test_a_second_run_the_same_day_sends_nothing_more(digest_reader, run_digests, mailoutbox):
    notify_message(digest_reader)
    run_digests()
    notify_message(digest_reader, title="A message after the digest")
    assert run_digests(at=datetime(2026, 3, 3, 23, 0, tzinfo=UTC)) == 0
    assert len(mailoutbox) == 1
    assert EmailDigest.objects.get().sent_count == 1


def test_a_retried_task_sends_the_days_digest_once(
    digest_reader, mailoutbox, django_capture_on_commit_callbacks
):
    notify_message(digest_reader)
    clock.freeze(NEXT_MORNING)
    with django_capture_on_commit_callbacks(execute=True):
        assert send_email_digests_task.enqueue(False).return_value == 1
        assert send_email_digests_task.enqueue(False).return_value == 0
    assert len(mailoutbox) == 1


def test_a_run_that_stopped_after_recording_is_finished_by_the_next_once(
    digest_reader, run_digests, mailoutbox, monkeypatch
):
    notify_message(digest_reader)

    def crash(digest_id):
        raise RuntimeError("the worker stopped")

    with monkeypatch.context() as patched:
        patched.setattr(digests, "send_digest", crash)
        with pytest.raises(RuntimeError):
            run_digests()
    assert mailoutbox == []
    assert EmailDigest.objects.get().sent_at is None
    assert run_digests(at=datetime(2026, 3, 3, 9, 0, tzinfo=UTC)) == 1
    assert run_digests(at=datetime(2026, 3, 3, 10, 0, tzinfo=UTC)) == 0
    assert len(mailoutbox) == 1


def test_a_crash_while_sending_leaves_the_digest_to_be_sent_by_the_next_run(
    digest_reader, run_digests, mailoutbox, monkeypatch
):
    notify_message(digest_reader)

    def crash(*args, **kwargs):
        raise RuntimeError("the template could not be read")

    with monkeypatch.context() as patched:
        patched.setattr(digests, "_email", crash)
        with pytest.raises(RuntimeError):
            run_digests()
    assert EmailDigest.objects.get().sent_at is None
    assert run_digests(at=datetime(2026, 3, 3, 9, 0, tzinfo=UTC)) == 1
    assert len(mailoutbox) == 1


def test_each_group_in_the_digest_has_its_turn_off_link_and_the_settings_link(
    digest_reader, run_digests, mailoutbox
):
    notify_message(digest_reader)
    _flag_outcome(digest_reader)
    run_digests()
    body = mailoutbox[0].body
    assert (
        "Turn off emails like this (Messages from the other party): https://dc.example/email/unsubscribe/"
        in body
    )
    assert (
        "Turn off emails like this (Outcomes of your flags): https://dc.example/email/unsubscribe/"
        in body
    )
    assert "https://dc.example/settings/#email" in body


def test_a_digest_of_one_group_carries_its_one_click_unsubscribe_headers(
    digest_reader, run_digests, mailoutbox
):
    notify_message(digest_reader)
    run_digests()
    headers = mailoutbox[0].extra_headers
    assert headers["List-Unsubscribe"].startswith("<https://dc.example/email/unsubscribe/")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


@pytest.mark.parametrize("stop", ["suspended", "closed"])
def test_a_stopped_or_closed_account_gets_no_digest(digest_reader, run_digests, mailoutbox, stop):
    notify_message(digest_reader)
    changes = {"is_active": False}
    if stop == "closed":
        changes |= {"closed_at": clock.now(), "email": f"closed-{digest_reader.pk}@closed.invalid"}
    type(digest_reader).objects.filter(pk=digest_reader.pk).update(**changes)
    assert run_digests() == 0
    assert mailoutbox == []


def test_an_account_suspended_after_its_digest_was_recorded_is_not_sent_it(
    digest_reader, run_digests, mailoutbox
):
    notify_message(digest_reader)
    digest = digests.record_digest(
        user_id=digest_reader.pk, moment=digests.digest_moment(NEXT_MORNING)
    )
    type(digest_reader).objects.filter(pk=digest_reader.pk).update(is_active=False)
    assert run_digests() == 0
    assert mailoutbox == []
    digest.refresh_from_db()
    assert (digest.sent_at is not None, digest.sent_count) == (True, 0)


def test_the_digest_hour_is_a_setting(digest_reader, run_digests, mailoutbox, settings):
    settings.EMAIL_DIGEST_HOUR_UTC = 18
    clock.freeze(datetime(2026, 3, 2, 10, 0, tzinfo=UTC))
    notify_message(digest_reader)
    assert run_digests(at=datetime(2026, 3, 2, 17, 59, tzinfo=UTC)) == 0
    assert run_digests(at=datetime(2026, 3, 2, 18, 0, tzinfo=UTC)) == 1


def test_the_schedule_command_queues_the_task_for_the_next_digest_hour(settings):
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    clock.freeze(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    call_command("send_email_digests", "--schedule")
    (queued,) = DBTaskResult.objects.filter(task_path__endswith="send_email_digests_task")
    assert queued.run_after == datetime(2026, 3, 3, 8, 0, 5, tzinfo=UTC)


def _outcome_with_link_words(person):
    return notify_message(
        person,
        contract=None,
        kind="trust.flag_outcome",
        title="We looked at what you reported",
        body="The profile you reported was removed.",
        url="/trust/reports/",
        link_text="Read what we decided",
    )


def test_the_digest_links_a_notice_with_its_own_link_words_in_the_text_part(
    digest_reader, run_digests, mailoutbox
):
    _outcome_with_link_words(digest_reader)
    run_digests()
    body = mailoutbox[0].body
    assert "  Read what we decided: https://dc.example/trust/reports/" in body
    assert "Open it:" not in body


def test_the_digest_links_a_notice_with_its_own_link_words_in_the_html_part(
    digest_reader, run_digests, mailoutbox
):
    _outcome_with_link_words(digest_reader)
    run_digests()
    ((html, _),) = mailoutbox[0].alternatives
    assert (
        '<a href="https://dc.example/trust/reports/" style="color:#0b5cad;">Read what we decided</a>'
        in html
    )
    assert "Open it" not in html


def test_a_notice_without_link_words_keeps_open_it_with_its_title_for_screen_readers(
    digest_reader, run_digests, mailoutbox
):
    notify_message(digest_reader, title="New message from Fiona Freelancer")
    run_digests()
    ((html, _),) = mailoutbox[0].alternatives
    assert "Open it<span" in html
    assert ": New message from Fiona Freelancer</span></a>" in html
