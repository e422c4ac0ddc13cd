"""Idempotency keys: one run per (user, key), the first answer replayed, misuse refused.

The operations under test live on a small API of their own, served by this module as a
test-only urlconf, with the real API's authentication and error handlers.
"""

from __future__ import annotations

import hashlib
import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path
from ninja import Field, NinjaAPI, Router, Schema, Status

from directcontracts.accounts.services import create_api_token
from directcontracts.api import SessionAuth, TokenAuth
from directcontracts.api import api as main_api
from directcontracts.core import clock
from directcontracts.core.errors import DomainError
from directcontracts.core.idempotency import KEY_TTL, idempotent, prune_expired
from directcontracts.core.models import IdempotentRequest

pytestmark = pytest.mark.urls(__name__)


class ThingIn(Schema):
    name: str = Field(min_length=1, max_length=50)


class ThingOut(Schema):
    run: int
    name: str


class Calls:
    """How many times each operation really ran (the thing idempotency must bound)."""

    lock = threading.Lock()
    counts: dict[str, int] = {}
    crash_next = False
    hold: threading.Event | None = None
    started = threading.Event()

    @classmethod
    def count(cls, name: str) -> int:
        with cls.lock:
            cls.counts[name] = cls.counts.get(name, 0) + 1
            return cls.counts[name]


router = Router()


@router.post("/things", response={201: ThingOut})
@idempotent
def make_thing(request, payload: ThingIn) -> Status[ThingOut]:
    run = Calls.count("things")
    if Calls.crash_next:
        Calls.crash_next = False
        raise RuntimeError("the database went away")
    if Calls.hold is not None:
        Calls.started.set()
        Calls.hold.wait(timeout=10)
    return Status(201, ThingOut(run=run, name=payload.name))


@router.post("/other-things", response={201: ThingOut})
@idempotent
def make_other_thing(request, payload: ThingIn) -> Status[ThingOut]:
    return Status(201, ThingOut(run=Calls.count("other"), name=payload.name))


@router.post("/declined", response={200: ThingOut})
@idempotent
def declined(request, payload: ThingIn) -> ThingOut:
    Calls.count("declined")
    raise DomainError("payment_declined", "The card was declined.", status=402)


@router.post("/plain", response={201: ThingOut})
def plain(request, payload: ThingIn) -> Status[ThingOut]:
    return Status(201, ThingOut(run=Calls.count("plain"), name=payload.name))


test_api = NinjaAPI(
    title="idempotency test",
    urls_namespace="idempotency-test",
    auth=[TokenAuth(), SessionAuth()],
    docs_url=None,
)
test_api._exception_handlers = dict(main_api._exception_handlers)
test_api.add_router("", router)

urlpatterns = [path("api/test/", test_api.urls)]


@pytest.fixture(autouse=True)
def _fresh_calls():
    Calls.counts = {}
    Calls.crash_next = False
    Calls.hold = None
    Calls.started = threading.Event()
    yield
    if Calls.hold is not None:
        Calls.hold.set()


def _auth(user) -> dict[str, str]:
    _, secret = create_api_token(user=user, name="test")
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
def post(client, freelancer):
    headers = _auth(freelancer)

    def call(path: str, body: str = '{"name": "lamp"}', key: str | None = "key-1", **extra):
        sent = {**headers, **extra}
        if key is not None:
            sent["Idempotency-Key"] = key
        return client.post(f"/api/test{path}", body, content_type="application/json", headers=sent)

    return call


@pytest.mark.django_db
def test_the_first_request_runs_and_its_retry_gets_the_same_answer_without_running_again(post):
    first = post("/things")
    again = post("/things")
    assert first.status_code == again.status_code == 201
    assert again.content == first.content
    assert first.json() == {"run": 1, "name": "lamp"}
    assert again["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    assert Calls.counts["things"] == 1


@pytest.mark.django_db
def test_a_missing_key_is_refused_with_400_before_anything_runs(post):
    response = post("/things", key=None)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "idempotency_key_required"
    assert "things" not in Calls.counts
    assert not IdempotentRequest.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["x" * 201, "tab\tinside", "caf\u00e9"])
def test_a_key_too_long_or_not_printable_ascii_is_refused(post, key):
    response = post("/things", key=key)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "idempotency_key_invalid"


@pytest.mark.django_db
def test_a_key_of_200_printable_characters_is_accepted(post):
    assert post("/things", key="k" * 199 + "~").status_code == 201


@pytest.mark.django_db
def test_an_anonymous_request_gets_401_not_a_key_error(client):
    response = client.post("/api/test/things", '{"name": "lamp"}', content_type="application/json")
    assert response.status_code == 401


@pytest.mark.django_db
def test_the_same_key_with_another_body_is_refused_as_reused(post):
    post("/things")
    response = post("/things", body='{"name": "chair"}')
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "idempotency_key_reused"
    assert Calls.counts["things"] == 1


@pytest.mark.django_db
def test_the_same_key_on_another_operation_is_refused_as_reused(post):
    post("/things")
    response = post("/other-things")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "idempotency_key_reused"
    assert "other" not in Calls.counts


@pytest.mark.django_db
def test_keys_belong_to_one_user(post, client, client_user):
    post("/things")
    response = client.post(
        "/api/test/things",
        '{"name": "lamp"}',
        content_type="application/json",
        headers={**_auth(client_user), "Idempotency-Key": "key-1"},
    )
    assert response.status_code == 201
    assert "Idempotent-Replayed" not in response
    assert Calls.counts["things"] == 2


@pytest.mark.django_db
def test_a_refusal_is_stored_and_replayed_without_running_again(post):
    first = post("/declined")
    again = post("/declined")
    assert first.status_code == again.status_code == 402
    assert first.json()["error"]["code"] == "payment_declined"
    assert again.content == first.content
    assert again["Idempotent-Replayed"] == "true"
    assert Calls.counts["declined"] == 1


@pytest.mark.django_db
def test_a_server_error_is_not_stored_so_the_key_can_be_retried(post):
    Calls.crash_next = True
    crashed = post("/things")
    assert crashed.status_code == 500
    assert not IdempotentRequest.objects.exists()
    retried = post("/things")
    assert retried.status_code == 201
    assert "Idempotent-Replayed" not in retried
    assert Calls.counts["things"] == 2


@pytest.mark.django_db
def test_an_invalid_body_does_not_use_up_the_key(post):
    invalid = post("/things", body='{"name": ""}')
    assert invalid.status_code == 422
    assert invalid.json()["error"]["code"] == "validation_error"
    assert post("/things").status_code == 201


@pytest.mark.django_db
def test_a_request_still_in_progress_answers_409_to_its_twin(post, freelancer):
    body = b'{"name": "lamp"}'
    IdempotentRequest.objects.create(
        user=freelancer,
        key="key-1",
        method="POST",
        path="/api/test/things",
        body_sha256=hashlib.sha256(body).hexdigest(),
    )
    response = post("/things", body=body.decode())
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "idempotency_request_in_progress"
    assert "things" not in Calls.counts


@pytest.mark.django_db
def test_a_marker_abandoned_by_a_dead_process_is_taken_over(post, freelancer, frozen_clock):
    body = b'{"name": "lamp"}'
    IdempotentRequest.objects.create(
        user=freelancer,
        key="key-1",
        method="POST",
        path="/api/test/things",
        body_sha256=hashlib.sha256(body).hexdigest(),
        created_at=clock.now() - timedelta(minutes=10),
        started_at=clock.now() - timedelta(minutes=10),
    )
    response = post("/things", body=body.decode())
    assert response.status_code == 201
    assert IdempotentRequest.objects.get().status == 201


@pytest.mark.django_db
def test_a_key_expires_after_24_hours(post, frozen_clock):
    post("/things")
    frozen_clock.advance(KEY_TTL + timedelta(seconds=1))
    response = post("/things", body='{"name": "chair"}')
    assert response.status_code == 201
    assert response.json() == {"run": 2, "name": "chair"}
    assert IdempotentRequest.objects.count() == 1


@pytest.mark.django_db
def test_pruning_deletes_only_expired_keys(post, frozen_clock):
    post("/things", key="old")
    frozen_clock.advance(hours=23)
    post("/things", key="recent")
    frozen_clock.advance(hours=1, seconds=1)
    assert prune_expired() == 1
    assert list(IdempotentRequest.objects.values_list("key", flat=True)) == ["recent"]


@pytest.mark.django_db
def test_a_keyed_request_leaves_the_users_other_expired_keys_to_the_pruning(post, frozen_clock):
    post("/things", key="a")
    post("/things", key="b")
    frozen_clock.advance(KEY_TTL + timedelta(seconds=1))
    post("/things", key="c")
    assert sorted(IdempotentRequest.objects.values_list("key", flat=True)) == ["a", "b", "c"]
    assert prune_expired() == 2


@pytest.mark.django_db
def test_claiming_a_new_key_and_storing_its_answer_take_one_statement_each(post):
    post("/things", key="warm-up")  # the token's first use writes its last-used time
    with CaptureQueriesContext(connection) as captured:
        post("/things", key="fresh")
    on_keys = [q["sql"] for q in captured.captured_queries if "core_idempotentrequest" in q["sql"]]
    assert [sql.split()[0] for sql in on_keys] == ["INSERT", "UPDATE"]


@pytest.mark.django_db
def test_operations_without_the_decorator_ignore_the_header(post):
    post("/plain")
    post("/plain")
    assert Calls.counts["plain"] == 2
    assert not IdempotentRequest.objects.exists()


@pytest.mark.django_db
def test_the_openapi_document_requires_the_header_and_names_the_replay_header(client):
    schema = client.get("/api/test/openapi.json").json()
    operation = schema["paths"]["/api/test/things"]["post"]
    header = next(p for p in operation["parameters"] if p["name"] == "Idempotency-Key")
    assert header["in"] == "header"
    assert header["required"] is True
    assert "Idempotent-Replayed" in operation["responses"]["201"]["headers"]
    assert {"400", "409", "422"} <= set(operation["responses"])
    plain_op = schema["paths"]["/api/test/plain"]["post"]
    assert not any(p["name"] == "Idempotency-Key" for p in plain_op.get("parameters", []))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_racing_requests_with_the_same_key_run_the_operation_once(freelancer):
    headers = {**_auth(freelancer), "Idempotency-Key": "race"}
    Calls.hold = threading.Event()
    barrier = threading.Barrier(2)
    answers: list[tuple[int, str]] = []

    def send() -> None:
        try:
            barrier.wait(timeout=10)
            response = Client().post(
                "/api/test/things",
                '{"name": "lamp"}',
                content_type="application/json",
                headers=headers,
            )
            code = response.json().get("error", {}).get("code", "")
            answers.append((response.status_code, code))
            if response.status_code == 409:
                assert Calls.hold is not None
                Calls.hold.set()  # the loser has its answer: let the winner finish
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(answers) == [(201, ""), (409, "idempotency_request_in_progress")]
    assert Calls.counts["things"] == 1
    replay = Client().post(
        "/api/test/things", '{"name": "lamp"}', content_type="application/json", headers=headers
    )
    assert replay.status_code == 201
    assert replay["Idempotent-Replayed"] == "true"
    assert Calls.counts["things"] == 1
