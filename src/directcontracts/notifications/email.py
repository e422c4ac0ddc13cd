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
) -> None:
    """Email `<template>.txt` (and, with `html_template`, `<html_template>.html` as its HTML
    part) once the current transaction commits."""
    subject, body = render_email(template, context)
    extra: dict[str, Any] = {}
    if html_template:
        extra["html_body"] = render_email_html(html_template, context)
    if headers:
        extra["headers"] = headers
    transaction.on_commit(partial(send_email_task.enqueue, [to], subject, body, **extra))
