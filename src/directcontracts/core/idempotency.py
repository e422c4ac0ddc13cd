"""Idempotency keys for API operations that move money (the scheme Stripe made common).

Design:

1. The client sends `Idempotency-Key: <1 to 200 printable characters>` with the request;
   operations marked `@idempotent` refuse a request without one (400
   `idempotency_key_required`), after authentication and body validation.
2. Before the operation runs, a row for (user, key) is inserted with the request's
   fingerprint (method, path, SHA-256 of the body) and no status: the in-progress marker.
   The insert commits on its own (there is no request-wide transaction), so a concurrent
   request with the same key hits the unique constraint, finds the marker and gets 409
   `idempotency_request_in_progress` instead of running the operation a second time.
3. When the operation has answered, its status, content type and body text are stored on
   the row, error answers (4xx, such as 402 `payment_declined`) included. A 5xx is not
   stored: the marker is deleted, so the same key can be retried.
4. A later request with the same key and the same fingerprint gets the stored answer again,
   byte for byte, with `Idempotent-Replayed: true`; with another fingerprint, 422
   `idempotency_key_reused`.
5. Keys live 24 hours (`KEY_TTL`): `prune_expired()` deletes expired keys (the task worker's
   review-timer sweep runs it; without a worker, run it from cron). A request is never
   answered from an expired key: meeting one, it deletes that key and claims it afresh. The
   requests themselves delete nothing else: a statement and a transaction of its own on
   every money write were the idempotency's largest cost (issue 19, thirteenth round).
6. A marker left behind by a process that died mid-way is taken over after
   `IN_PROGRESS_TIMEOUT` (money services replay their own derived keys, so finishing the
   work again is safe).

Usage, below the router's decorator:

    @router.post("/payouts", response={201: PayoutOut})
    @idempotent
    def create_payout(request, payload: PayoutIn): ...
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, TypeVar

from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.http.request import RawPostDataException
from django.http.response import HttpResponseBase
from ninja.decorators import decorate_view
from ninja.utils import contribute_operation_callback

from directcontracts.core import clock
from directcontracts.core.errors import Conflict, CoreErrorCode, DomainError
from directcontracts.core.models import IdempotentRequest

HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
MAX_KEY_LENGTH = 200
KEY_TTL = timedelta(hours=24)
IN_PROGRESS_TIMEOUT = timedelta(minutes=5)

_CLAIM_ATTR = "_idempotent_request_id"
_BODY_ATTR = "_idempotency_body_sha256"

F = TypeVar("F", bound=Callable[..., Any])


class IdempotencyErrorCode(StrEnum):
    KEY_REQUIRED = "idempotency_key_required"
    KEY_INVALID = "idempotency_key_invalid"
    KEY_REUSED = "idempotency_key_reused"
    IN_PROGRESS = "idempotency_request_in_progress"


KEY_DESCRIPTION = (
    "A unique value you choose for this request (1 to 200 printable ASCII characters, "
    "space to `~`, e.g. a "
    "UUID). Send the same key when you retry: the first answer is returned again, with "
    "`Idempotent-Replayed: true`, instead of moving money twice. Keys are kept 24 hours, "
    "per user."
)


# --- Checking a request -----------------------------------------------------------------


def key_from(request: HttpRequest) -> str:
    """The request's idempotency key, or a 400 refusal."""
    key = request.headers.get(HEADER)
    if key is None or key == "":
        raise DomainError(
            IdempotencyErrorCode.KEY_REQUIRED,
            f"This operation moves money: send an `{HEADER}` header (1 to "
            f"{MAX_KEY_LENGTH} characters, e.g. a UUID) so that a retry can't repeat it.",
        )
    if len(key) > MAX_KEY_LENGTH or not (key.isascii() and key.isprintable()):
        raise DomainError(
            IdempotencyErrorCode.KEY_INVALID,
            f"The `{HEADER}` header must be 1 to {MAX_KEY_LENGTH} printable ASCII characters.",
        )
    return key


def body_digest(request: HttpRequest) -> str:
    cached = getattr(request, _BODY_ATTR, None)
    if cached is not None:
        return str(cached)
    try:
        body = request.body
    except RawPostDataException:  # a multipart body already parsed: hash its parts instead
        parts = sorted((k, v) for k, values in request.POST.lists() for v in values)
        files = sorted(
            (k, f.name or "", f.size or 0) for k, found in request.FILES.lists() for f in found
        )
        body = repr((parts, files)).encode()
    return hashlib.sha256(body).hexdigest()


def _user_of(request: HttpRequest) -> Any:
    user = getattr(request, "auth", None)
    if getattr(user, "pk", None) is None:
        raise DomainError(
            CoreErrorCode.NOT_AUTHENTICATED,
            "Idempotency keys are kept per user: sign in or send an API token.",
            status=401,
        )
    return user


# --- The stored request -----------------------------------------------------------------


def replay(record: IdempotentRequest) -> HttpResponse:
    response = HttpResponse(
        record.response_body,
        status=record.status or 200,
        content_type=record.content_type or "application/json; charset=utf-8",
    )
    response[REPLAYED_HEADER] = "true"
    return response


def _same_request(record: IdempotentRequest, method: str, path: str, digest: str) -> bool:
    return (record.method, record.path, record.body_sha256) == (method, path, digest)


def claim(request: HttpRequest) -> IdempotentRequest | HttpResponse:
    """Mark (user, key) as in progress for this request, or answer it from an earlier one.

    Returns the new marker (the caller runs the operation, then `finish()`es it) or the
    stored response to replay; raises 409 while the same request is still running and 422
    when the key was used for another request.
    """
    user = _user_of(request)
    key = key_from(request)
    method, path, digest = request.method or "", request.path[:500], body_digest(request)
    for _attempt in range(3):
        now = clock.now()
        try:
            with transaction.atomic():
                return IdempotentRequest.objects.create(
                    user=user,
                    key=key,
                    method=method,
                    path=path,
                    body_sha256=digest,
                    created_at=now,
                    started_at=now,
                )
        except IntegrityError:
            pass
        existing = IdempotentRequest.objects.filter(user=user, key=key).first()
        if existing is None:
            continue  # released after a 5xx, or pruned, in the meantime: claim it afresh
        if existing.created_at <= now - KEY_TTL:
            _expire(existing)
            continue
        if not _same_request(existing, method, path, digest):
            raise DomainError(
                IdempotencyErrorCode.KEY_REUSED,
                f"This `{HEADER}` was already used for a different request "
                f"({existing.method} {existing.path}); use a new key for a new request.",
                status=422,
            )
        if existing.status is not None:
            return replay(existing)
        if existing.started_at <= now - IN_PROGRESS_TIMEOUT and _take_over(existing, now):
            return existing
        raise _in_progress()
    raise _in_progress()


def _in_progress() -> Conflict:
    return Conflict(
        IdempotencyErrorCode.IN_PROGRESS,
        "A request with this idempotency key is still being processed; retry in a moment "
        "to get its answer.",
    )


def _expire(record: IdempotentRequest) -> None:
    IdempotentRequest.objects.filter(pk=record.pk, created_at=record.created_at).delete()


def _take_over(record: IdempotentRequest, now: datetime) -> bool:
    # Compare-and-set: of two requests finding the same stale marker, one takes it.
    claimed = IdempotentRequest.objects.filter(
        pk=record.pk, status__isnull=True, started_at=record.started_at
    ).update(started_at=now)
    return bool(claimed)


def finish(record_id: int, response: HttpResponseBase) -> None:
    """Store the answer for replays, or release the key when there is nothing to replay."""
    content = getattr(response, "content", None)
    text: str | None = None
    # A 5xx is ours to retry and a 429 says "come back later": neither is the key's answer.
    if response.status_code < 500 and response.status_code != 429 and isinstance(content, bytes):
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None:
        release(record_id)
        return
    IdempotentRequest.objects.filter(pk=record_id, status__isnull=True).update(
        status=response.status_code,
        content_type=str(response.get("Content-Type", ""))[:100],
        response_body=text,
        completed_at=clock.now(),
    )


def release(record_id: int) -> None:
    IdempotentRequest.objects.filter(pk=record_id, status__isnull=True).delete()


def prune_expired(now: datetime | None = None) -> int:
    """Delete keys older than `KEY_TTL`; returns how many. Safe to run from cron or a task."""
    cutoff = (now or clock.now()) - KEY_TTL
    deleted, _ = IdempotentRequest.objects.filter(created_at__lte=cutoff).delete()
    return deleted


# --- The decorator for ninja operations -------------------------------------------------


def idempotent(func: F) -> F:
    """Require an `Idempotency-Key` on a ninja operation and replay its first answer.

    Put it below `@router.post(...)`. The view function itself is not wrapped (ninja reads
    its signature); the operation is, once ninja has built it: the claim runs after
    authentication and validation, and the answer is stored after ninja has rendered it
    (errors included), so a replay is exactly what the first caller received.
    """
    contribute_operation_callback(func, _install)
    return decorate_view(_storing)(func)


def _install(operation: Any) -> None:
    operation.view_func = _claiming(operation.view_func)
    extra = dict(operation.openapi_extra or {})
    extra.setdefault("parameters", []).append(
        {
            "name": HEADER,
            "in": "header",
            "required": True,
            "description": KEY_DESCRIPTION,
            # Printable ASCII, space to tilde: what key_from() accepts.
            "schema": {
                "type": "string",
                "minLength": 1,
                "maxLength": MAX_KEY_LENGTH,
                "pattern": "^[ -~]+$",
            },
            "example": "3f1c9a1e-5d5b-4b8e-9f7e-2a6c0e1d4b7a",
        }
    )
    replayed = {
        REPLAYED_HEADER: {
            "description": "`true` when this is the stored answer to an earlier request "
            "with the same idempotency key.",
            "schema": {"type": "string", "enum": ["true"]},
        }
    }
    responses = extra.setdefault("responses", {})
    for status in operation.response_models:
        responses.setdefault(status, {}).setdefault("headers", {}).update(replayed)
    for status, description in (
        (400, "`idempotency_key_required` (or `idempotency_key_invalid`): send the header."),
        (
            409,
            "`idempotency_request_in_progress`: the first request with this key is still "
            "running; retry shortly.",
        ),
        (422, "`idempotency_key_reused`: this key was used for a different request."),
    ):
        responses.setdefault(status, {}).setdefault("description", description)
    operation.openapi_extra = extra


def _claiming(view_func: F) -> F:
    @functools.wraps(view_func)
    def claim_then_run(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        outcome = claim(request)
        if isinstance(outcome, HttpResponse):
            return outcome
        setattr(request, _CLAIM_ATTR, outcome.pk)
        return view_func(request, *args, **kwargs)

    return claim_then_run  # type: ignore[return-value]


def _storing(run: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    @functools.wraps(run)
    def run_then_store(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        # Read the raw body before ninja parses it (a parsed multipart body can't be re-read).
        try:
            setattr(request, _BODY_ATTR, hashlib.sha256(request.body).hexdigest())
        except RawPostDataException:
            pass
        try:
            response = run(request, *args, **kwargs)
        except BaseException:
            record_id = getattr(request, _CLAIM_ATTR, None)
            if record_id is not None:
                release(record_id)
            raise
        record_id = getattr(request, _CLAIM_ATTR, None)
        if record_id is not None:
            delattr(request, _CLAIM_ATTR)
            finish(record_id, response)
        return response

    return run_then_store
