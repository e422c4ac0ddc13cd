"""Request ids, security headers and the health endpoint."""

from __future__ import annotations

import pytest

from directcontracts.core import health

pytestmark = pytest.mark.django_db


def test_a_well_formed_request_id_is_echoed_back(client):
    response = client.get("/healthz", headers={"X-Request-ID": "edge-42.abc_DEF"})
    assert response["X-Request-ID"] == "edge-42.abc_DEF"


@pytest.mark.parametrize(
    "unsafe",
    ["has space", "line\r\nbreak", "<script>", "x" * 65, "ünïcode"],
    ids=["space", "crlf", "markup", "too-long", "non-ascii"],
)
def test_an_unsafe_request_id_is_replaced_with_a_fresh_one(client, unsafe):
    response = client.get("/healthz", headers={"X-Request-ID": unsafe})
    assert response["X-Request-ID"] != unsafe
    assert len(response["X-Request-ID"]) == 32


def test_a_request_without_an_id_gets_one(client):
    assert len(client.get("/healthz")["X-Request-ID"]) == 32


def test_pages_carry_a_content_security_policy_without_inline_scripts(client):
    policy = client.get("/")["Content-Security-Policy"]
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert "'self'" in script_src
    assert "unsafe-inline" not in script_src
    assert "unsafe-eval" not in script_src


def test_pages_may_not_be_framed(client):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


def test_the_api_docs_keep_scripts_free_of_inline_code(client):
    policy = client.get("/api/v1/docs")["Content-Security-Policy"]
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert "unsafe-inline" not in script_src


def test_responses_forbid_content_type_sniffing(client):
    assert client.get("/")["X-Content-Type-Options"] == "nosniff"


def test_healthz_reports_database_and_tasks_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"] == {"database": "ok", "tasks": "ok"}


def test_healthz_is_never_cached(client):
    assert "no-cache" in client.get("/healthz")["Cache-Control"]


def test_healthz_answers_503_when_the_task_backend_fails(client, monkeypatch):
    def broken() -> str:
        raise ConnectionError("redis is down")

    monkeypatch.setattr(health, "_check_tasks", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "tasks": "error"}


def test_healthz_answers_503_when_the_database_fails(client, monkeypatch):
    def broken() -> str:
        raise RuntimeError("database is gone")

    monkeypatch.setattr(health, "_check_database", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"


def test_healthz_with_the_database_task_backend_checks_its_table(client, settings):
    settings.TASKS_BACKEND = "db"
    assert client.get("/healthz").json()["checks"]["tasks"] == "ok"
