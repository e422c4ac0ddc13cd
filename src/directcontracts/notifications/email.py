"""Email is sent by a background task enqueued when the transaction that caused it commits,
so a rolled-back change never sends mail and a slow mail server never slows a page.

A caller whose own row records that the email went (the daily digest's `sent_at`) passes
that row as `outbox_for`: when the task queue is a table in the same database (the default
database backend), the email task is queued inside the caller's transaction instead, so the
record and the queued email commit together or not at all (an outbox). Any other backend
queues it when the transaction commits, as for every other email.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from django.conf import settings
from django.db import models, router, transaction
from django.template.loader import render_to_string

from directcontracts.notifications.tasks import send_email_task


def render_email(template: str, context: dict[str, Any]) -> tuple[str, str]:
    """Render `<template>.txt`: its first line is the subject, the rest the body."""
    full = {"PLATFORM_NAME": settings.PLATFORM_NAME, "BASE_URL": settings.BASE_URL, **context}
    text = render_to_string(f"{template}.txt", full).strip()
    subject, _, body = text.partition("\n")
    return subject.strip(), body.strip() + "\n"


def render_email_html(template: str, context: dict[str, Any]) -> str:
    """Render `<template>.html`, the HTML part of an email that has one (the digest)."""
    full = {"PLATFORM_NAME": settings.PLATFORM_NAME, "BASE_URL": settings.BASE_URL, **context}
    return render_to_string(f"{template}.html", full)


def send_templated_email(
    *,
    to: str,
    template: str,
    context: dict[str, Any],
    headers: dict[str, str] | None = None,
    html_template: str = "",
    outbox_for: models.Model | None = None,
) -> None:
    """Email `<template>.txt` (and, with `html_template`, `<html_template>.html` as its HTML
    part) once the current transaction commits; in that transaction when `outbox_for` is
    given and the task queue shares its database (`queue_shares_database`)."""
    subject, body = render_email(template, context)
    extra: dict[str, Any] = {}
    if html_template:
        extra["html_body"] = render_email_html(html_template, context)
    if headers:
        extra["headers"] = headers
    send = partial(send_email_task.enqueue, [to], subject, body, **extra)
    if outbox_for is not None and queue_shares_database(outbox_for):
        send()  # a row of the caller's transaction: committed with its record, or not at all
    else:
        transaction.on_commit(send)


def queue_shares_database(record: models.Model) -> bool:
    """Whether the email task would be a row in the same database as `record`, so that
    queuing it inside `record`'s transaction commits both at once."""
    backend = send_email_task.get_backend()
    if not type(backend).__module__.startswith("django_tasks_db"):
        return False
    from django_tasks_db.models import DBTaskResult

    return router.db_for_write(DBTaskResult) == router.db_for_write(type(record))
