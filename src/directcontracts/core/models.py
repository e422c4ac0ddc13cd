from django.conf import settings
from django.db import models

from directcontracts.core import clock


class RateLimitCounter(models.Model):
    """Attempts counted per key in buckets one window long (`core.ratelimit` weighs the previous
    bucket in, for a sliding window); shared by every process through the database."""

    key = models.CharField(max_length=200)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["key", "window_start"], name="ratelimit_key_window_unique"
            )
        ]
        indexes = [models.Index(fields=["window_start"])]

    def __str__(self) -> str:
        return f"{self.key} @ {self.window_start:%Y-%m-%d %H:%M}: {self.count}"


class IdempotentRequest(models.Model):
    """One API request made with an `Idempotency-Key`: its fingerprint and, once it has
    finished, its response, so that a retry gets the same answer (core/idempotency.py).

    `status` is empty while the first request is still running (the in-progress marker)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="idempotent_requests"
    )
    key = models.CharField(max_length=200)
    method = models.CharField(max_length=10)
    path = models.CharField(max_length=500)
    body_sha256 = models.CharField(max_length=64)
    status = models.PositiveSmallIntegerField(null=True, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    response_body = models.TextField(blank=True)
    created_at = models.DateTimeField(default=clock.now)
    started_at = models.DateTimeField(default=clock.now)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="idempotent_request_user_key")
        ]
        indexes = [models.Index(fields=["created_at"])]

    def __str__(self) -> str:
        state = self.status if self.status is not None else "in progress"
        return f"{self.method} {self.path} [{self.key}] ({state})"
