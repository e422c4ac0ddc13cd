"""/healthz: is the database answering, and can the task backend take work?"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
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


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    checks: dict[str, str] = {}
    healthy = True
    for name, probe in (("database", _check_database), ("tasks", _check_tasks)):
        try:
            checks[name] = probe()
        except Exception as exc:  # a health check reports every failure, whatever it is
            logger.warning("health check %s failed: %s", name, exc)
            checks[name] = "error"
            healthy = False
    return JsonResponse(
        {
            "status": "ok" if healthy else "error",
            "checks": checks,
            "tasks_backend": settings.TASKS_BACKEND,
        },
        status=200 if healthy else 503,
    )
