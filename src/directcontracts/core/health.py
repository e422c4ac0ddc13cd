"""/healthz: is the database answering, and can the task backend take work?"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return "ok"


def _check_tasks() -> str:
    if settings.TASKS_BACKEND == "db":
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.exists()
        return "ok"
    if settings.TASKS_BACKEND == "rq":
        import redis

        redis.Redis.from_url(settings.REDIS_URL, socket_timeout=2).ping()
        return "ok"
    return "ok"


def run_checks() -> tuple[bool, dict[str, str]]:
    checks: dict[str, str] = {}
    healthy = True
    for name, probe in (("database", _check_database), ("tasks", _check_tasks)):
        try:
            checks[name] = probe()
        except Exception as exc:  # a health check reports every failure, whatever it is
            logger.warning("health check %s failed: %s", name, exc)
            checks[name] = "error"
            healthy = False
    return healthy, checks


@never_cache
@require_GET
def status_page(request: HttpRequest) -> HttpResponse:
    """/status/: the same checks as /healthz, for people (the footer's "Status")."""
    healthy, checks = run_checks()
    names = {"database": "Database", "tasks": "Background work (emails, timers)"}
    rows = [{"name": names.get(k, k), "ok": v == "ok"} for k, v in checks.items()]
    return render(
        request,
        "core/status.html",
        {"healthy": healthy, "rows": rows},
        status=200 if healthy else 503,
    )


FAVICON = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
    '<rect width="32" height="32" rx="6" fill="#0b5cad"/>'
    '<path d="M9 8h7a8 8 0 0 1 0 16H9z" fill="none" stroke="#fff" stroke-width="3"/></svg>'
)


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(FAVICON, content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    healthy, checks = run_checks()
    return JsonResponse(
        {
            "status": "ok" if healthy else "error",
            "checks": checks,
            "tasks_backend": settings.TASKS_BACKEND,
        },
        status=200 if healthy else 503,
    )
