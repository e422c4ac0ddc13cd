"""Background tasks: thin wrappers that take ids and call services."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django_tasks import task

from directcontracts.core import clock
from directcontracts.core.periodic import queue_once


@task()
def send_email_task(
    to: list[str],
    subject: str,
    text_body: str,
    html_body: str = "",
    headers: dict[str, str] | None = None,
) -> int:
    message = EmailMultiAlternatives(
        subject, text_body, settings.DEFAULT_FROM_EMAIL, to, headers=headers or None
    )
    if html_body:
        message.attach_alternative(html_body, "text/html")
    return message.send()


@task()
def deliver_webhook_task(delivery_id: int, attempt: int, manual: bool = False) -> str:
    """Make attempt `attempt + 1`; a duplicate of this task finds the attempt taken."""
    # Imported here: the service enqueues this task, so a module-level import would loop.
    from directcontracts.notifications.webhooks import attempt_delivery

    delivery = attempt_delivery(delivery_id=delivery_id, attempt=attempt, manual=manual)
    return "skipped" if delivery is None else delivery.status


@task()
def send_email_digests_task(reschedule: bool = True) -> int:
    """The daily email digests (digests.py), then the same task again at the next digest
    hour (EMAIL_DIGEST_HOUR_UTC); `directcontracts send_email_digests --schedule` starts it."""
    from directcontracts.notifications.digests import send_due_digests

    sent = send_due_digests()
    if reschedule:
        schedule_email_digests()
    return sent


def schedule_email_digests() -> bool:
    """Queue the digest task for the next digest hour (a few seconds after it); False when
    the task backend cannot defer (then run `directcontracts send_email_digests` from cron)."""
    # Imported here: digests sends through email.py, which imports this module.
    from directcontracts.notifications.digests import next_digest_moment

    # Not when a run is waiting already (core.periodic): restarts don't add chains.
    run_after = next_digest_moment(clock.now()) + timedelta(seconds=5)
    return queue_once(send_email_digests_task, run_after, True)
