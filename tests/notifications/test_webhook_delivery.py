"""Deliveries to a real HTTP server on 127.0.0.1 that checks our signature."""

from __future__ import annotations

from datetime import timedelta

import pytest

from directcontracts.core import clock
from directcontracts.notifications import webhooks
from directcontracts.notifications.models import WebhookDelivery, WebhookEvent
from directcontracts.notifications.services import emit_event, enqueue_due_deliveries
from directcontracts.notifications.tasks import deliver_webhook_task
from tests.notifications.factories import WebhookEndpointFactory

pytestmark = pytest.mark.django_db

Status = WebhookDelivery.Status


@pytest.fixture
def endpoint(freelancer, receiver):
    endpoint = WebhookEndpointFactory(owner=freelancer, url=receiver.url)
    receiver.secret = endpoint.secret
    return endpoint


@pytest.fixture
def emit(freelancer, django_capture_on_commit_callbacks):
    """Emit an event for the freelancer and run what the commit enqueues."""

    def run(key: str = "milestone:1:funded", event_type: str = "milestone.funded", **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return emit_event(
                event_type=event_type,
                owner_ids=kwargs.pop("owner_ids", [freelancer.pk]),
                data=kwargs.pop("data", {"milestone": {"id": 1, "amount_minor": 50000}}),
                idempotency_key=key,
            )

    return run


@pytest.fixture
def sweep(django_capture_on_commit_callbacks):
    def run() -> int:
        with django_capture_on_commit_callbacks(execute=True):
            return enqueue_due_deliveries()

    return run


def test_an_event_is_posted_signed_to_the_endpoint(endpoint, receiver, emit):
    emit()
    assert len(receiver.requests) == 1
    request = receiver.requests[0]
    assert request.signature_valid
    assert request.path == "/hooks"
    assert request.headers["DirectContracts-Event"] == "milestone.funded"
    delivery = WebhookDelivery.objects.get()
    assert request.headers["DirectContracts-Delivery"] == f"whd_{delivery.pk}"
    assert request.headers["Content-Type"] == "application/json"


def test_the_body_is_the_event_with_its_id_type_and_data(endpoint, receiver, emit, frozen_clock):
    (event,) = emit()
    assert receiver.requests[0].json == {
        "id": event.public_id,
        "type": "milestone.funded",
        "created": int(frozen_clock.now().timestamp()),
        "data": {"milestone": {"id": 1, "amount_minor": 50000}},
    }
    assert event.public_id.startswith("evt_")


def test_a_2xx_answer_marks_the_delivery_succeeded(endpoint, receiver, emit):
    emit()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == Status.SUCCEEDED
    assert delivery.attempt == 1
    assert delivery.last_status_code == 200
    # The receiver is on 127.0.0.1: what a private address answers is never kept.
    assert delivery.response_excerpt == ""
    assert delivery.next_attempt_at is None
    (attempt,) = delivery.attempts.all()
    assert attempt.succeeded
    assert attempt.status_code == 200


def test_only_endpoints_subscribed_to_the_type_receive_it(freelancer, receiver, emit):
    WebhookEndpointFactory(owner=freelancer, url=receiver.url, enabled_events=["payout.paid"])
    emit()
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_a_disabled_endpoint_receives_nothing(freelancer, receiver, emit):
    WebhookEndpointFactory(owner=freelancer, url=receiver.url, active=False)
    emit()
    assert receiver.requests == []


def test_another_persons_endpoint_receives_nothing(stranger_freelancer, receiver, emit):
    WebhookEndpointFactory(owner=stranger_freelancer, url=receiver.url)
    emit()
    assert receiver.requests == []


def test_the_same_idempotency_key_never_makes_a_second_event(endpoint, receiver, emit):
    first = emit(key="milestone:1:funded")
    again = emit(key="milestone:1:funded", data={"something": "else"})
    assert [e.pk for e in again] == [e.pk for e in first]
    assert WebhookEvent.objects.count() == 1
    assert len(receiver.requests) == 1


def test_each_owner_gets_their_own_event(freelancer, client_user, emit):
    events = emit(owner_ids=[freelancer.pk, client_user.pk, freelancer.pk])
    assert sorted(e.owner_id for e in events) == sorted([freelancer.pk, client_user.pk])
    assert len({e.public_id for e in events}) == 2


def test_a_failing_endpoint_is_retried_with_backoff(endpoint, receiver, emit, sweep, frozen_clock):
    receiver.statuses = [500, 500, 500]
    start = frozen_clock.now()
    emit()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempt) == (Status.PENDING, 1)
    assert delivery.next_attempt_at == start + timedelta(minutes=1)
    assert delivery.last_status_code == 500

    clock.advance(minutes=1)
    assert sweep() == 1
    delivery.refresh_from_db()
    assert delivery.attempt == 2
    assert delivery.next_attempt_at == start + timedelta(minutes=1 + 5)

    clock.advance(minutes=5)
    sweep()
    delivery.refresh_from_db()
    assert delivery.attempt == 3
    assert delivery.next_attempt_at == start + timedelta(minutes=1 + 5 + 30)
    assert len(receiver.requests) == 3
    assert all(r.signature_valid for r in receiver.requests)


def test_a_retry_is_not_sent_before_it_is_due(endpoint, receiver, emit, sweep, frozen_clock):
    receiver.statuses = [500]
    emit()
    clock.advance(seconds=59)
    assert sweep() == 0
    assert deliver_webhook_task.call(WebhookDelivery.objects.get().pk, 1) == "skipped"
    assert len(receiver.requests) == 1


def test_a_delivery_succeeds_after_a_retry(endpoint, receiver, emit, sweep, frozen_clock):
    receiver.statuses = [503]
    emit()
    clock.advance(minutes=1)
    sweep()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempt, delivery.last_status_code) == (
        Status.SUCCEEDED,
        2,
        200,
    )
    assert [a.status_code for a in delivery.attempts.all()] == [503, 200]


def test_delivery_gives_up_after_the_maximum_attempts(
    endpoint, receiver, emit, sweep, frozen_clock, settings
):
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    receiver.statuses = [500] * 5
    emit()
    for minutes in (1, 5):
        clock.advance(minutes=minutes)
        sweep()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempt, delivery.next_attempt_at) == (Status.FAILED, 3, None)
    clock.advance(days=2)
    assert sweep() == 0
    assert len(receiver.requests) == 3


def test_the_schedule_repeats_its_last_step_beyond_its_length(settings):
    settings.WEBHOOK_RETRY_SCHEDULE = [60, 300]
    assert webhooks.retry_delay(1) == timedelta(minutes=1)
    assert webhooks.retry_delay(2) == timedelta(minutes=5)
    assert webhooks.retry_delay(9) == timedelta(minutes=5)


def test_a_duplicate_task_never_sends_twice(endpoint, receiver, emit):
    emit()
    delivery = WebhookDelivery.objects.get()
    assert deliver_webhook_task.call(delivery.pk, 0) == "skipped"
    assert len(receiver.requests) == 1


def test_a_retry_is_scheduled_with_run_after_on_a_backend_that_can_wait(
    endpoint, receiver, settings, django_capture_on_commit_callbacks, frozen_clock
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    receiver.statuses = [500]
    with django_capture_on_commit_callbacks(execute=True):
        emit_event(
            event_type="payout.paid",
            owner_ids=[endpoint.owner_id],
            data={},
            idempotency_key="payout:1:paid",
        )
    backend = deliver_webhook_task.get_backend()
    (first,) = backend.results
    assert first.task.run_after is None
    delivery = WebhookDelivery.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        deliver_webhook_task.call(*first.args)
    retry = backend.results[-1]
    assert retry.args == [delivery.pk, 1, False]
    assert retry.task.run_after == frozen_clock.now() + timedelta(minutes=1)


def test_a_server_that_does_not_answer_in_time_is_a_failure(endpoint, receiver, emit, settings):
    settings.WEBHOOK_TIMEOUT_SECONDS = 0.3
    receiver.delay = 1.0
    emit()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == Status.PENDING
    assert delivery.last_status_code is None
    assert "0.3 s" in delivery.last_error or "timed out" in delivery.last_error


def test_a_refused_connection_is_a_failure(freelancer, emit):
    WebhookEndpointFactory(owner=freelancer, url="http://127.0.0.1:9/")
    emit()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == Status.PENDING
    assert delivery.last_error.startswith("Could not")


def test_a_redirect_is_a_failure_not_followed(endpoint, receiver, emit):
    receiver.statuses = [302]
    emit()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.last_status_code) == (Status.PENDING, 302)
    assert len(receiver.requests) == 1


def test_a_non_http_url_is_never_opened(freelancer, emit):
    WebhookEndpointFactory(owner=freelancer, url="file:///etc/passwd")
    emit()
    delivery = WebhookDelivery.objects.get()
    assert "only http:// and https://" in delivery.last_error
    assert delivery.response_excerpt == ""


def test_a_private_address_is_not_contacted_when_private_networks_are_off(
    endpoint, receiver, emit, settings
):
    settings.WEBHOOK_ALLOW_PRIVATE_NETWORKS = False
    emit()
    assert receiver.requests == []
    assert "private or reserved" in WebhookDelivery.objects.get().last_error


def test_a_pending_delivery_to_an_endpoint_disabled_since_fails_without_sending(
    endpoint, receiver, emit, sweep, frozen_clock
):
    receiver.statuses = [500]
    emit()
    endpoint.active = False
    endpoint.save(update_fields=["active"])
    clock.advance(minutes=1)
    sweep()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == Status.FAILED
    assert "disabled" in delivery.last_error
    assert len(receiver.requests) == 1


def test_redeliver_sends_a_failed_delivery_again(
    endpoint, receiver, emit, settings, freelancer, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_MAX_ATTEMPTS = 1
    receiver.statuses = [500]
    emit()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == Status.FAILED
    with django_capture_on_commit_callbacks(execute=True):
        webhooks.redeliver(user=freelancer, delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempt) == (Status.SUCCEEDED, 2)
    assert [a.manual for a in delivery.attempts.all()] == [False, True]
    assert len(receiver.requests) == 2


def test_redeliver_of_a_pending_delivery_sends_now_and_the_scheduled_retry_is_skipped(
    endpoint, receiver, emit, freelancer, django_capture_on_commit_callbacks, frozen_clock
):
    receiver.statuses = [500]
    emit()
    delivery = WebhookDelivery.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        webhooks.redeliver(user=freelancer, delivery_id=delivery.pk)
    clock.advance(minutes=1)
    assert deliver_webhook_task.call(delivery.pk, 1) == "skipped"
    assert len(receiver.requests) == 2


def test_a_stranger_cannot_redeliver(endpoint, emit, stranger_freelancer):
    emit()
    with pytest.raises(webhooks.DomainError) as excinfo:
        webhooks.redeliver(user=stranger_freelancer, delivery_id=WebhookDelivery.objects.get().pk)
    assert excinfo.value.status == 404


def test_redeliver_to_a_disabled_endpoint_is_a_conflict(endpoint, emit, freelancer):
    emit()
    endpoint.active = False
    endpoint.save(update_fields=["active"])
    with pytest.raises(webhooks.DomainError) as excinfo:
        webhooks.redeliver(user=freelancer, delivery_id=WebhookDelivery.objects.get().pk)
    assert (excinfo.value.status, excinfo.value.code) == (409, "webhook_endpoint_disabled")


def test_an_event_that_is_rolled_back_is_never_delivered(
    endpoint, receiver, freelancer, django_capture_on_commit_callbacks
):
    from django.db import transaction

    def failing_funding():
        with transaction.atomic():
            emit_event(
                event_type="milestone.funded",
                owner_ids=[freelancer.pk],
                data={},
                idempotency_key="k",
            )
            raise RuntimeError("the funding failed")

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        failing_funding()
    assert receiver.requests == []
    assert not WebhookEvent.objects.exists()


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"event_type": "Funded!"}, "Bad event type"),
        ({"idempotency_key": ""}, "idempotency key"),
        ({"data": {"when": object()}}, "plain JSON"),
    ],
)
def test_a_malformed_event_is_refused(freelancer, kwargs, reason):
    fields = {
        "event_type": "milestone.funded",
        "owner_ids": [freelancer.pk],
        "data": {},
        "idempotency_key": "key",
        **kwargs,
    }
    with pytest.raises(webhooks.DomainError, match=reason):
        emit_event(**fields)
