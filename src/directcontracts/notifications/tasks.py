"""Background tasks: thin wrappers that take ids and call services."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django_tasks import task


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
