"""Email is sent by a background task enqueued when the transaction that caused it commits,
so a rolled-back change never sends mail and a slow mail server never slows a page."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string

from directcontracts.notifications.tasks import send_email_task


def render_email(template: str, context: dict[str, Any]) -> tuple[str, str]:
    """Render `<template>.txt`: its first line is the subject, the rest the body."""
    full = {"PLATFORM_NAME": settings.PLATFORM_NAME, "BASE_URL": settings.BASE_URL, **context}
    text = render_to_string(f"{template}.txt", full).strip()
    subject, _, body = text.partition("\n")
    return subject.strip(), body.strip() + "\n"


def send_templated_email(
    *, to: str, template: str, context: dict[str, Any], headers: dict[str, str] | None = None
) -> None:
    subject, body = render_email(template, context)
    if headers:
        send = partial(send_email_task.enqueue, [to], subject, body, headers=headers)
    else:
        send = partial(send_email_task.enqueue, [to], subject, body)
    transaction.on_commit(send)
