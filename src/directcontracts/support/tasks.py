"""Background tasks: thin wrappers that send what the services prepared."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django_tasks import task


@task()
def send_ticket_email_task(
    to: list[str], subject: str, body: str, reply_to: str = "", thread_id: str = ""
) -> int:
    """One email about a ticket: Reply-To lands answers on the ticket; References threads
    every email about one ticket together in the reader's mail program."""
    headers = {"References": thread_id} if thread_id else {}
    message = EmailMessage(
        subject,
        body,
        settings.DEFAULT_FROM_EMAIL,
        to,
        reply_to=[reply_to] if reply_to else None,
        headers=headers,
    )
    return message.send()
