"""Outgoing webhooks: endpoints, events, signed deliveries retried with backoff.

1. `emit_event` records one event per owner (unique idempotency key, so one state change
   never makes two events) and one delivery per matching active endpoint, and enqueues the
   first attempt when the transaction commits.
2. `attempt_delivery` claims attempt n+1 with compare-and-set on (status, attempt), so a
   duplicate or stale task does nothing; only then does it POST, with no transaction or row
   lock held while it waits on the network.
3. A 2xx is success. Anything else schedules attempt n+1 after the retry schedule (computed
   from the injectable clock) with the task backend's `run_after`, until max attempts.
   `enqueue_due_deliveries` (command `deliver_webhooks`) picks up due retries for backends
   that cannot schedule, and any task that was lost.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import json
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.db import transaction

from directcontracts.core import clock
from directcontracts.core.errors import Conflict, CoreErrorCode, DomainError
from directcontracts.core.locks import for_update
from directcontracts.notifications import conf, events
from directcontracts.notifications.access import get_delivery_for_user, get_endpoint_for_user
from directcontracts.notifications.errors import NotificationErrorCode
from directcontracts.notifications.models import (
    WebhookAttempt,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)
from directcontracts.notifications.signing import (
    DELIVERY_HEADER,
    EVENT_HEADER,
    SIGNATURE_HEADER,
    signature_header,
)

# What the delivery log keeps of an answer: enough to see an error, not a page.
EXCERPT_CHARS = 200
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
USER_AGENT = "DirectContracts-Webhooks/1"
Status = WebhookDelivery.Status


# --- Destinations ----------------------------------------------------------------------


def _url_refused(message: str) -> DomainError:
    return DomainError(NotificationErrorCode.URL_NOT_ALLOWED, message)


def _is_public(address: str) -> bool:
    return ipaddress.ip_address(address.split("%", 1)[0]).is_global


def validate_endpoint_url(url: str) -> str:
    """Only URLs with a host and no credentials; in production https:// to public hosts only
    (development, WEBHOOK_ALLOW_PRIVATE_NETWORKS, also takes http:// and private hosts)."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise _url_refused("A webhook URL must start with http:// or https:// and name a host.")
    if parts.username or parts.password:
        raise _url_refused(
            "Put no user name or password in a webhook URL; verify our signature instead."
        )
    if len(url) > 500:
        raise _url_refused("A webhook URL may have at most 500 characters.")
    if not conf.allow_private_networks():
        host = parts.hostname
        try:
            literal = not _is_public(host)
        except ValueError:
            literal = host == "localhost" or host.endswith(".localhost")
        if literal:
            raise _url_refused("A webhook URL must point at a public internet address.")
        if parts.scheme != "https":
            # Events carry contract details: across the internet only encrypted.
            raise _url_refused(
                "A webhook URL must start with https:// (events carry contract details); "
                "http:// is accepted only in development."
            )
    return url


def validate_event_types(enabled_events: list[str]) -> list[str]:
    chosen = sorted(set(enabled_events))
    if not chosen:
        raise DomainError(
            NotificationErrorCode.UNKNOWN_EVENT_TYPE, 'Choose at least one event type, or "*".'
        )
    if events.ALL_EVENTS in chosen:
        return [events.ALL_EVENTS]
    unknown = [name for name in chosen if not events.is_known(name)]
    if unknown:
        raise DomainError(
            NotificationErrorCode.UNKNOWN_EVENT_TYPE,
            f"Unknown event type: {', '.join(unknown)}.",
            known=list(events.event_types()),
        )
    return chosen


# --- Endpoints -------------------------------------------------------------------------


@transaction.atomic
def create_endpoint(
    *, owner: Any, url: str, enabled_events: list[str], description: str = ""
) -> WebhookEndpoint:
    """The new endpoint's `secret` is for the caller to show once."""
    url = validate_endpoint_url(url)
    chosen = validate_event_types(enabled_events)
    # The owner's row locked first (`FOR NO KEY UPDATE`): one person's creations are counted
    # one at a time, so a burst sent at once cannot all pass the count (round I).
    list(for_update(get_user_model().objects.filter(pk=owner.pk)).values("pk"))
    if WebhookEndpoint.objects.filter(owner=owner).count() >= conf.max_endpoints_per_user():
        raise Conflict(
            NotificationErrorCode.TOO_MANY_ENDPOINTS,
            f"You can have at most {conf.max_endpoints_per_user()} webhook endpoints.",
        )
    return WebhookEndpoint.objects.create(
        owner=owner, url=url, description=description.strip()[:200], enabled_events=chosen
    )


@transaction.atomic
def update_endpoint(
    *,
    user: Any,
    endpoint_id: int,
    url: str | None = None,
    description: str | None = None,
    enabled_events: list[str] | None = None,
    active: bool | None = None,
) -> WebhookEndpoint:
    endpoint = get_endpoint_for_user(user, endpoint_id)
    changed: list[str] = []
    if url is not None:
        endpoint.url = validate_endpoint_url(url)
        changed.append("url")
    if description is not None:
        endpoint.description = description.strip()[:200]
        changed.append("description")
    if enabled_events is not None:
        endpoint.enabled_events = validate_event_types(enabled_events)
        changed.append("enabled_events")
    if active is not None:
        endpoint.active = active
        changed.append("active")
    if changed:
        endpoint.save(update_fields=changed)
    return endpoint


def set_endpoint_active(*, user: Any, endpoint_id: int, active: bool) -> WebhookEndpoint:
    return update_endpoint(user=user, endpoint_id=endpoint_id, active=active)


@transaction.atomic
def delete_endpoint(*, user: Any, endpoint_id: int) -> None:
    """Its deliveries go with it; a task still queued for one finds nothing and stops."""
    get_endpoint_for_user(user, endpoint_id).delete()


# --- Events ----------------------------------------------------------------------------


def _check_event(*, event_type: str, data: dict[str, Any], idempotency_key: str) -> None:
    if not events.EVENT_TYPE_PATTERN.match(event_type) or len(event_type) > 64:
        raise DomainError(NotificationErrorCode.EVENT_INVALID, f"Bad event type {event_type!r}.")
    if not idempotency_key or len(idempotency_key) > 200:
        raise DomainError(
            NotificationErrorCode.EVENT_INVALID, "An event needs an idempotency key (≤ 200 chars)."
        )
    try:
        json.dumps(data)
    except (TypeError, ValueError):
        raise DomainError(
            NotificationErrorCode.EVENT_INVALID, "Event data must be plain JSON."
        ) from None


def _events_once(
    *, owner_ids: list[int], event_type: str, data: dict[str, Any], idempotency_key: str
) -> list[tuple[WebhookEvent, bool]]:
    """Each owner's event for this key, and whether this call made it: one read, one insert
    for the owners that have none yet (a conflict is skipped, not raised, so losing a race
    to a concurrent emit leaves the caller's transaction usable), and one read of those."""
    events = {
        event.owner_id: event
        for event in WebhookEvent.objects.filter(
            owner_id__in=owner_ids, idempotency_key=idempotency_key
        )
    }
    missing = [owner_id for owner_id in owner_ids if owner_id not in events]
    ours: set[str] = set()
    if missing:
        fresh = [
            WebhookEvent(
                owner_id=owner_id, type=event_type, data=data, idempotency_key=idempotency_key
            )
            for owner_id in missing
        ]
        WebhookEvent.objects.bulk_create(fresh, ignore_conflicts=True)
        ours = {event.public_id for event in fresh}
        # Read back: an owner whose row a concurrent emit wrote first keeps that row, which
        # is not ours to deliver (its public id is not one we drew).
        for event in WebhookEvent.objects.filter(
            owner_id__in=missing, idempotency_key=idempotency_key
        ):
            events[event.owner_id] = event
    return [
        (events[owner_id], events[owner_id].public_id in ours)
        for owner_id in owner_ids
        if owner_id in events
    ]


@transaction.atomic
def emit_event(
    *, event_type: str, owner_ids: list[int], data: dict[str, Any], idempotency_key: str
) -> list[WebhookEvent]:
    """Record the event for each owner and deliver it to their endpoints after commit.

    Calling again with the same idempotency key returns the events made the first time
    and delivers nothing new.
    """
    _check_event(event_type=event_type, data=data, idempotency_key=idempotency_key)
    user_ids = get_user_model().objects.filter(pk__in=set(owner_ids)).values_list("pk", flat=True)
    made = _events_once(
        owner_ids=sorted(user_ids),
        event_type=event_type,
        data=data,
        idempotency_key=idempotency_key,
    )
    new_events = [event for event, created in made if created]
    if new_events:
        _create_deliveries(new_events)
    return [event for event, _created in made]


def _create_deliveries(events: list[WebhookEvent]) -> None:
    """A delivery to each active endpoint of each event's owner that wants its type (the
    owners' endpoints read in one query)."""
    now = clock.now()
    endpoints: dict[int, list[WebhookEndpoint]] = {}
    for endpoint in WebhookEndpoint.objects.filter(
        owner_id__in={event.owner_id for event in events}, active=True
    ):
        endpoints.setdefault(endpoint.owner_id, []).append(endpoint)
    for event in events:
        for endpoint in endpoints.get(event.owner_id, []):
            if endpoint.wants(event.type):
                delivery = WebhookDelivery.objects.create(
                    event=event,
                    endpoint=endpoint,
                    next_attempt_at=now,
                    created_at=now,
                    updated_at=now,
                )
                transaction.on_commit(partial(enqueue_attempt, delivery.pk, 0))


# --- Delivery --------------------------------------------------------------------------


def enqueue_attempt(
    delivery_id: int, attempt: int, run_after: datetime | None = None, manual: bool = False
) -> None:
    """Queue attempt `attempt + 1`; `run_after` only on backends that can schedule."""
    from directcontracts.notifications.tasks import deliver_webhook_task

    task = deliver_webhook_task
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return  # `enqueue_due_deliveries` sends it when it is due.
        task = task.using(run_after=run_after)
    task.enqueue(delivery_id, attempt, manual)


@dataclass(frozen=True)
class Response:
    status_code: int | None
    excerpt: str
    error: str

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


class _Refused(Exception):
    """The destination may not be contacted (the message says why)."""


def _resolve(url: str) -> tuple[str, int, list[str]]:
    """The host, the port and the addresses to connect to, each one checked.

    The connection then goes to one of these addresses, never to a second lookup, so a
    host that answers a public address to the check and a private one to the connection
    (DNS rebinding) reaches nothing it should not.
    """
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise _Refused("only http:// and https:// URLs are allowed")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise _Refused("the host has no address")
    if not conf.allow_private_networks() and not all(_is_public(a) for a in addresses):
        raise _Refused("the host resolves to a private or reserved address")
    return parts.hostname, port, addresses


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """http.client with the TCP connection made to an address resolved and checked before
    (the Host header still names the host)."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """As above, with TLS for the host's name (SNI and certificate checks use the name)."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        self._tls = ssl.create_default_context()
        super().__init__(host, port, timeout=timeout, context=self._tls)
        self._address = address

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._tls.wrap_socket(raw, server_hostname=self.host)


def _excerpt(raw: bytes, address: str) -> str:
    """A short, printable start of the answer; nothing at all from a private address, so a
    webhook can never be used to read our own network's pages through the delivery log."""
    if not _is_public(address):
        return ""
    text = raw[:EXCERPT_CHARS].decode("utf-8", errors="replace")
    return _CONTROL.sub("\ufffd", text)[:EXCERPT_CHARS]


def _exchange(
    url: str, host: str, port: int, address: str, body: bytes, headers: dict[str, str]
) -> Response:
    """One POST with one deadline for all of it (connect, send, status line, headers and
    the excerpt): the socket timeout bounds each read, and a watchdog shuts the socket at
    the deadline, so a receiver trickling a byte a second is cut at the limit."""
    timeout = conf.timeout_seconds()
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    connection = connection_class(host, port, address, timeout)
    expired = threading.Event()

    def cut() -> None:
        expired.set()
        if connection.sock is not None:
            with contextlib.suppress(OSError):
                connection.sock.shutdown(socket.SHUT_RDWR)

    watchdog = threading.Timer(timeout, cut)
    watchdog.daemon = True
    watchdog.start()
    try:
        connection.request("POST", target, body=body, headers=headers)
        answer = connection.getresponse()
        raw = answer.read(EXCERPT_CHARS)
        status = answer.status
    except (OSError, http.client.HTTPException) as exc:
        if expired.is_set() or isinstance(exc, TimeoutError):
            return Response(None, "", f"No complete response within {timeout:g} s.")
        return Response(None, "", f"Could not connect: {exc}"[:500])
    finally:
        watchdog.cancel()
        connection.close()
    error = "" if 200 <= status < 300 else f"HTTP {status}"
    return Response(status, _excerpt(raw, address), error)


def post_signed(*, url: str, body: bytes, headers: dict[str, str]) -> Response:
    """POST to the first checked address that accepts a connection. Redirects are not
    followed (a redirect is a failed delivery, as at Stripe: it could lead anywhere)."""
    try:
        host, port, addresses = _resolve(url)
    except _Refused as exc:
        return Response(None, "", f"Could not send: {exc}")
    except socket.gaierror as exc:
        # The resolver's own words ("[Errno -2] Name or service not known") say little.
        return Response(
            None, "", f"Could not send: the host name was not found in DNS ({exc.strerror})."
        )
    except (OSError, UnicodeError, ValueError) as exc:
        return Response(None, "", f"Could not send: {exc}"[:500])
    response = Response(None, "", "Could not connect.")
    for address in addresses[:3]:
        response = _exchange(url, host, port, address, body, headers)
        if response.status_code is not None or not response.error.startswith("Could not"):
            break
    return response


def _claim(delivery_id: int, attempt: int, now: datetime) -> bool:
    return bool(
        WebhookDelivery.objects.filter(
            pk=delivery_id, status=Status.PENDING, attempt=attempt, next_attempt_at__lte=now
        ).update(attempt=attempt + 1, updated_at=now)
    )


def retry_delay(attempts_made: int) -> timedelta:
    schedule = conf.retry_schedule()
    return timedelta(seconds=schedule[min(attempts_made, len(schedule)) - 1])


def attempt_delivery(
    *, delivery_id: int, attempt: int, manual: bool = False
) -> WebhookDelivery | None:
    """Make attempt `attempt + 1` of a delivery; None when another worker got there first."""
    started = clock.now()
    if not _claim(delivery_id, attempt, started):
        return None
    delivery = WebhookDelivery.objects.select_related("event", "endpoint").get(pk=delivery_id)
    number = attempt + 1
    if not delivery.endpoint.active:
        response = Response(None, "", "The endpoint is disabled; nothing was sent.")
        return _record(
            delivery, number, started, response, duration_ms=0, manual=manual, final=True
        )
    body = json.dumps(delivery.event.payload(), separators=(",", ":")).encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        SIGNATURE_HEADER: signature_header(
            delivery.endpoint.secret, int(started.timestamp()), body
        ),
        EVENT_HEADER: delivery.event.type,
        DELIVERY_HEADER: delivery.public_id,
    }
    # Measured with a monotonic timer for the log only; no rule depends on it.
    tick = time.monotonic()
    response = post_signed(url=delivery.endpoint.url, body=body, headers=headers)
    duration_ms = int((time.monotonic() - tick) * 1000)
    return _record(delivery, number, started, response, duration_ms=duration_ms, manual=manual)


@transaction.atomic
def _record(
    delivery: WebhookDelivery,
    number: int,
    started: datetime,
    response: Response,
    *,
    duration_ms: int,
    manual: bool,
    final: bool = False,
) -> WebhookDelivery:
    WebhookAttempt.objects.create(
        delivery=delivery,
        number=number,
        started_at=started,
        duration_ms=duration_ms,
        status_code=response.status_code,
        error=response.error,
        response_excerpt=response.excerpt,
        succeeded=response.ok,
        manual=manual,
    )
    if response.ok:
        status, next_at = Status.SUCCEEDED, None
    elif final or number >= conf.max_attempts():
        status, next_at = Status.FAILED, None
    else:
        status, next_at = Status.PENDING, started + retry_delay(number)
    delivery.status = status
    delivery.next_attempt_at = next_at
    delivery.last_status_code = response.status_code
    delivery.last_error = response.error
    delivery.response_excerpt = response.excerpt
    delivery.updated_at = clock.now()
    delivery.save(
        update_fields=[
            "status",
            "next_attempt_at",
            "last_status_code",
            "last_error",
            "response_excerpt",
            "updated_at",
        ]
    )
    if next_at is not None:
        transaction.on_commit(partial(enqueue_attempt, delivery.pk, number, next_at))
    return delivery


@transaction.atomic
def redeliver(*, user: Any, delivery_id: int) -> WebhookDelivery:
    """Send a delivery again now, whatever its state; a scheduled retry then finds it taken."""
    delivery = get_delivery_for_user(user, delivery_id)
    if not delivery.endpoint.active:
        raise Conflict(
            NotificationErrorCode.ENDPOINT_DISABLED,
            "This endpoint is disabled. Enable it before redelivering.",
        )
    now = clock.now()
    claimed = WebhookDelivery.objects.filter(pk=delivery.pk, attempt=delivery.attempt).update(
        status=Status.PENDING, next_attempt_at=now, updated_at=now
    )
    if not claimed:
        raise Conflict(CoreErrorCode.CONFLICT, "This delivery is being sent right now; try again.")
    transaction.on_commit(partial(enqueue_attempt, delivery.pk, delivery.attempt, None, True))
    delivery.refresh_from_db()
    return delivery


def enqueue_due_deliveries(*, limit: int = 500) -> int:
    """Queue every pending delivery whose time has come (a sweep for backends without
    scheduling, and for tasks lost with a worker); the claim makes a double queue harmless."""
    due = WebhookDelivery.objects.filter(
        status=Status.PENDING, next_attempt_at__lte=clock.now()
    ).order_by("next_attempt_at")[:limit]
    count = 0
    for delivery_id, attempt in due.values_list("pk", "attempt"):
        enqueue_attempt(delivery_id, attempt)
        count += 1
    return count
